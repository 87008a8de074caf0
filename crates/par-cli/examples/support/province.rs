//! A sample province for `par rank` and its tests: 150 communes with valid signed files of the
//! sample set, and every case an office meets, each in a unit of its own so a test can check
//! its outcome by unit code. Shared by `examples/generate_submissions.rs --province` and
//! `tests/cli/rank.rs` (`#[path]`), so the test checks exactly what the example writes.
//!
//! | unit | files | outcome |
//! |---|---|---|
//! | 00001–00150 | revision 1, valid (answers vary: ties and different totals) | valid |
//! | 00001 | also an identical copy under another name | counted once |
//! | 00002 | also revision 2 replacing revision 1, one answer corrected | revision 2 ranked |
//! | 00003 | also two different revision 2 files | contradicting files |
//! | 00151 | valid file edited after signing | refused: changed after signing |
//! | 00152 | signed with a key never registered | refused: no key registered |
//! | 00153 | signed with 00001's key (00153 has its own) | refused: not its key |
//! | 00154 | a score changed, signed again by its own key | refused: scores differ |
//! | 00155 | made on a criteria set the office does not have | refused: unknown set |
//! | 00156 | no file | not yet submitted |
//! | 00160 | valid file, not on the list | not on the list, ranked |
//!
//! The list (`don-vi.csv`) is saved as Excel does: BOM, `;`, and codes without their leading
//! zeros for every tenth unit. The keyring is `so-khoa.json`.

use std::path::Path;

use par_core::submission::{ExportMeta, Keyring, Payload, Submission, UnitKey};
use par_core::{AnswerValue, Answers, Framework, UnitInfo};

const SAMPLE: &str = include_str!("../../../../frameworks/mau-xa-2025.json");
const ANSWERS: &str = include_str!("../../../../frameworks/examples/mau-xa-2025.answers.json");

/// Units with a valid first revision.
pub const VALID_UNITS: u32 = 150;
pub const KEYRING_FILE: &str = "so-khoa.json";
pub const UNITS_FILE: &str = "don-vi.csv";
/// The folder of submission files inside the output folder.
pub const FILES_DIR: &str = "ho-so";

pub fn code(number: u32) -> String {
    format!("{number:05}")
}

pub fn unit_name(number: u32) -> String {
    format!("UBND xã Thử Nghiệm {number}")
}

fn key(number: u32) -> UnitKey {
    let mut secret = [0u8; 32];
    secret[..4].copy_from_slice(&number.to_le_bytes());
    secret[31] = 0xa5;
    UnitKey::from_secret(secret)
}

fn unit(number: u32) -> UnitInfo {
    UnitInfo {
        province: "Tỉnh mẫu".into(),
        name: unit_name(number),
        code: code(number),
        year: 2025,
        preparer: "Nguyễn Văn An".into(),
        chairperson: "Trần Thị Bình".into(),
    }
}

/// Answers that differ between units: two yes/no items, so totals tie in groups.
fn answers(base: &Answers, number: u32) -> Answers {
    let mut answers = base.clone();
    answers.entry("1.3.1").value = Some(AnswerValue::YesNo(number.is_multiple_of(2)));
    answers.entry("1.4.1").value = Some(AnswerValue::YesNo(!number.is_multiple_of(3)));
    answers
}

fn sign(
    framework: &Framework,
    number: u32,
    answers: &Answers,
    revision: u32,
    replaces: Option<String>,
    key: &UnitKey,
) -> Submission {
    let meta = ExportMeta {
        submission_id: format!("{:032x}", u128::from(number) * 1_000 + u128::from(revision)),
        created_at: "2025-12-01T09:30:00Z".into(),
        revision,
        replaces,
    };
    Submission::sign(Payload::new(framework, &unit(number), answers, meta), key)
}

/// Writes the province into `out`: `ho-so/` (the files), `so-khoa.json`, `don-vi.csv`.
pub fn write_province(out: &Path) -> std::io::Result<()> {
    let files = out.join(FILES_DIR);
    std::fs::create_dir_all(&files)?;
    let framework = par_core::load_framework(SAMPLE).expect("valid sample");
    let base: Answers = par_core::parse_json(ANSWERS).expect("sample answers");
    let mut keyring = Keyring::default();
    let mut register = |number: u32| {
        keyring
            .add(
                &code(number),
                &unit_name(number),
                &key(number).public_key_hex(),
            )
            .expect("fresh key");
    };
    let save = |name: String, submission: &Submission| {
        std::fs::write(files.join(name), submission.to_json())
    };
    for number in 1..=VALID_UNITS {
        register(number);
        let first = sign(
            &framework,
            number,
            &answers(&base, number),
            1,
            None,
            &key(number),
        );
        save(first.file_name(), &first)?;
        match number {
            1 => std::fs::write(files.join("ban-sao-00001.json"), first.to_json())?,
            2 => {
                // Revision 2 corrects 1.3.1 to "no": 00002 leaves the top group for the next.
                let mut corrected = answers(&base, number);
                corrected.entry("1.3.1").value = Some(AnswerValue::YesNo(false));
                let second = sign(
                    &framework,
                    2,
                    &corrected,
                    2,
                    Some(first.payload.hash()),
                    &key(2),
                );
                save(second.file_name(), &second)?;
            }
            3 => {
                for (suffix, yes) in [("a", true), ("b", false)] {
                    let mut changed = answers(&base, number);
                    changed.entry("1.3.1").value = Some(AnswerValue::YesNo(yes));
                    changed.entry("1.4.1").value = Some(AnswerValue::YesNo(!yes));
                    let second = sign(
                        &framework,
                        3,
                        &changed,
                        2,
                        Some(first.payload.hash()),
                        &key(3),
                    );
                    save(format!("CCHC-2025-00003-r2{suffix}.json"), &second)?;
                }
            }
            _ => {}
        }
    }
    // 00151: edited after signing.
    register(151);
    let signed = sign(&framework, 151, &answers(&base, 151), 1, None, &key(151));
    let edited = signed
        .to_json()
        .replacen("Nguyễn Văn An", "Nguyễn Văn Bình", 1);
    std::fs::write(files.join(signed.file_name()), edited)?;
    // 00152: its key was never registered.
    let unregistered = sign(&framework, 152, &answers(&base, 152), 1, None, &key(152));
    save(unregistered.file_name(), &unregistered)?;
    // 00153: signed with 00001's key, though 00153 has its own.
    register(153);
    let wrong_key = sign(&framework, 153, &answers(&base, 153), 1, None, &key(1));
    save(wrong_key.file_name(), &wrong_key)?;
    // 00154: a score raised, then signed again with its own key.
    register(154);
    let mut payload = sign(&framework, 154, &answers(&base, 154), 1, None, &key(154)).payload;
    payload.scores.total += par_core::Decimal::ONE;
    let tampered = Submission::sign(payload, &key(154));
    save(tampered.file_name(), &tampered)?;
    // 00155: made on version "2" of the set, which the office does not have.
    register(155);
    let mut other_set = framework.clone();
    other_set.version = "2".into();
    let mut other_answers = answers(&base, 155);
    other_answers.framework_version = "2".into();
    let unknown = sign(&other_set, 155, &other_answers, 1, None, &key(155));
    save(unknown.file_name(), &unknown)?;
    // 00156 sends nothing; 00160 is not on the list.
    register(156);
    register(160);
    let unlisted = sign(&framework, 160, &answers(&base, 160), 1, None, &key(160));
    save(unlisted.file_name(), &unlisted)?;

    let keyring_json = serde_json::to_string_pretty(&keyring).expect("keyring");
    std::fs::write(out.join(KEYRING_FILE), keyring_json)?;
    std::fs::write(out.join(UNITS_FILE), units_csv())
}

/// The list as a Vietnamese Excel saves it: BOM, `;`, leading zeros lost on every tenth code.
fn units_csv() -> String {
    let mut text = String::from("\u{feff}STT;Mã đơn vị;Tên đơn vị\n");
    for number in 1..=156u32 {
        let written = if number.is_multiple_of(10) {
            number.to_string()
        } else {
            code(number)
        };
        text += &format!("{number};{written};{}\n", unit_name(number));
    }
    text
}
