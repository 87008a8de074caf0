//! `par schema`: the JSON Schemas of the file formats, generated from the Rust types so they
//! cannot drift from what the code accepts.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use par_core::Lang;

use crate::error::CliError;
use crate::printer::name;
use crate::texts::schema as text;

fn schemas() -> Vec<(&'static str, String)> {
    let pretty = |schema: schemars::Schema| {
        let mut text = serde_json::to_string_pretty(&schema).expect("a schema serialises");
        text.push('\n');
        text
    };
    vec![
        (
            "framework.schema.json",
            pretty(schemars::schema_for!(par_core::Framework)),
        ),
        (
            "answers.schema.json",
            pretty(schemars::schema_for!(par_core::Answers)),
        ),
        (
            "submission.schema.json",
            pretty(schemars::schema_for!(par_core::submission::Submission)),
        ),
        (
            "appraisal.schema.json",
            pretty(titled(
                schemars::schema_for!(par_core::appraisal::Appraisal),
                "Appraisal",
            )),
        ),
        (
            "explanation.schema.json",
            pretty(titled(
                schemars::schema_for!(par_core::appraisal::Explanation),
                "Explanation",
            )),
        ),
        (
            "final.schema.json",
            pretty(titled(
                schemars::schema_for!(par_core::appraisal::FinalResult),
                "FinalResult",
            )),
        ),
        (
            "key-registration.schema.json",
            pretty(schemars::schema_for!(par_core::submission::KeyRegistration)),
        ),
    ]
}

/// The three files of the appraisal round share one generic envelope type, which would
/// otherwise give each schema the same title.
fn titled(mut schema: schemars::Schema, title: &str) -> schemars::Schema {
    schema.insert("title".into(), title.into());
    schema
}

/// Writes (or with `check`, compares) every schema; exit 1 if any written one is stale.
pub fn run(
    out: &mut dyn Write,
    folder: &Path,
    check: bool,
    lang: Lang,
) -> Result<ExitCode, CliError> {
    let mut stale = false;
    for (file, text) in schemas() {
        let path = folder.join(file);
        if check {
            if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                stale = true;
                let line = text::STALE.fill(lang, &[("file", &name(&path))]);
                writeln!(out, "{line}").map_err(CliError::Output)?;
            }
        } else {
            std::fs::create_dir_all(folder)
                .and_then(|()| std::fs::write(&path, text))
                .map_err(|source| CliError::Write {
                    path: path.clone(),
                    source,
                })?;
            let line = text::WRITTEN.fill(lang, &[("file", &name(&path))]);
            writeln!(out, "{line}").map_err(CliError::Output)?;
        }
    }
    Ok(if stale {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
