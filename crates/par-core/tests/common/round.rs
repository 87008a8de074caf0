//! One unit's appraisal round built from the signed sample submission: the office's key and
//! trust store, an appraisal with a request and a rejected not-applicable claim, the unit's
//! explanation.

use par_core::answers::FileFingerprint;
use par_core::appraisal::{
    Appraisal, AppraisalDraft, AppraisalPayload, Explanation, ExplanationPayload, KnownSubmission,
    OfficeTrust, RequestAnswer, Round, RoundContext, SubmissionLink,
};
use par_core::score::OfficeEntries;
use par_core::submission::{Submission, UnitKey};
use par_core::EvidenceRef;

use super::signed::{fixture, Fixture};

pub const TIME: &str = "2026-01-10T08:00:00Z";

pub struct Round1 {
    pub fixture: Fixture,
    pub submission: Submission,
    pub submission_hash: String,
    pub office_key: UnitKey,
    pub trust: OfficeTrust,
}

pub fn setup() -> Round1 {
    let fixture = fixture();
    let (submission, submission_hash) = Submission::open_for_test(&fixture.text);
    let office_key = UnitKey::from_secret([9; 32]);
    let mut trust = OfficeTrust::for_set(&fixture.framework);
    assert!(trust.confirm(&office_key.key_id()));
    Round1 {
        fixture,
        submission,
        submission_hash,
        office_key,
        trust,
    }
}

trait OpenForTest {
    fn open_for_test(text: &str) -> (Submission, String);
}

impl OpenForTest for Submission {
    fn open_for_test(text: &str) -> (Submission, String) {
        let checked = par_core::submission::verify(text, Default::default());
        (checked.submission.unwrap(), checked.hash.unwrap())
    }
}

impl Round1 {
    pub fn known(&self) -> KnownSubmission<'_> {
        KnownSubmission {
            payload: &self.submission.payload,
            hash: &self.submission_hash,
        }
    }

    pub fn context(&self) -> RoundContext<'_> {
        RoundContext {
            trust: Some(&self.trust),
            framework: Some(&self.fixture.framework),
            submission: Some(self.known()),
            ..Default::default()
        }
    }

    pub fn draft(&self) -> AppraisalDraft {
        AppraisalDraft {
            office: OfficeEntries {
                rejected_claims: ["3.5.3".to_string()].into(),
                ..Default::default()
            },
            remarks: [(
                "3.5.3".to_string(),
                "Có 2 hồ sơ cấp phép trên Hệ thống".to_string(),
            )]
            .into(),
            requests: [(
                "3.5.3".to_string(),
                "Giải trình số hồ sơ cấp phép năm 2025".to_string(),
            )]
            .into(),
            explanation_deadline: Some("2026-01-20T10:00:00Z".into()),
            explanation: None,
        }
    }

    pub fn appraisal(&self) -> Appraisal {
        let payload = AppraisalPayload::new(
            &self.fixture.framework,
            self.known(),
            Round::First,
            self.draft(),
            ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".into(), TIME.into()),
        );
        Appraisal::sign(payload, &self.office_key)
    }

    pub fn explanation(&self, appraisal: &Appraisal) -> Explanation {
        let payload = ExplanationPayload {
            explanation_id: "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb".into(),
            created_at: TIME.into(),
            appraisal: appraisal.hash(),
            submission: SubmissionLink::of(&self.submission.payload, &self.submission_hash),
            answers: [(
                "3.5.3".to_string(),
                RequestAnswer {
                    text: "Hai hồ sơ do cấp tỉnh giải quyết, xã chỉ tiếp nhận".into(),
                    evidence: vec![EvidenceRef {
                        number: "15/BC-UBND".into(),
                        file: Some(FileFingerprint {
                            name: "bao-cao-15.pdf".into(),
                            size: 48_213,
                            sha256: "c".repeat(64),
                        }),
                        ..Default::default()
                    }],
                },
            )]
            .into(),
            par_core_version: par_core::VERSION.into(),
        };
        Explanation::sign(payload, &self.fixture.key)
    }

    pub fn unit_keys(&self) -> Vec<String> {
        vec![self.submission.signature.public_key.clone()]
    }
}
