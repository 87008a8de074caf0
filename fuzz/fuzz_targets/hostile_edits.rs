//! A genuine signed submission edited the way the signed-file issue's attacks edit it, at
//! places and with values the fuzzer chooses: a key written again before one the file has (any
//! object, any key), a number replaced by one the canonical form would round, or any bytes
//! inserted anywhere. Verification must never panic, and a duplicate key or an inexact number
//! must never leave the file valid.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use par_core::submission::{
    verify, ExportMeta, Keyring, KnownFramework, Payload, Submission, UnitKey, VerifyContext,
};
use par_core::{Answers, UnitInfo};

const SAMPLE: &str = include_str!("../../frameworks/mau-xa-2025.json");
const ANSWERS: &str = include_str!("../../frameworks/examples/mau-xa-2025.answers.json");

struct Genuine {
    text: String,
    /// Where each key of the file starts (the quote before its name).
    keys: Vec<usize>,
    /// Where each number value starts and ends.
    numbers: Vec<(usize, usize)>,
    frameworks: Vec<KnownFramework>,
    keyring: Keyring,
}

fn genuine() -> &'static Genuine {
    static GENUINE: OnceLock<Genuine> = OnceLock::new();
    GENUINE.get_or_init(|| {
        let framework = par_core::load_framework(SAMPLE).expect("valid sample");
        let answers: Answers = par_core::parse_json(ANSWERS).expect("sample answers");
        let key = UnitKey::from_secret([42; 32]);
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
        let text = Submission::sign(Payload::new(&framework, &unit, &answers, meta), &key).to_json();
        let mut keyring = Keyring::default();
        keyring.add("00004", "", &key.public_key_hex()).expect("fresh key");
        // Pretty JSON: a key starts a line and is followed by `": `; a number value follows it.
        let mut keys = Vec::new();
        let mut numbers = Vec::new();
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let trimmed = line.trim_start();
            if trimmed.starts_with('"') {
                if let Some(colon) = trimmed.find("\": ") {
                    let start = at + line.len() - trimmed.len();
                    keys.push(start);
                    let value = &trimmed[colon + 3..];
                    if value.starts_with(|c: char| c == '-' || c.is_ascii_digit()) {
                        let value_start = start + colon + 3;
                        let length = value
                            .find(|c: char| !(c == '-' || c == '.' || c.is_ascii_digit()))
                            .unwrap_or(value.len());
                        numbers.push((value_start, value_start + length));
                    }
                }
            }
            at += line.len();
        }
        Genuine {
            text,
            keys,
            numbers,
            frameworks: vec![framework.into()],
            keyring,
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let genuine = genuine();
    let [op, a, b, rest @ ..] = data else {
        return;
    };
    let pick = usize::from(*a) << 8 | usize::from(*b);
    let (edited, must_fail) = match op % 3 {
        0 => {
            // A key written again in front of itself, with a value the fuzzer writes.
            let start = genuine.keys[pick % genuine.keys.len()];
            let end = start + 1 + genuine.text[start + 1..].find('"').expect("closing quote");
            let key = &genuine.text[start..=end];
            let value = match rest.first() {
                Some(n) => n.to_string(),
                None => "null".into(),
            };
            let mut text = genuine.text.clone();
            text.insert_str(start, &format!("{key}: {value}, "));
            (text, true)
        }
        1 => {
            // A number the canonical form would round: beyond 2^53, or more digits than a
            // double holds.
            let (start, end) = genuine.numbers[pick % genuine.numbers.len()];
            let digits: String = rest.iter().map(|b| char::from(b'0' + b % 10)).collect();
            let number = format!("9007199254740993{digits}");
            let number = if rest.first().is_some_and(|b| b % 2 == 0) {
                format!("1.{number}")
            } else {
                number
            };
            let mut text = genuine.text.clone();
            text.replace_range(start..end, &number);
            (text, true)
        }
        _ => {
            let at = pick % genuine.text.len();
            let at = (0..=at).rev().find(|i| genuine.text.is_char_boundary(*i)).unwrap_or(0);
            let mut text = genuine.text.clone();
            text.insert_str(at, &String::from_utf8_lossy(rest));
            (text, false)
        }
    };
    let context = VerifyContext {
        keyring: Some(&genuine.keyring),
        frameworks: &genuine.frameworks,
    };
    let verification = verify(&edited, context);
    let _ = verification.outcome.describe(par_core::Lang::Vi);
    if must_fail {
        assert!(!verification.outcome.is_valid(), "an attack passed: op {op}, pick {pick}");
    }
});
