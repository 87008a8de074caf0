//! Component tests in headless Chromium of the whole shell with the small test set: the unit
//! form, the live score bar, the language switch and the summary's jump to an item.

use crate::support::*;
use leptos::prelude::*;
use par_app::format::points;
use par_app::state::Screen;
use par_core::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn unit_form_score_bar_language_and_summary_jump() {
    let m = mount(|| view! { <par_app::app::Shell root=PageRoot("") screens=every_screen/> });
    settle().await;

    // The unit form refuses to start while a box is wrong, and says so beside it.
    type_text("unit-code", "123");
    click("start-walk");
    settle().await;
    assert_eq!(m.state.screen.get_untracked(), Screen::Start);
    assert!(text("unit-code-msg").contains("5 chữ số"));
    assert!(text("unit-name-msg").contains("tên xã"));
    type_text("unit-name", "UBND xã Tân Lập");
    type_text("unit-code", "00004");
    type_text("unit-preparer", "Nguyễn Văn An");
    type_text("unit-chairperson", "Trần Thị Bình");
    settle().await;
    assert_eq!(text("unit-code-msg"), "");
    assert!(text("appraising-body").contains("Sở Nội vụ"));
    // Another year or province than the set's is said at once, beside its box.
    type_text("unit-year", "2024");
    type_text("unit-province", "Tỉnh Lâm Đồng");
    settle().await;
    assert!(
        text("unit-year-set").contains("khác năm của bộ tiêu chí (2025)"),
        "{}",
        text("unit-year-set")
    );
    assert!(text("unit-province-set").contains("khác tỉnh của bộ tiêu chí"));
    type_text("unit-year", "2025");
    type_text("unit-province", "tỉnh thử nghiệm");
    settle().await;
    assert_eq!(text("unit-year-set"), "");
    assert_eq!(
        text("unit-province-set"),
        "",
        "case and “tỉnh” do not make another province"
    );
    click("start-walk");
    settle().await;
    assert_eq!(m.state.screen.get_untracked(), Screen::Walk);
    assert!(text("criterion-heading").contains("1.1"));

    // Every answer updates the sticky total at once.
    click("input-1.1.1");
    click("input-1.1.2");
    settle().await;
    let total = m.state.sheet.with_untracked(|sh| sh.total);
    assert_eq!(text("total-points"), points(total, Lang::Vi));
    assert_eq!(text("total-points"), "2,00");
    assert!(
        text("provisional").contains("tạm tính"),
        "a survey item is still pending"
    );
    assert_eq!(
        attribute("total-points", "id").as_deref(),
        Some("total-points")
    );

    // English, then back: labels change, answers stay.
    click("lang-en");
    settle().await;
    assert_eq!(text("total-points"), "2.00");
    assert!(checked("input-1.1.1"));
    assert!(text("criterion-heading").contains("PAR plan"));
    click("lang-vi");
    settle().await;
    assert_eq!(text("total-points"), "2,00");
    assert!(checked("input-1.1.1") && checked("input-1.1.2"));

    // Next page, then the summary; its link for 1.2.1 brings the focus into that input.
    click("next-criterion");
    settle().await;
    assert!(text("criterion-heading").contains("1.2"));
    click("tab-summary");
    settle().await;
    assert!(text("problems-count").starts_with(char::is_numeric));
    let link = document()
        .query_selector("a.problem-link[data-code='1.2.1']")
        .ok()
        .flatten()
        .expect("a link for 1.2.1");
    link.unchecked_ref::<web_sys::HtmlElement>().click();
    settle().await;
    frames(4).await;
    assert_eq!(m.state.screen.get_untracked(), Screen::Walk);
    assert_eq!(active_id(), "input-1.2.1");
}

#[wasm_bindgen_test]
async fn importing_a_criteria_set_lists_every_problem_with_its_location() {
    use par_app::components::start::{FrameworkInfo, FrameworkPicker};
    let m = mount(|| view! { <FrameworkPicker/> <FrameworkInfo/> });
    click("source-file");
    settle().await;

    // Two problems at once: a band of the wrong maximum and a blank appraising body.
    let broken = MINI
        .replace("\"appraising_body\": \"Sở Nội vụ tỉnh Thử Nghiệm\"", "\"appraising_body\": \" \"")
        .replace("\"code\": \"1.2\", \"title\": \"Thực hiện kế hoạch\", \"title_en\": \"Carrying out the plan\", \"max_points\": 3", "\"code\": \"1.2\", \"title\": \"Thực hiện kế hoạch\", \"title_en\": \"Carrying out the plan\", \"max_points\": 4");
    pick_file("framework-file", "sai.json", &broken);
    until(|| exists("framework-errors")).await;
    let errors = text("framework-errors");
    assert!(errors.contains("sai.json"), "{errors}");
    assert!(errors.contains("appraising_body"), "{errors}");
    assert!(errors.contains("fields[0].criteria[1]"), "{errors}");
    assert!(errors.contains("Không được để trống"), "{errors}");
    assert_eq!(
        m.state.framework.with_untracked(|f| f.id.clone()),
        "mini-test",
        "the old set stays"
    );

    // Not JSON at all: the line and column are given.
    pick_file("framework-file", "hong.json", "{ \"format\": ");
    until(|| text("framework-errors").contains("hong.json")).await;
    assert!(
        text("framework-errors").contains("dòng 1"),
        "{}",
        text("framework-errors")
    );

    // A valid file replaces the set and its appraising body is shown; a byte-order mark at the
    // start (Windows Notepad writes one) does not matter.
    let other = MINI
        .replace("\"id\": \"mini-test\"", "\"id\": \"mini-other\"")
        .replace("Sở Nội vụ tỉnh Thử Nghiệm", "Sở Nội vụ tỉnh Khác");
    let other = format!("\u{feff}{other}");
    pick_file("framework-file", "khac.json", &other);
    until(|| m.state.framework.with_untracked(|f| f.id == "mini-other")).await;
    settle().await;
    assert!(!exists("framework-errors"));
    assert_eq!(text("appraising-body"), "Sở Nội vụ tỉnh Khác");
}

#[wasm_bindgen_test]
async fn a_file_box_speaks_the_page_language_and_names_the_chosen_file() {
    use par_web::components::FilePicker;
    let picked = RwSignal::new(0);
    let m = mount(move || {
        let lang = expect_context::<par_app::state::AppState>().lang;
        view! {
            <FilePicker
                lang=lang
                id="test-file"
                label=Signal::stored("Tệp sao lưu (.json)")
                on_change=move |_| picked.update(|n| *n += 1)
            />
        }
    });
    let button = || {
        document()
            .query_selector("label.file-button[for='test-file']")
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    assert_eq!(button(), "Chọn tệp…");
    pick_file("test-file", "sao-luu.json", "{}");
    settle().await;
    assert_eq!(picked.get_untracked(), 1, "the caller hears of the file");
    let name = document()
        .query_selector(".file-picker .file-name")
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    assert_eq!(name, "sao-luu.json");
    m.state.lang.set(Lang::En);
    settle().await;
    assert_eq!(button(), "Choose a file…");
}

#[wasm_bindgen_test]
async fn the_summary_adds_the_bonus_group_so_its_figures_sum_to_the_total() {
    use par_core::answers::AnswerValue;
    let m = mount(|| view! { <par_app::components::summary::SummaryScreen/> });
    m.state.set_value("1.1.1", Some(AnswerValue::YesNo(true)));
    m.state.set_value("T.1", Some(AnswerValue::Count(1)));
    settle().await;
    // 1,00 from the fields and +0,50 of the bonus group make the total of 1,50.
    assert_eq!(text("summary-total"), "1,50");
    assert_eq!(text("summary-sum-total"), "1,50");
    let sum = text("summary-sum");
    assert!(sum.contains("Cộng điểm các lĩnh vực"), "{sum}");
    assert!(sum.contains("1,00"), "{sum}");
    let bonus = document()
        .query_selector("#summary-sum tr.sum-bonus[data-code='T']")
        .ok()
        .flatten()
        .expect("a row for the bonus group");
    let bonus = bonus.text_content().unwrap_or_default();
    assert!(
        bonus.contains("+0,50") && bonus.contains("tối đa 1"),
        "{bonus}"
    );
    // Nothing excluded: no field says it has two maxima.
    assert!(!exists("chart-declared-note"));
}

#[wasm_bindgen_test]
async fn the_start_screen_leads_with_the_steps_and_says_what_its_buttons_did() {
    let m = mount(|| view! { <par_app::app::Shell root=PageRoot("") screens=every_screen/> });
    settle().await;
    // The steps come first, the unit form before the drafts and storage box.
    assert!(text("start-steps").contains("Chọn bộ tiêu chí"));
    let before = |a: &str, b: &str| {
        let a: web_sys::Node = element::<web_sys::HtmlElement>(a).into();
        let b: web_sys::Node = element::<web_sys::HtmlElement>(b).into();
        a.compare_document_position(&b) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING != 0
    };
    assert!(before("start-steps", "unit-heading"));
    assert!(before("unit-heading", "drafts-heading"));
    assert_eq!(text("start-notice"), "");

    // "Chấm điểm" before the unit is entered: said at the top, focus on the box to fill.
    click("tab-walk");
    settle().await;
    frames(4).await;
    assert_eq!(m.state.screen.get_untracked(), Screen::Start);
    assert!(
        text("start-notice").contains("hãy nhập đủ thông tin đơn vị trước"),
        "{}",
        text("start-notice")
    );
    assert!(active_id().starts_with("unit-"), "{}", active_id());

    // "Bản nháp mới": an empty draft, said so, with the focus at the top of the screen.
    type_text("unit-name", "UBND xã Tân Lập");
    settle().await;
    click("new-draft");
    settle().await;
    frames(4).await;
    assert!(text("start-notice").starts_with("Đã mở một bản nháp mới"));
    assert_eq!(active_id(), "start-heading");
    assert_eq!(input_value("unit-name"), "");
    let _ = storage().clear();
}

#[wasm_bindgen_test]
async fn next_criterion_brings_its_heading_into_view_not_the_page_top() {
    // A tall block above the app stands for a phone's header and criteria list: the top of the
    // page is then far from the new criterion.
    let spacer = document().create_element("div").expect("div");
    spacer
        .set_attribute("style", "height: 3000px")
        .expect("style");
    let body = document().body().expect("body");
    body.prepend_with_node_1(&spacer).expect("prepend");
    let m = mount(|| view! { <par_app::app::Shell root=PageRoot("") screens=every_screen/> });
    m.state.open_demo();
    settle().await;
    click("next-criterion");
    until(|| active_id() == "criterion-heading").await;
    frames(2).await;
    assert!(text("criterion-heading").contains("1.2"));
    // The heading's distance from the page's top, less how far the page is scrolled.
    let mut page_top = 0.0;
    let mut node = Some(element::<web_sys::HtmlElement>("criterion-heading"));
    while let Some(e) = node {
        page_top += f64::from(e.offset_top());
        node = e.offset_parent().and_then(|p| p.dyn_into().ok());
    }
    let top = page_top - window().scroll_y().unwrap_or(0.0);
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    spacer.remove();
    assert!(
        (0.0..height).contains(&top),
        "the new criterion's heading is in view (top {top} of {height})"
    );
    assert!(
        window().scroll_y().unwrap_or(0.0) > 0.0,
        "not the page's top"
    );
    window().scroll_to_with_x_and_y(0.0, 0.0);
}
