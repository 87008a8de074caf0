//! Autosave benchmark (not a test): the cost of one autosave of a fully answered sample draft
//! — snapshot of the state, re-reading the stored revision, serialising the `DraftRecord` and
//! `localStorage.setItem` — measured inside the page with `performance.now()` around the save
//! function (`window.wasmBindings.bench_autosave`), many runs. Prints Markdown for BENCHMARKS.md;
//! run by scripts/bench-autosave.sh. Target: < 2 ms.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[path = "../e2e/browser/mod.rs"]
mod browser;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use par_core::draft::{DraftRecord, FrameworkKey, DRAFT_SCHEMA_VERSION};
    use par_core::UnitInfo;
    use serde_json::{json, Value};

    const SAMPLE: &str = include_str!("../../frameworks/mau-xa-2025.json");
    const ANSWERS: &str = include_str!("../../frameworks/examples/mau-xa-2025.answers.json");

    let runs = std::env::args()
        .skip_while(|a| a != "--runs")
        .nth(1)
        .and_then(|v| v.parse().ok())
        .unwrap_or(500u32);
    let framework = par_core::load_framework(SAMPLE).expect("sample set");
    let answers: par_core::Answers = par_core::parse_json(ANSWERS).expect("sample answers");
    let (done, all) = par_core::score(&framework, &answers).progress();
    let draft = DraftRecord {
        schema_version: DRAFT_SCHEMA_VERSION,
        id: "bench".into(),
        name: "Đo tự lưu".into(),
        unit: UnitInfo {
            province: framework.province.clone(),
            name: "UBND xã Hòa Bình".into(),
            code: "00004".into(),
            year: framework.year,
            preparer: "Nguyễn Văn An".into(),
            chairperson: "Trần Thị Bình".into(),
        },
        framework: FrameworkKey::of(&framework),
        answers,
        raw_inputs: Default::default(),
        current_criterion: Some("1.1".into()),
        revision: 1,
        saved_at: "2025-11-01T00:00:00Z".into(),
        exports: Vec::new(),
        pending_changes: Vec::new(),
        round: None,
    };
    let closed = DraftRecord {
        round: Some(closed_round(&framework, &draft)),
        ..draft.clone()
    };
    let server = browser::StaticServer::start(browser::dist_dir());
    let url = server.url("/");
    let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
    for (what, draft) in [
        ("a fully answered sample draft", &draft),
        (
            "the same draft with its closed appraisal round (submission, appraisal, explanation and final result kept as their texts)",
            &closed,
        ),
    ] {
        let text = serde_json::to_string(draft).expect("serialises");
        let url = url.clone();
        let r: Value = runtime.block_on(browser::with_browser(1280, 900, move |c| async move {
            c.goto(&url).await?;
            c.execute(
                "localStorage.clear(); localStorage.setItem('par.draft.bench', arguments[0]); localStorage.setItem('par.last', 'bench');",
                vec![json!(text)],
            )
            .await?;
            c.refresh().await?;
            browser::wait_for(&c, "criterion-heading").await?;
            // Warm up, then measure.
            c.execute("return window.wasmBindings.bench_autosave(50);", vec![])
                .await?;
            let out = c
                .execute(
                    "return window.wasmBindings.bench_autosave(arguments[0]);",
                    vec![json!(runs)],
                )
                .await?;
            Ok(serde_json::from_str(out.as_str().unwrap_or("null")).unwrap_or(Value::Null))
        }));
        println!(
        "- one autosave of {what} ({done}/{all} items complete, {} bytes of JSON): median {:.2} ms, p99 {:.2} ms, worst {:.2} ms over {} runs, {} runs at 2 ms or more (target < 2 ms; all written: {})",
        r["bytes"],
        r["median_us"].as_f64().unwrap_or(f64::NAN) / 1000.0,
        r["p99_us"].as_f64().unwrap_or(f64::NAN) / 1000.0,
        r["worst_us"].as_f64().unwrap_or(f64::NAN) / 1000.0,
        r["runs"],
        r["over_2ms"],
        r["ok"]
    );
    }
}

/// The appraisal round of `draft` as a closed year keeps it: its signed submission, an
/// appraisal with a request, the explanation and the final result, each as its file's text.
#[cfg(not(target_arch = "wasm32"))]
fn closed_round(
    framework: &par_core::Framework,
    draft: &par_core::draft::DraftRecord,
) -> par_core::appraisal::RoundRecord {
    use par_core::appraisal::{
        Appraisal, AppraisalDraft, AppraisalPayload, Explanation, ExplanationPayload, FinalPayload,
        FinalResult, KnownAppraisal, KnownSubmission, RequestAnswer, Round, RoundRecord,
        SubmissionLink,
    };
    use par_core::submission::{ExportMeta, Payload, Submission, UnitKey};

    let unit_key = UnitKey::from_secret([5; 32]);
    let office_key = UnitKey::from_secret([9; 32]);
    let meta = ExportMeta {
        submission_id: "a".repeat(32),
        created_at: "2025-12-01T09:30:00Z".into(),
        revision: 1,
        replaces: None,
    };
    let submission = Submission::sign(
        Payload::new(framework, &draft.unit, &draft.answers, meta),
        &unit_key,
    );
    let hash = submission.payload.hash();
    let known = KnownSubmission {
        payload: &submission.payload,
        hash: &hash,
    };
    let request = AppraisalDraft {
        requests: [("1.1.1".to_string(), "Bổ sung kế hoạch CCHC năm".to_string())].into(),
        explanation_deadline: Some("2026-01-20T10:00:00Z".into()),
        ..Default::default()
    };
    let appraisal = Appraisal::sign(
        AppraisalPayload::new(
            framework,
            known,
            Round::First,
            request,
            ("b".repeat(32), "2026-01-10T08:00:00Z".into()),
        ),
        &office_key,
    );
    let appraisal_hash = appraisal.hash();
    let explanation = Explanation::sign(
        ExplanationPayload {
            explanation_id: "c".repeat(32),
            created_at: "2026-01-15T03:00:00Z".into(),
            appraisal: appraisal_hash.clone(),
            submission: SubmissionLink::of(&submission.payload, &hash),
            answers: [(
                "1.1.1".to_string(),
                RequestAnswer {
                    text: "Kế hoạch ban hành ngày 10/01/2025".into(),
                    evidence: Vec::new(),
                },
            )]
            .into(),
            par_core_version: par_core::VERSION.into(),
        },
        &unit_key,
    );
    let final_result = FinalResult::sign(
        FinalPayload::new(
            framework,
            known,
            KnownAppraisal {
                payload: &appraisal.payload,
                hash: &appraisal_hash,
            },
            Some(explanation.hash()),
            Default::default(),
            ("d".repeat(32), "2026-02-01T08:00:00Z".into()),
        ),
        &office_key,
    );
    RoundRecord {
        submission: Some(submission.to_json()),
        appraisals: vec![appraisal.to_json()],
        explanations: vec![explanation.to_json()],
        final_result: Some(final_result.to_json()),
        ..Default::default()
    }
}
