//! A signed sample submission and the ways a test changes it.

use par_core::submission::{
    verify, ExportMeta, Keyring, KnownFramework, Outcome, Payload, Submission, UnitKey,
    VerifyContext,
};
use par_core::{Answers, Framework, UnitInfo};
use serde_json::Value;

pub const SAMPLE: &str = include_str!("../../../../frameworks/mau-xa-2025.json");
pub const ANSWERS: &str = include_str!("../../../../frameworks/examples/mau-xa-2025.answers.json");

pub struct Fixture {
    pub framework: Framework,
    pub known: KnownFramework,
    pub key: UnitKey,
    pub keyring: Keyring,
    pub text: String,
}

pub fn unit() -> UnitInfo {
    UnitInfo {
        province: "Tỉnh mẫu".into(),
        name: "UBND xã Tân Lập".into(),
        code: "00004".into(),
        year: 2025,
        preparer: "Nguyễn Văn An".into(),
        chairperson: "Trần Thị Bình".into(),
    }
}

pub fn meta() -> ExportMeta {
    ExportMeta {
        submission_id: "0123456789abcdef0123456789abcdef".into(),
        created_at: "2025-12-01T09:30:00Z".into(),
        revision: 1,
        replaces: None,
    }
}

pub fn fixture() -> Fixture {
    let framework = par_core::load_framework(SAMPLE).unwrap();
    let answers: Answers = par_core::parse_json(ANSWERS).unwrap();
    let key = UnitKey::from_secret([42; 32]);
    let mut keyring = Keyring::default();
    keyring
        .add("00004", "UBND xã Tân Lập", &key.public_key_hex())
        .unwrap();
    let submission = Submission::sign(Payload::new(&framework, &unit(), &answers, meta()), &key);
    Fixture {
        known: KnownFramework::from(framework.clone()),
        framework,
        key,
        keyring,
        text: submission.to_json(),
    }
}

impl Fixture {
    pub fn check(&self, text: &str) -> Outcome {
        let frameworks = std::slice::from_ref(&self.known);
        verify(
            text,
            VerifyContext {
                keyring: Some(&self.keyring),
                frameworks,
            },
        )
        .outcome
    }

    /// The outcome with the criteria set but no keyring: what a file says about itself.
    pub fn check_without_keyring(&self, text: &str) -> Outcome {
        let frameworks = std::slice::from_ref(&self.known);
        verify(
            text,
            VerifyContext {
                keyring: None,
                frameworks,
            },
        )
        .outcome
    }

    pub fn edit(&self, change: impl FnOnce(&mut Value)) -> String {
        let mut value: Value = serde_json::from_str(&self.text).unwrap();
        change(&mut value);
        value.to_string()
    }

    /// Changes the payload and signs it again with `key`, as a forger (or buggy software) would.
    pub fn resign(&self, key: &UnitKey, change: impl FnOnce(&mut Payload)) -> String {
        let mut submission: Submission = serde_json::from_str(&self.text).unwrap();
        change(&mut submission.payload);
        Submission::sign(submission.payload, key).to_json()
    }
}
