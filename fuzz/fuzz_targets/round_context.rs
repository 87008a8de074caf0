//! What the appraisal-round targets verify against: the sample set, a genuine signed submission
//! and its round-1 appraisal, the office key trusted and the unit's key known — so fuzzed files
//! reach every check, not only the envelope.

use std::sync::OnceLock;

use par_core::appraisal::{
    Appraisal, AppraisalDraft, AppraisalPayload, KnownAppraisal, KnownSubmission, OfficeTrust,
    Round, RoundContext,
};
use par_core::submission::{ExportMeta, Payload, Submission, UnitKey};
use par_core::{Answers, Framework, UnitInfo};

const SAMPLE: &str = include_str!("../../frameworks/mau-xa-2025.json");
const ANSWERS: &str = include_str!("../../frameworks/examples/mau-xa-2025.answers.json");

pub struct Held {
    framework: Framework,
    submission: Submission,
    submission_hash: String,
    appraisal: Appraisal,
    appraisal_hash: String,
    trust: OfficeTrust,
    unit_keys: Vec<String>,
}

pub fn held() -> &'static Held {
    static HELD: OnceLock<Held> = OnceLock::new();
    HELD.get_or_init(|| {
        let framework = par_core::load_framework(SAMPLE).expect("valid sample");
        let answers: Answers = par_core::parse_json(ANSWERS).expect("sample answers");
        let unit = UnitInfo {
            province: "Tỉnh mẫu".into(),
            name: "UBND xã Tân Lập".into(),
            code: "00004".into(),
            year: 2025,
            preparer: "Nguyễn Văn An".into(),
            chairperson: "Trần Thị Bình".into(),
        };
        let meta = ExportMeta {
            submission_id: "0123456789abcdef0123456789abcdef".into(),
            created_at: "2025-12-01T09:30:00Z".into(),
            revision: 1,
            replaces: None,
        };
        let unit_key = UnitKey::from_secret([42; 32]);
        let (submission, submission_hash) =
            Submission::sign_and_hash(Payload::new(&framework, &unit, &answers, meta), &unit_key);
        let office_key = UnitKey::from_secret([9; 32]);
        let known = KnownSubmission { payload: &submission.payload, hash: &submission_hash };
        let payload = AppraisalPayload::new(
            &framework,
            known,
            Round::First,
            AppraisalDraft::default(),
            ("a".repeat(32), "2026-01-10T08:00:00Z".into()),
        );
        let appraisal = Appraisal::sign(payload, &office_key);
        let appraisal_hash = appraisal.hash();
        let mut trust = OfficeTrust::default();
        trust.confirm(&office_key.key_id());
        Held {
            framework,
            unit_keys: vec![unit_key.public_key_hex()],
            submission,
            submission_hash,
            appraisal,
            appraisal_hash,
            trust,
        }
    })
}

impl Held {
    pub fn context(&self) -> RoundContext<'_> {
        RoundContext {
            trust: Some(&self.trust),
            framework: Some(&self.framework),
            submission: Some(KnownSubmission {
                payload: &self.submission.payload,
                hash: &self.submission_hash,
            }),
            appraisal: Some(KnownAppraisal {
                payload: &self.appraisal.payload,
                hash: &self.appraisal_hash,
            }),
            unit_keys: Some(&self.unit_keys),
        }
    }
}
