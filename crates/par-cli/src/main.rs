//! `par`: the command for appraising offices and automation, on top of `par-core`.
//!
//! Exit codes, the same for every command: 0 the answer is yes (every file valid); 1 the
//! command ran and something it checked failed; 2 the command could not run (bad arguments, a
//! missing or invalid keyring or criteria set, output that could not be written).

mod cmd;
mod error;
mod output;
mod printer;
mod read;
mod replace_file;
mod texts;

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use par_core::Lang;

/// See Cargo.toml: a quarter less time per verified file than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "par",
    version,
    about = "Chỉ số CCHC: kiểm tra bộ tiêu chí, chấm điểm, xác minh hồ sơ"
)]
struct Cli {
    /// Language of messages: vi (default) or en.
    #[arg(long, global = true, default_value = "vi", value_parser = parse_lang)]
    lang: Lang,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Criteria sets (bộ tiêu chí).
    Framework {
        #[command(subcommand)]
        command: FrameworkCommand,
    },
    /// Score an answers file against a criteria set and print the score table.
    Score {
        /// The criteria-set JSON file.
        #[arg(long)]
        framework: PathBuf,
        /// The answers JSON file.
        answers: PathBuf,
        /// Print the full score sheet as JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Verify signed submission files: signature, registered key, criteria set and scores.
    Verify {
        /// Submission files, or folders of them (every *.json directly inside).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The office's keyring (units' registered public keys); without it the sender of a
        /// file is not verified.
        #[arg(long, visible_alias = "keyring", value_name = "KEYRING")]
        keys: Option<PathBuf>,
        /// Criteria sets accepted: files, or folders of them; repeatable; at least one needed.
        #[arg(long)]
        framework: Vec<PathBuf>,
        /// An appraising office's key id (XXXX-XXXX-XXXX-XXXX) accepted for appraisals and
        /// final results, when the criteria set names none; repeatable.
        #[arg(long = "office-key", value_name = "KEY_ID")]
        office_keys: Vec<String>,
    },
    /// The board (who sent a valid file, who was refused and why, who has not submitted) and
    /// the ranking of units, verified as `par verify` does; exports as CSV and XLSX.
    Rank {
        /// Submission files, or folders of them (every *.json directly inside).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The office's keyring (units' registered public keys).
        #[arg(long, visible_alias = "keyring", value_name = "KEYRING")]
        keys: PathBuf,
        /// The criteria set the units were scored on.
        #[arg(long, value_name = "SET")]
        framework: PathBuf,
        /// The province's list of expected units (CSV or XLSX: code and name).
        #[arg(long, value_name = "UNITS")]
        units: Option<PathBuf>,
        /// Write the ranking as CSV (UTF-8 with BOM), and the per-item matrix beside it
        /// (NAME-tung-tieu-chi.csv).
        #[arg(long, value_name = "OUT")]
        csv: Option<PathBuf>,
        /// Write the ranking and the per-item matrix as one XLSX workbook.
        #[arg(long, value_name = "OUT")]
        xlsx: Option<PathBuf>,
    },
    /// The office's register of unit public keys.
    Keys {
        /// The keyring file (before or after add/list).
        #[arg(long, global = true, default_value = "keyring.json")]
        keyring: PathBuf,
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// The appraisal sheet (CSV or XLSX) of verified submissions, and signed appraisals made
    /// from it.
    Appraise {
        #[command(subcommand)]
        command: AppraiseCommand,
    },
    /// Write the JSON Schemas of the file formats, or check that the written ones are current.
    Schema {
        /// Folder to write to (or to compare with, with --check).
        #[arg(long, default_value = "frameworks/schema")]
        out: PathBuf,
        /// Compare instead of writing; exit 1 if any schema differs.
        #[arg(long)]
        check: bool,
    },
}

#[derive(clap::Args)]
struct AppraiseInputs {
    /// The criteria set the submissions used.
    #[arg(long)]
    framework: PathBuf,
    /// The office's keyring: each submission's sender is checked when given.
    #[arg(long, visible_alias = "keyring", value_name = "KEYRING")]
    keys: Option<PathBuf>,
    /// Submission files to appraise.
    #[arg(required = true)]
    submissions: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum AppraiseCommand {
    /// Write the appraisal sheet: one row per unit and item, self score beside an empty
    /// appraised column.
    Export {
        #[command(flatten)]
        inputs: AppraiseInputs,
        /// The sheet to write: XLSX when its name ends in .xlsx, otherwise CSV (UTF-8).
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Read the filled sheet and write one signed appraisal (par-appraisal/1) per submission.
    Sign {
        #[command(flatten)]
        inputs: AppraiseInputs,
        /// The filled appraisal sheet (XLSX or CSV).
        #[arg(long)]
        sheet: PathBuf,
        /// The office's key: its backup from the office app (passphrase from PAR_KEY_PASSPHRASE or
        /// standard input), or a file with the secret as 64 hex characters.
        #[arg(long)]
        key: PathBuf,
        /// `first` (round 1, answered by explanations) or `final`.
        #[arg(long, default_value = "first", value_parser = parse_round)]
        round: par_core::appraisal::Round,
        /// Deadline for explanations, RFC 3339 in UTC (2026-01-20T10:00:00Z); needed with requests.
        #[arg(long)]
        deadline: Option<String>,
        /// Hash of the explanation a final round took into account.
        #[arg(long)]
        explanation: Option<String>,
        /// Creation time to record (RFC 3339 UTC); now when left out.
        #[arg(long)]
        created_at: Option<String>,
        /// Folder to write the appraisal files to.
        #[arg(short, long, default_value = ".")]
        out: PathBuf,
    },
}

fn parse_round(text: &str) -> Result<par_core::appraisal::Round, String> {
    match text {
        "first" | "1" => Ok(par_core::appraisal::Round::First),
        "final" => Ok(par_core::appraisal::Round::Final),
        _ => Err("chỉ nhận first (vòng 1) hoặc final (vòng cuối)".into()),
    }
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Register a unit's public key (64 hex characters, as shown in the unit's app), or the
    /// key of a key registration file made by the unit's app (--file).
    Add {
        /// Administrative unit code (5 digits).
        #[arg(long, required_unless_present = "file", conflicts_with = "file")]
        unit: Option<String>,
        /// The unit's name, for the list.
        #[arg(long, default_value = "", conflicts_with = "file")]
        name: String,
        /// The unit's public key: 64 hex characters (not the key id XXXX-XXXX-XXXX-XXXX).
        #[arg(required_unless_present = "file", conflicts_with = "file")]
        public_key: Option<String>,
        /// A key registration file (par-key-registration/1) from the unit's app.
        #[arg(long, value_name = "REG.json")]
        file: Option<PathBuf>,
        /// Confirm adding another key for a unit that already has one (a key rotation).
        #[arg(long, requires = "file")]
        yes: bool,
    },
    /// List registered keys.
    List,
}

#[derive(Subcommand)]
enum FrameworkCommand {
    /// Check a criteria-set file and list every problem; exit 1 if there is any.
    Check { file: PathBuf },
    /// Read a criteria set from the spreadsheet template (XLSX, or a folder of one CSV per
    /// sheet) and write it as JSON; exit 1, writing nothing, if the spreadsheet has problems.
    Import {
        /// The filled template (.xlsx), or a folder of its sheets saved as CSV.
        spreadsheet: PathBuf,
        /// The criteria-set JSON file to write.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Write a criteria set as the spreadsheet template; without SET, the empty template.
    Export {
        /// The criteria-set JSON file (leave out for the empty template).
        set: Option<PathBuf>,
        /// The XLSX file to write.
        #[arg(long)]
        xlsx: PathBuf,
    },
    /// What changed between two versions of a criteria set, item by item.
    Diff { old: PathBuf, new: PathBuf },
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    match text {
        "vi" => Ok(Lang::Vi),
        "en" => Ok(Lang::En),
        _ => Err("chỉ nhận vi hoặc en".into()),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Buffered: `verify` prints a line per file, thousands of them.
    let mut out = output::QuietPipe::new(BufWriter::new(io::stdout().lock()));
    let outcome = run(&cli, &mut out)
        .and_then(|code| out.flush().map(|()| code).map_err(error::CliError::Output));
    match outcome {
        Ok(code) => code,
        Err(error) => {
            // What was printed before the error still goes out, if it can.
            let _ = out.flush();
            // Not eprintln!, which panics when standard error cannot be written either.
            let _ = writeln!(io::stderr(), "Lỗi: {error}");
            error::could_not_run()
        }
    }
}

fn run(cli: &Cli, out: &mut dyn Write) -> Result<ExitCode, error::CliError> {
    match &cli.command {
        Command::Framework {
            command: FrameworkCommand::Check { file },
        } => cmd::framework::check(out, file, cli.lang),
        Command::Framework {
            command:
                FrameworkCommand::Import {
                    spreadsheet,
                    output,
                },
        } => cmd::sheet::import(out, spreadsheet, output, cli.lang),
        Command::Framework {
            command: FrameworkCommand::Export { set, xlsx },
        } => cmd::sheet::export(out, set.as_deref(), xlsx, cli.lang),
        Command::Framework {
            command: FrameworkCommand::Diff { old, new },
        } => cmd::diff::diff(out, old, new, cli.lang),
        Command::Score {
            framework,
            answers,
            json,
        } => cmd::score::run(out, framework, answers, *json, cli.lang),
        Command::Verify {
            files,
            keys,
            framework,
            office_keys,
        } => {
            let args = cmd::verify::VerifyArgs {
                paths: files,
                keyring: keys.as_deref(),
                frameworks: framework,
                office_keys,
            };
            cmd::verify::run(out, &args, cli.lang)
        }
        Command::Rank {
            files,
            keys,
            framework,
            units,
            csv,
            xlsx,
        } => {
            let args = cmd::rank::RankArgs {
                paths: files,
                keyring: keys,
                framework,
                units: units.as_deref(),
                csv: csv.as_deref(),
                xlsx: xlsx.as_deref(),
            };
            cmd::rank::run(out, &args, cli.lang)
        }
        Command::Keys { keyring, command } => match command {
            KeysCommand::Add {
                file: Some(file),
                yes,
                ..
            } => cmd::keys::add_file(out, keyring, file, *yes, cli.lang),
            KeysCommand::Add {
                unit,
                name,
                public_key,
                ..
            } => {
                let new_key = cmd::keys::NewKey {
                    unit_code: unit.as_deref().unwrap_or_default(),
                    unit_name: name,
                    public_key: public_key.as_deref().unwrap_or_default(),
                };
                cmd::keys::add(out, keyring, &new_key, cli.lang)
            }
            KeysCommand::List => cmd::keys::list(out, keyring, cli.lang),
        },
        Command::Schema { out: folder, check } => cmd::schema::run(out, folder, *check, cli.lang),
        Command::Appraise { command } => appraise(command, out, cli.lang),
    }
}

fn appraise(
    command: &AppraiseCommand,
    out: &mut dyn Write,
    lang: Lang,
) -> Result<ExitCode, error::CliError> {
    match command {
        AppraiseCommand::Export { inputs, output } => {
            cmd::appraise::export(out, &inputs_of(inputs), output, lang)
        }
        AppraiseCommand::Sign {
            inputs,
            sheet,
            key,
            round,
            deadline,
            explanation,
            created_at,
            out: folder,
        } => {
            let args = cmd::appraise::SignArgs {
                sheet,
                key,
                round: *round,
                deadline: deadline.as_deref(),
                explanation: explanation.as_deref(),
                created_at: created_at.as_deref(),
                out: folder,
            };
            cmd::appraise::sign(out, &inputs_of(inputs), &args, lang)
        }
    }
}

fn inputs_of(inputs: &AppraiseInputs) -> cmd::appraise::Inputs<'_> {
    cmd::appraise::Inputs {
        framework: &inputs.framework,
        keyring: inputs.keys.as_deref(),
        submissions: &inputs.submissions,
    }
}
