//! `par schema`: the JSON Schemas of the file formats, generated from the Rust types so they
//! cannot drift from what the code accepts.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::error::CliError;

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
    ]
}

/// Writes (or with `check`, compares) every schema; exit 1 if any written one is stale.
pub fn run(out: &mut dyn Write, folder: &Path, check: bool) -> Result<ExitCode, CliError> {
    let mut stale = Vec::new();
    for (name, text) in schemas() {
        let path = folder.join(name);
        if check {
            if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                stale.push(path);
            }
        } else {
            std::fs::create_dir_all(folder)
                .and_then(|()| std::fs::write(&path, text))
                .map_err(|source| CliError::Write {
                    path: path.clone(),
                    source,
                })?;
            writeln!(out, "Đã ghi {}", path.display()).map_err(CliError::Output)?;
        }
    }
    print_stale(out, &stale).map_err(CliError::Output)?;
    Ok(if stale.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn print_stale(out: &mut dyn Write, stale: &[PathBuf]) -> io::Result<()> {
    for path in stale {
        writeln!(
            out,
            "{} không khớp với kiểu dữ liệu hiện tại; chạy “par schema” để cập nhật.",
            path.display()
        )?;
    }
    Ok(())
}
