//! End-to-end: the built app (`dist/`, release) in real headless Chromium, used as a new user
//! would. The expected scores come from `par_core::score` on the same answers, computed here.
//!
//! Needs `trunk build --release` and chromium + chromedriver: run `scripts/test-browser.sh`, which
//! builds and runs this with `--ignored`.

use crate::browser::{
    self, by_id, click, click_css, css, eventually, fill_unit_and_start, text_of, type_into,
    wait_for, wait_for_text, CmdResult, StaticServer, DEMO_UNIT,
};
use fantoccini::Client;
use par_core::answers::{AnswerValue, Answers, EvidenceRef};
use par_core::{Decimal, Framework, ScoreSheet};

const SAMPLE: &str = include_str!("../../frameworks/mau-xa-2025.json");

fn d(text: &str) -> Decimal {
    Decimal::parse(text).expect("test decimal")
}

/// The answers the test enters through the page, for `par_core::score` to compute the expected
/// figures independently of the app.
fn expected_answers(framework: &Framework) -> Answers {
    let mut answers = Answers::new(&framework.id, &framework.version);
    answers.entry("1.1.1").value = Some(AnswerValue::Level("cham".into()));
    answers.entry("1.1.2").value = Some(AnswerValue::Percent(d("97.5")));
    answers.entry("1.2.1").value = Some(AnswerValue::Parts(vec!["quy_1".into(), "nam".into()]));
    answers.entry("1.2.2").value = Some(AnswerValue::Count(1));
    answers.entry("1.3.1").value = Some(AnswerValue::YesNo(true));
    answers.entry("1.3.1").evidence.push(EvidenceRef {
        number: "15/KH-UBND".into(),
        date: "2025-01-10".into(),
        ..EvidenceRef::default()
    });
    answers.entry("1.3.2").value = Some(AnswerValue::Ratio {
        numerator: d("45"),
        denominator: d("50"),
    });
    answers.entry("2.1.1").not_applicable = true;
    answers.entry("2.1.1").explanation = "Năm 2025 không có phản ánh, kiến nghị.".into();
    answers
}

fn vi(value: Decimal) -> String {
    value.format_vi(2)
}

fn en(value: Decimal) -> String {
    value.format_with(2, '.')
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test-browser.sh"]
fn a_new_user_scores_several_criteria_switches_language_and_jumps_to_an_item() {
    let framework = par_core::load_framework(SAMPLE).expect("sample set is valid");
    let expected = par_core::score(&framework, &expected_answers(&framework));
    // After the jump, the keyboard answers 1.4.1: the same answers plus "Có" there.
    let mut more = expected_answers(&framework);
    more.entry("1.4.1").value = Some(AnswerValue::YesNo(true));
    let after_keyboard = par_core::score(&framework, &more);
    assert!(expected.total > Decimal::ZERO);
    let server = StaticServer::start(browser::dist_dir());
    let url = server.url("/");
    browser::run(move |client| async move {
        walk_through(&client, &url, &expected, &after_keyboard).await
    });
}

async fn walk_through(
    c: &Client,
    url: &str,
    expected: &ScoreSheet,
    after_keyboard: &ScoreSheet,
) -> CmdResult<()> {
    c.goto(url).await?;

    // Start screen: the bundled sample set, the appraising body from the set, the unit form.
    click(c, "source-sample").await?;
    assert!(text_of(c, "appraising-body").await?.contains("Sở Nội vụ"));
    fill_unit_and_start(c, DEMO_UNIT).await?;
    assert!(text_of(c, "criterion-heading").await?.contains("1.1"));

    // 1.1: a level and a percentage with the Vietnamese comma.
    click(c, "input-1.1.1-cham").await?;
    type_into(c, "input-1.1.2", "97,5").await?;
    // 1.2: parts and a count.
    click(c, "next-criterion").await?;
    wait_for_text(c, "criterion-heading", "1.2 Báo cáo cải cách hành chính").await?;
    click(c, "input-1.2.1").await?;
    click(c, "input-1.2.1-nam").await?;
    type_into(c, "input-1.2.2", "1").await?;
    // 1.3: yes/no with an evidence document, and a ratio.
    click(c, "next-criterion").await?;
    click(c, "input-1.3.1").await?;
    click(c, "add-evidence-1.3.1").await?;
    type_into(c, "evidence-1.3.1-0-number", "15/KH-UBND").await?;
    type_into(c, "evidence-1.3.1-0-date", "10/01/2025").await?;
    type_into(c, "input-1.3.2", "45").await?;
    type_into(c, "input-1.3.2-den", "50").await?;
    // 2.1 from the navigation tree: not applicable, with its explanation.
    click_css(c, ".tree-criterion[data-code='2.1']").await?;
    click(c, "na-2.1.1").await?;
    type_into(
        c,
        "explanation-2.1.1",
        "Năm 2025 không có phản ánh, kiến nghị.",
    )
    .await?;

    // The sticky bar shows exactly what par-core computes for the same answers.
    let total = wait_for_text(c, "total-points", &vi(expected.total)).await?;
    assert_eq!(total, vi(expected.total));
    assert_eq!(
        text_of(c, "applicable-max").await?,
        vi(expected.applicable_max)
    );
    let index = expected.index_percent.expect("an index");
    assert_eq!(
        text_of(c, "index-percent").await?,
        format!("{}%", vi(index))
    );
    let class = expected.classification.clone().expect("a classification");
    assert_eq!(text_of(c, "classification").await?, class);
    assert_eq!(
        expected.provisional,
        wait_for(c, "provisional").await.is_ok()
    );
    assert_eq!(text_of(c, "score-2.1.1").await?, "1,00");

    // English and back: every answer is kept.
    click(c, "lang-en").await?;
    wait_for_text(c, "total-points", &en(expected.total)).await?;
    assert_eq!(text_of(c, "total-points").await?, en(expected.total));
    assert!(c.find(css(&by_id("na-2.1.1"))).await?.is_selected().await?);
    click(c, "lang-vi").await?;
    assert_eq!(
        wait_for_text(c, "total-points", &vi(expected.total)).await?,
        vi(expected.total)
    );
    click_css(c, ".tree-criterion[data-code='1.1']").await?;
    assert!(
        c.find(css(&by_id("input-1.1.1-cham")))
            .await?
            .is_selected()
            .await?
    );
    let percent = wait_for(c, "input-1.1.2").await?.prop("value").await?;
    assert_eq!(percent.as_deref(), Some("97,5"));
    click_css(c, ".tree-criterion[data-code='1.3']").await?;
    let date = wait_for(c, "evidence-1.3.1-0-date")
        .await?
        .prop("value")
        .await?;
    assert_eq!(date.as_deref(), Some("10/01/2025"));

    // The summary lists what is incomplete; its link for 1.4.1 focuses that item's input.
    click(c, "tab-summary").await?;
    assert_eq!(text_of(c, "summary-total").await?, vi(expected.total));
    let unanswered = expected
        .problems
        .iter()
        .filter(|p| p.code == "1.4.1")
        .count();
    assert_eq!(unanswered, 1, "1.4.1 is left unanswered");
    click_css(c, "a.problem-link[data-code='1.4.1']").await?;
    let focused_id = || async {
        let id = c.active_element().await?.attr("id").await?;
        CmdResult::Ok(id.unwrap_or_default())
    };
    eventually(5, || async { Ok(focused_id().await? == "input-1.4.1") }).await?;
    let focused = focused_id().await?;
    assert_eq!(focused, "input-1.4.1");
    assert!(text_of(c, "criterion-heading").await?.contains("1.4"));

    // Keyboard only: Space on the focused "Có" radio answers the item.
    c.active_element().await?.send_keys(" ").await?;
    let total = wait_for_text(c, "total-points", &vi(after_keyboard.total)).await?;
    assert_eq!(total, vi(after_keyboard.total));
    assert!(after_keyboard.total > expected.total);
    Ok(())
}
