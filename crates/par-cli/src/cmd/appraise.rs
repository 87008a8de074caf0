//! `par appraise export` writes the appraisal sheet (CSV, or XLSX for a `.xlsx` name) of verified
//! submissions;
//! `par appraise sign` reads it back and writes one signed `par-appraisal/1` per submission with
//! the office's key. Every submission is verified first (an appraisal of a forged or altered
//! file would be worthless), and what the sheet says is scored with par-core before signing: an
//! entry the scoring would refuse stops the command instead of being signed.

mod sheet;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use par_core::appraisal::{Appraisal, AppraisalDraft, AppraisalPayload, KnownSubmission, Round};
use par_core::problems::ProblemKind;
use par_core::submission::{
    hex_bytes, restore_key, sha256_hex, verify, KnownFramework, Submission, UnitKey, VerifyContext,
};
use par_core::{Framework, Lang};

use crate::error::CliError;
use crate::printer::name;
use crate::read;
use crate::texts::appraise as text;

pub struct Inputs<'a> {
    pub framework: &'a Path,
    pub keyring: Option<&'a Path>,
    pub submissions: &'a [PathBuf],
}

pub struct SignArgs<'a> {
    pub sheet: &'a Path,
    pub key: &'a Path,
    pub round: Round,
    pub deadline: Option<&'a str>,
    pub explanation: Option<&'a str>,
    pub created_at: Option<&'a str>,
    pub out: &'a Path,
}

/// The criteria set and every submission, verified; the first that fails stops the command.
fn load(inputs: &Inputs<'_>) -> Result<(Framework, Vec<(Submission, String)>), CliError> {
    let framework = read::load_valid_framework(inputs.framework)?;
    let known = [KnownFramework::from(framework.clone())];
    let keyring = inputs.keyring.map(read::load_keyring).transpose()?;
    let context = VerifyContext {
        keyring: keyring.as_ref(),
        frameworks: &known,
    };
    let mut submissions = Vec::new();
    for path in inputs.submissions {
        let checked = verify(&read::read_text(path)?, context);
        match (checked.outcome.is_valid(), checked.submission, checked.hash) {
            (true, Some(submission), Some(hash)) => submissions.push((submission, hash)),
            _ => {
                return Err(CliError::Appraise {
                    path: path.clone(),
                    reason: checked.outcome.describe(Lang::Vi),
                })
            }
        }
    }
    Ok((framework, submissions))
}

pub fn export(
    out: &mut dyn Write,
    inputs: &Inputs<'_>,
    csv_path: &Path,
    lang: Lang,
) -> Result<ExitCode, CliError> {
    let (framework, submissions) = load(inputs)?;
    let rows: Vec<Vec<String>> = submissions
        .iter()
        .flat_map(|(s, hash)| sheet::rows(&framework, &s.payload, hash))
        .collect();
    let is_xlsx = csv_path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    let bytes = if is_xlsx {
        sheet::to_xlsx(&rows, &now_utc()[..10]).map_err(|e| e.to_string())
    } else {
        sheet::to_csv(&rows).map_err(|e| e.to_string())
    }
    .map_err(|e| CliError::Write {
        path: csv_path.to_path_buf(),
        source: std::io::Error::other(e),
    })?;
    std::fs::write(csv_path, bytes).map_err(|source| CliError::Write {
        path: csv_path.to_path_buf(),
        source,
    })?;
    let line = text::EXPORTED.fill(
        lang,
        &[
            ("file", &name(csv_path)),
            ("units", &submissions.len().to_string()),
            ("rows", &rows.len().to_string()),
        ],
    );
    writeln!(out, "{line}").map_err(CliError::Output)?;
    Ok(ExitCode::SUCCESS)
}

pub fn sign(
    out: &mut dyn Write,
    inputs: &Inputs<'_>,
    args: &SignArgs<'_>,
    lang: Lang,
) -> Result<ExitCode, CliError> {
    let (framework, submissions) = load(inputs)?;
    let key = office_key(args.key)?;
    let sheet_bytes = read::read_bytes(args.sheet, par_sheet::MAX_FILE_BYTES)?;
    let created_at = match args.created_at {
        Some(at) => at.to_string(),
        None => now_utc(),
    };
    let stop = |path: &Path, reason: String| CliError::Appraise {
        path: path.to_path_buf(),
        reason,
    };
    std::fs::create_dir_all(args.out).map_err(|source| CliError::Write {
        path: args.out.to_path_buf(),
        source,
    })?;
    let rows = sheet::read_rows(&sheet_bytes).map_err(|reason| stop(args.sheet, reason))?;
    for (submission, hash) in &submissions {
        let payload = &submission.payload;
        let decisions = sheet::decisions(&rows, &framework, payload, hash)
            .map_err(|reason| stop(args.sheet, reason))?;
        if !decisions.requests.is_empty() && args.deadline.is_none() {
            return Err(stop(
                args.sheet,
                "có yêu cầu giải trình: cần --deadline (hạn giải trình, dạng 2026-01-20T10:00:00Z)"
                    .into(),
            ));
        }
        let scored = par_core::score_appraised(&framework, &payload.answers, &decisions.office);
        if let Some(bad) = scored
            .problems
            .iter()
            .find(|p| p.kind == ProblemKind::OfficeEntryInvalid)
        {
            return Err(stop(args.sheet, format!("tiêu chí {}: điểm thẩm định không dùng được (ngoài khoảng, hoặc tiêu chí đơn vị khai không áp dụng mà chưa ghi x ở cột không chấp nhận)", par_core::one_line(&bad.code))));
        }
        // Unique per file and reproducible: the sheet, the submission, the key and the time.
        let id = sha256_hex(
            &[
                format!("{hash}{}{created_at}", key.key_id()).as_bytes(),
                &sheet_bytes,
            ]
            .concat(),
        )[..32]
            .to_string();
        let draft = AppraisalDraft {
            office: decisions.office,
            remarks: decisions.remarks,
            requests: decisions.requests,
            explanation_deadline: args.deadline.map(str::to_string),
            explanation: args.explanation.map(str::to_string),
        };
        let known = KnownSubmission { payload, hash };
        let appraisal_payload = AppraisalPayload::new(
            &framework,
            known,
            args.round,
            draft,
            (id, created_at.clone()),
        );
        let appraisal = Appraisal::sign(appraisal_payload, &key);
        let round = match args.round {
            Round::First => "v1",
            Round::Final => "cuoi",
        };
        let path = args.out.join(format!(
            "TD-{}-{}-{round}.json",
            payload.period.year, payload.unit.code
        ));
        // Checked as the unit will check it before anything is written.
        let checked = par_core::appraisal::verify_appraisal(
            &appraisal.to_json(),
            par_core::appraisal::RoundContext {
                framework: Some(&framework),
                submission: Some(known),
                ..Default::default()
            },
        );
        if !checked.outcome.is_valid() {
            return Err(stop(&path, checked.outcome.describe(Lang::Vi)));
        }
        std::fs::write(&path, appraisal.to_json()).map_err(|source| CliError::Write {
            path: path.clone(),
            source,
        })?;
        let line = text::SIGNED.fill(
            lang,
            &[
                ("file", &name(&path)),
                ("unit", &par_core::one_line(&payload.unit.name)),
                ("total", &appraisal.payload.scores.total.format_points(lang)),
                (
                    "index",
                    &appraisal
                        .payload
                        .scores
                        .index_percent
                        .map_or("—".into(), |i| i.format_points(lang)),
                ),
                ("key", &key.key_id()),
            ],
        );
        writeln!(out, "{line}").map_err(CliError::Output)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The office's signing key: the passphrase-protected backup the office app downloads
/// (`par-key-backup/1`; the passphrase from `PAR_KEY_PASSPHRASE`, or one line on standard
/// input), or a file holding its 32 secret bytes as 64 hex characters.
fn office_key(path: &Path) -> Result<UnitKey, CliError> {
    let text = read::read_text(path)?;
    let refuse = |reason: String| CliError::Appraise {
        path: path.to_path_buf(),
        reason,
    };
    if text.trim_start().starts_with('{') {
        let passphrase = match std::env::var("PAR_KEY_PASSPHRASE") {
            Ok(passphrase) => passphrase,
            Err(_) => {
                eprint!("Cụm mật khẩu của khóa / the key's passphrase: ");
                let mut line = String::new();
                std::io::stdin()
                    .read_line(&mut line)
                    .map_err(|e| refuse(e.to_string()))?;
                line.trim_end_matches(['\r', '\n']).to_string()
            }
        };
        return restore_key(&text, &passphrase).map_err(|e| refuse(e.message(Lang::Vi)));
    }
    let secret = hex_bytes::<32>(text.trim()).ok_or_else(|| {
        refuse("tệp khóa phải là tệp sao lưu khóa (par-key-backup/1) hoặc chứa đúng 64 ký tự hex (32 byte khóa bí mật)".into())
    })?;
    Ok(UnitKey::from_secret(secret))
}

/// Now, RFC 3339 in UTC, to the second.
fn now_utc() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs()) as i64;
    let (days, rest) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    let (year, month, day) = par_core::input::civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}
