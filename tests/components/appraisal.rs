//! Component tests in headless Chromium of the appraisal screen: a genuine appraisal imported
//! and compared, tampered and misdirected files refused with the reason, the office key
//! confirmed once and a different one loudly refused, the explanation signed and verified with
//! par-core, the final result closing the year, and the round kept by the draft.

use crate::support::*;
use leptos::prelude::*;
use par_app::round::{keep_submission, OFFICE_KEYS};
use par_app::signing::{export, StoredKey, KEY_STORAGE};
use par_app::state::{AppState, Draft};
use par_app::storage::Session;
use par_core::answers::{AnswerValue::*, Answers, EvidenceRef};
use par_core::appraisal::{
    verify_explanation, Appraisal, AppraisalDraft, AppraisalPayload, FinalPayload, FinalResult,
    KnownAppraisal, KnownSubmission, RoundContext, RoundOutcome,
};
use par_core::draft::ExportRecord;
use par_core::score::OfficeEntries;
use par_core::submission::{grouped, Submission, UnitKey};
use par_core::{Decimal, Framework, UnitInfo};
use wasm_bindgen_test::*;

const TIME: &str = "2026-01-10T08:00:00Z";
const DEADLINE: &str = "2026-01-20T10:00:00Z";

/// Nothing from an earlier test: keys, confirmed office keys, kept files and drafts.
fn clean() {
    let storage = storage();
    for key in storage.keys("par.") {
        let _ = storage.remove_item(&key);
    }
}

fn unit(code: &str) -> UnitInfo {
    UnitInfo {
        province: "Tỉnh Thử Nghiệm".into(),
        name: "UBND xã Tân Lập".into(),
        code: code.into(),
        year: 2025,
        preparer: "Nguyễn Văn An".into(),
        chairperson: "Trần Thị Bình".into(),
    }
}

fn d(text: &str) -> Decimal {
    Decimal::parse(text).unwrap()
}

/// Every item of the small set answered with a document: a file the app would export.
fn answers(set: &Framework, percent: &str) -> Answers {
    let mut answers = Answers::new(&set.id, &set.version);
    let values = [
        ("1.1.1", YesNo(true)),
        ("1.1.2", Level("kip_thoi".into())),
        ("1.1.3", Parts(vec!["bang_tin".into()])),
        ("1.2.1", Percent(d(percent))),
        ("1.2.2", Count(0)),
        (
            "2.1.1",
            Ratio {
                numerator: d("9"),
                denominator: d("10"),
            },
        ),
        ("2.1.3.1", YesNo(true)),
        ("2.1.3.2", Level("day_du".into())),
        ("T.1", Count(0)),
    ];
    for (code, value) in values {
        let answer = answers.entry(code);
        answer.value = Some(value);
        answer.evidence = vec![EvidenceRef {
            number: "1/KH-UBND".into(),
            ..Default::default()
        }];
    }
    let claim = answers.entry("2.1.2");
    claim.not_applicable = true;
    claim.explanation = "Không có trường hợp nào trong năm".into();
    answers
}

struct Round {
    set: Framework,
    unit_key: UnitKey,
    office_key: UnitKey,
    submission: Submission,
    record: ExportRecord,
    text: String,
}

impl Round {
    fn new() -> Self {
        let set = par_core::load_framework(MINI).expect("set");
        let unit_key = UnitKey::from_secret([5; 32]);
        let done = export(
            &set,
            &unit("00004"),
            &answers(&set, "95"),
            &[],
            &unit_key,
            "a".repeat(32),
            "2025-12-01T09:30:00Z".into(),
        );
        Round {
            text: done.submission.to_json(),
            submission: done.submission,
            record: done.record,
            set,
            unit_key,
            office_key: UnitKey::from_secret([9; 32]),
        }
    }

    fn known(&self) -> KnownSubmission<'_> {
        KnownSubmission {
            payload: &self.submission.payload,
            hash: &self.record.hash,
        }
    }

    fn appraisal_of(&self, known: KnownSubmission<'_>, key: &UnitKey) -> Appraisal {
        let draft = AppraisalDraft {
            office: OfficeEntries {
                adjusted: [("1.1.1".to_string(), Decimal::ZERO)].into(),
                ..Default::default()
            },
            remarks: [("1.1.1".to_string(), "Kế hoạch ban hành muộn".to_string())].into(),
            requests: [(
                "1.1.1".to_string(),
                "Giải trình ngày ban hành kế hoạch".to_string(),
            )]
            .into(),
            explanation_deadline: Some(DEADLINE.into()),
            explanation: None,
        };
        let payload = AppraisalPayload::new(
            &self.set,
            known,
            par_core::appraisal::Round::First,
            draft,
            ("c".repeat(32), TIME.into()),
        );
        Appraisal::sign(payload, key)
    }

    fn appraisal(&self) -> Appraisal {
        self.appraisal_of(self.known(), &self.office_key)
    }

    /// The app as the unit has it after exporting: the draft with its export history, the
    /// unit's key, the submission's text kept by hash; on the appraisal screen (the round's page, crate par-round).
    fn mount(&self) -> Mounted {
        let stored = StoredKey::new(&self.unit_key, "2025-12-01T09:00:00Z");
        storage()
            .set_item(KEY_STORAGE, &stored.to_json())
            .expect("key stored");
        keep_submission(&self.record.hash, &self.text).expect("kept");
        let m = mount(|| {
            let state = expect_context::<AppState>();
            let session = Session::new(state);
            SESSION.with(|s| s.set(Some(session)));
            provide_context(session);
            view! { <par_round::components::AppraisalScreen/> }
        });
        let state = m.state;
        let set = self.set.clone();
        let draft = Draft {
            unit: unit("00004"),
            answers: answers(&set, "95"),
            exports: vec![self.record.clone()],
            ..Draft::blank(&set)
        };
        state.open_draft(set, draft);
        state.signing_key.set(Some(stored));
        m
    }
}

fn confirm_office_key_beforehand(key: &UnitKey) {
    storage()
        .set_item(OFFICE_KEYS, &format!("[\"{}\"]", key.key_id()))
        .expect("stored");
}

async fn receive(prefix: &str, name: &str, text: &str) {
    pick_file(&format!("{prefix}-file"), name, text);
    let message = format!("{prefix}-message");
    until(|| {
        let said = self::text(&message);
        !said.is_empty() && !said.contains("Đang kiểm tra")
            || exists(&format!("{prefix}-confirm-key"))
            || exists(&format!("{prefix}-need-submission"))
    })
    .await;
    settle().await;
}

/// Keeps each Blob the app hands to `<a download>`, from now on, for [`downloaded`].
fn keep_downloads() {
    js_sys::Function::new_no_args(
        "if (!window.__parBlobs) {
             window.__parBlobs = [];
             const original = URL.createObjectURL;
             URL.createObjectURL = (blob) => { window.__parBlobs.push(blob); return original.call(URL, blob); };
         }
         window.__parBlobs.length = 0;",
    )
    .call0(&wasm_bindgen::JsValue::NULL)
    .expect("wrap createObjectURL");
}

async fn downloaded(n: usize) -> String {
    let blob: web_sys::Blob = js_sys::eval(&format!("window.__parBlobs[{n}]"))
        .expect("a downloaded blob")
        .into();
    wasm_bindgen_futures::JsFuture::from(blob.text())
        .await
        .expect("blob text")
        .as_string()
        .expect("text")
}

/// `what` (`data-code`, `class`, `text`) of every element `selector` finds, in order.
fn all(selector: &str, what: &str) -> Vec<String> {
    let read = js_sys::Function::new_with_args(
        "sel, what",
        "return Array.from(document.querySelectorAll(sel)).map(e =>
             what === 'text' ? e.textContent : (e.getAttribute(what) || ''));",
    );
    let list: js_sys::Array = read
        .call2(&wasm_bindgen::JsValue::NULL, &selector.into(), &what.into())
        .expect("query")
        .into();
    list.iter().filter_map(|v| v.as_string()).collect()
}

#[wasm_bindgen_test]
async fn a_first_office_key_is_confirmed_then_the_comparison_shows_and_another_key_is_a_loud_warning(
) {
    clean();
    let round = Round::new();
    let m = round.mount();
    settle().await;
    let appraisal = round.appraisal().to_json();

    // Genuine, but the set names no office key: the key id in large groups, to compare.
    receive("appraisal", "TD-2025-00004-v1.json", &appraisal).await;
    assert!(
        exists("appraisal-confirm-key"),
        "{}",
        text("appraisal-message")
    );
    let key_id = round.office_key.key_id();
    assert_eq!(
        text("appraisal-office-key"),
        grouped(&key_id.replace('-', ""))
    );
    assert!(m.state.round.with_untracked(|r| r.appraisals.is_empty()));
    click("appraisal-key-confirm");
    until(|| text("appraisal-message").contains("Đã nhận kết quả thẩm định")).await;
    assert!(
        text("appraisal-message").contains("Đã nhận kết quả thẩm định"),
        "{}",
        text("appraisal-message")
    );
    assert!(storage()
        .get_item(OFFICE_KEYS)
        .ok()
        .flatten()
        .unwrap()
        .contains(&key_id));
    assert_eq!(m.state.round.with_untracked(|r| r.appraisals.len()), 1);
    settle().await;

    // Self against appraised: the lowered item first, with the remark; totals both ways.
    let selector = "#appraisal-items tbody tr";
    assert_eq!(all(selector, "data-code"), ["1.1.1"]);
    assert!(all(selector, "class")[0].contains("lowered"));
    let row = all(selector, "text").remove(0);
    assert!(row.contains("bị hạ điểm"), "{row}");
    assert!(row.contains("Kế hoạch ban hành muộn"), "{row}");
    assert!(row.contains("1,00") && row.contains("0,00"), "{row}");
    let self_total = text("total-self");
    let appraised_total = text("total-appraised");
    let (s, a) = (
        &round.submission.payload.scores,
        round.appraisal().payload.scores,
    );
    assert_eq!(
        self_total,
        par_web::format::points(s.total, par_core::Lang::Vi)
    );
    assert_eq!(
        appraised_total,
        par_web::format::points(a.total, par_core::Lang::Vi)
    );
    assert_eq!(a.total + Decimal::ONE, s.total);
    assert!(text("index-appraised").ends_with('%'));
    assert!(text("appraisal-counts").starts_with("1 tiêu chí bị hạ điểm"));
    // The request with its deadline, dd/mm/yyyy.
    assert!(
        text("explanation-deadline").contains("20/01/2026"),
        "{}",
        text("explanation-deadline")
    );
    assert!(text("request-1.1.1").contains("Giải trình ngày ban hành kế hoạch"));

    // A file signed with another office key later: refused, loudly.
    let forger = UnitKey::from_secret([66; 32]);
    let forged = round.appraisal_of(round.known(), &forger).to_json();
    receive("appraisal", "TD-gia.json", &forged).await;
    let said = text("appraisal-message");
    assert!(said.contains("CẢNH BÁO"), "{said}");
    assert!(said.contains(&forger.key_id()), "{said}");
    assert_eq!(
        attribute("appraisal-message", "role").as_deref(),
        Some("alert")
    );
    assert!(
        !exists("appraisal-confirm-key"),
        "never offered for confirmation"
    );
    assert_eq!(m.state.round.with_untracked(|r| r.appraisals.len()), 1);

    // In English, second.
    m.state.lang.set(par_core::Lang::En);
    settle().await;
    assert!(text("appraisal-counts").starts_with("1 items lowered"));
    clean();
}

#[wasm_bindgen_test]
async fn tampered_misdirected_and_other_unit_files_are_refused_with_the_reason() {
    clean();
    let round = Round::new();
    confirm_office_key_beforehand(&round.office_key);
    let m = round.mount();
    settle().await;

    let tampered = round.appraisal().to_json().replacen(
        "Kế hoạch ban hành muộn",
        "Kế hoạch không ban hành",
        1,
    );
    receive("appraisal", "TD-sua.json", &tampered).await;
    let said = text("appraisal-message");
    assert!(said.contains("Không nhận tệp này"), "{said}");
    assert!(said.contains("đã bị thay đổi sau khi ký"), "{said}");

    // An appraisal of another submission of the same unit (a revision never exported here).
    let other = export(
        &round.set,
        &unit("00004"),
        &answers(&round.set, "80"),
        &[],
        &round.unit_key,
        "b".repeat(32),
        "2025-12-02T09:30:00Z".into(),
    );
    let known = KnownSubmission {
        payload: &other.submission.payload,
        hash: &other.record.hash,
    };
    let misdirected = round.appraisal_of(known, &round.office_key).to_json();
    receive("appraisal", "TD-khac.json", &misdirected).await;
    let said = text("appraisal-message");
    assert!(said.contains("tệp dành cho hồ sơ"), "{said}");

    // An appraisal of another unit's submission.
    let stranger = export(
        &round.set,
        &unit("00007"),
        &answers(&round.set, "95"),
        &[],
        &round.unit_key,
        "d".repeat(32),
        "2025-12-02T09:30:00Z".into(),
    );
    let known = KnownSubmission {
        payload: &stranger.submission.payload,
        hash: &stranger.record.hash,
    };
    let other_unit = round.appraisal_of(known, &round.office_key).to_json();
    receive("appraisal", "TD-00007.json", &other_unit).await;
    let said = text("appraisal-message");
    assert!(
        said.contains("đơn vị 00007, không phải đơn vị 00004"),
        "{said}"
    );

    // A submission given where an appraisal is expected.
    receive("appraisal", "CCHC.json", &round.text).await;
    assert!(text("appraisal-message").contains("không được hỗ trợ"));

    assert!(
        m.state.round.with_untracked(|r| r.is_empty()),
        "nothing kept"
    );
    clean();
}

#[wasm_bindgen_test]
async fn in_another_browser_the_submission_file_is_asked_for() {
    clean();
    let round = Round::new();
    confirm_office_key_beforehand(&round.office_key);
    let m = round.mount();
    let _ = storage().remove_item(&format!("par.submission.{}", round.record.hash));
    settle().await;
    receive("appraisal", "TD.json", &round.appraisal().to_json()).await;
    assert!(exists("appraisal-need-submission"));
    pick_file("appraisal-submission-file", "CCHC.json", &round.text);
    until(|| text("appraisal-message").contains("Đã nhận")).await;
    assert!(
        text("appraisal-message").contains("Đã nhận"),
        "{}",
        text("appraisal-message")
    );
    assert_eq!(
        m.state.round.with_untracked(|r| r.submission.clone()),
        Some(round.text.clone())
    );
    clean();
}

#[wasm_bindgen_test]
async fn the_explanation_verifies_the_final_result_closes_the_year_and_the_draft_keeps_it_all() {
    clean();
    keep_downloads();
    let round = Round::new();
    confirm_office_key_beforehand(&round.office_key);
    let m = round.mount();
    settle().await;
    let appraisal = round.appraisal();
    receive("appraisal", "TD.json", &appraisal.to_json()).await;
    assert!(
        text("appraisal-message").contains("Đã nhận"),
        "{}",
        text("appraisal-message")
    );
    settle().await;

    assert!(!m.state.read_only.get_untracked(), "read-only");
    assert_eq!(
        m.state.round.with_untracked(|r| r.appraisals.len()),
        1,
        "kept"
    );
    assert!(
        exists("compare-heading"),
        "compared: {}",
        all(".appraisal-screen", "text").join("|")
    );
    // Nothing answered yet: said, nothing signed.
    click("explanation-export");
    settle().await;
    assert!(
        text("explanation-message").contains("chưa trả lời yêu cầu giải trình nào"),
        "{}",
        text("explanation-message")
    );

    type_text(
        "answer-1.1.1",
        "Kế hoạch ban hành ngày 10/01/2025, trước hạn",
    );
    click("round-ev-add-1.1.1");
    settle().await;
    type_text("round-ev-1.1.1-0-number", "15/BC-UBND");
    type_text("round-ev-1.1.1-0-date", "15/01/2026");
    pick_file("round-ev-1.1.1-0-file", "bao-cao.pdf", "abc");
    until(|| {
        m.state
            .round
            .with_untracked(|r| r.answers["1.1.1"].evidence[0].file.is_some())
    })
    .await;
    // Removing a document with something in it asks first; keeping it changes nothing.
    click("round-ev-remove-1.1.1-0");
    settle().await;
    assert!(exists("round-ev-remove-1.1.1-0-yes"));
    click("round-ev-remove-1.1.1-0-no");
    settle().await;
    assert_eq!(
        m.state
            .round
            .with_untracked(|r| r.answers["1.1.1"].evidence.len()),
        1
    );
    // Signed by the submission's key: no warning. Another key on this computer (a new key,
    // another unit's backup) is said before signing, with both key ids to compare.
    assert!(!exists("explanation-other-key"));
    let stored = m.state.signing_key.get_untracked();
    let other = UnitKey::from_secret([6; 32]);
    m.state
        .signing_key
        .set(Some(StoredKey::new(&other, "2026-01-20T09:00:00Z")));
    settle().await;
    let warning = text("explanation-other-key");
    assert!(
        warning.contains(&other.key_id()) && warning.contains(&round.unit_key.key_id()),
        "{warning}"
    );
    m.state.signing_key.set(stored);
    settle().await;
    assert!(!exists("explanation-other-key"));
    click("explanation-export");
    until(|| text("explanation-message").contains("Đã tải tệp giải trình")).await;
    assert!(
        text("explanation-message").contains("GT-2025-00004-1.json"),
        "{}",
        text("explanation-message")
    );
    let file = downloaded(0).await;
    let hash = appraisal.hash();
    let keys = [round.unit_key.public_key_hex()];
    let checked = verify_explanation(
        &file,
        RoundContext {
            framework: Some(&round.set),
            submission: Some(round.known()),
            appraisal: Some(KnownAppraisal {
                payload: &appraisal.payload,
                hash: &hash,
            }),
            unit_keys: Some(&keys),
            ..Default::default()
        },
    );
    assert_eq!(checked.outcome, RoundOutcome::Valid);
    let explanation = checked.file.expect("opened");
    let answer = &explanation.payload.answers["1.1.1"];
    assert_eq!(answer.evidence[0].date, "2026-01-15");
    assert_eq!(
        answer.evidence[0].file.as_ref().unwrap().sha256,
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );

    // The final result: the office accepts the explanation.
    let final_payload = FinalPayload::new(
        &round.set,
        round.known(),
        KnownAppraisal {
            payload: &appraisal.payload,
            hash: &hash,
        },
        Some(explanation.hash()),
        OfficeEntries::default(),
        ("e".repeat(32), "2026-02-01T08:00:00Z".into()),
    );
    let final_text = FinalResult::sign(final_payload, &round.office_key).to_json();
    receive("final", "KQ.json", &final_text).await;
    assert!(
        text("final-message").contains("Năm đánh giá đã khép lại"),
        "{}",
        text("final-message")
    );
    settle().await;
    assert!(text("round-closed").contains("Đã có kết quả cuối cùng"));
    assert!(
        attribute("answer-1.1.1", "disabled").is_some(),
        "answers read-only"
    );
    assert!(exists("answers-read-only"));
    assert!(exists("total-final"));
    // Typing is refused by the state too.
    m.state
        .set_round_answer("1.1.1", "sửa sau khi đã có kết quả");
    assert!(m
        .state
        .round
        .with_untracked(|r| r.answers["1.1.1"].text.starts_with("Kế hoạch")));
    let trail = all("#round-trail li", "data-kind");
    assert_eq!(trail, ["submission", "appraisal", "explanation", "final"]);
    let steps = text("round-trail");
    assert!(steps.contains("1.1.1 1,00 → 0,00"), "{steps}");
    assert!(steps.contains("1.1.1 0,00 → 1,00"), "{steps}");

    // The draft keeps all of it: saved, read back from storage, opened again.
    let session = expect_session(&m);
    assert!(session.save_now());
    let id = session.id.get_untracked().expect("a draft");
    let stored = par_app::storage::records::load(&id)
        .expect("reads")
        .expect("stored");
    let kept = stored.round.clone().expect("the round is in the draft");
    assert_eq!(kept.appraisals.len(), 1);
    assert_eq!(kept.explanations.len(), 1);
    assert_eq!(kept.explanations[0], file);
    assert_eq!(kept.final_result.as_deref(), Some(final_text.as_str()));
    assert_eq!(kept.answers["1.1.1"].evidence[0].number, "15/BC-UBND");
    // Stored apart: the record written at each keystroke holds the answers, not the files.
    let record = storage()
        .get_item(&par_app::storage::draft_key(&id))
        .unwrap()
        .expect("the record");
    let files = storage()
        .get_item(&par_app::storage::round_files::round_files_key(&id))
        .unwrap()
        .expect("the round's files");
    let record: par_core::draft::DraftRecord = serde_json::from_str(&record).expect("a record");
    let in_record = record.round.expect("the answers");
    assert!(in_record.final_result.is_none() && in_record.appraisals.is_empty());
    assert_eq!(in_record.answers["1.1.1"].evidence[0].number, "15/BC-UBND");
    let files: par_core::appraisal::RoundRecord = serde_json::from_str(&files).expect("files");
    assert!(files.answers.is_empty());
    assert_eq!(files.final_result.as_deref(), Some(final_text.as_str()));
    session.new_draft();
    settle().await;
    assert!(m.state.round.with_untracked(|r| r.is_empty()));
    // The draft's criteria set, kept as an imported set is.
    storage()
        .set_item(&par_app::storage::set_key("mini-test", "1"), MINI)
        .expect("set kept");
    assert!(session.open(stored));
    settle().await;
    assert!(text("round-closed").contains("Đã có kết quả cuối cùng"));
    assert_eq!(all("#round-trail li", "data-kind").len(), 4);
    assert_eq!(
        input_value_area("answer-1.1.1"),
        "Kế hoạch ban hành ngày 10/01/2025, trước hạn"
    );
    clean();
}

/// The session provided inside the mounted view.
fn expect_session(_mounted: &Mounted) -> Session {
    SESSION.with(|s| s.get().expect("session"))
}

fn input_value_area(id: &str) -> String {
    element::<web_sys::HtmlTextAreaElement>(id).value()
}

thread_local! {
    static SESSION: std::cell::Cell<Option<Session>> = const { std::cell::Cell::new(None) };
}
