//! `par-core`: the criteria-set model, exact scoring and submissions for the commune self-assessment
//! of Vietnam's PAR Index (*Chỉ số cải cách hành chính*). Pure Rust, no web dependencies: the browser
//! app, the `par` command and the tests all score with this crate, so a score computed by a commune is
//! recomputed identically by the office.
//!
//! # Flow
//! [`load_framework`] parses and [validates](validate::validate) a criteria set; [`score::score`]
//! turns [`Answers`] into a [`ScoreSheet`]; [`rank::dense_rank`] ranks units.
//!
//! # Numbers and rounding
//! All points and percentages are [`Decimal`]s: exact, four fractional digits, never floating point.
//! - Each leaf score is rounded half away from zero to the set's `decimals` (default 2): 2/3 of a
//!   point is 0,67; a proportional band of 1 point at 97,5% gives 0,98 (0,975 rounds up).
//! - Band edges compare the exact percentage: 79 of 99 dossiers (79,797…%) is below an 80% bound.
//! - Criterion, field and total scores are exact sums of the rounded leaf scores.
//! - Index (%) = total ÷ applicable maximum × 100, rounded half away from zero to 2 decimals.

pub mod answers;
pub mod appraisal;
pub mod changes;
pub mod decimal;
pub mod describe;
pub mod draft;
pub mod escape;
pub mod export_check;
pub mod framework;
pub mod input;
pub mod json;
pub mod lang;
pub mod office;
pub mod pages;
pub mod problems;
pub mod rank;
pub mod rule;
pub mod score;
pub mod submission;
pub mod unit;
pub mod validate;

pub use answers::{Answer, AnswerValue, Answers, EvidenceRef};
pub use decimal::Decimal;
pub use escape::one_line;
pub use framework::Framework;
pub use json::{parse_json, parse_value, JsonError};
pub use lang::{Lang, Text};
pub use score::{score, score_appraised, ScoreSheet};
pub use unit::UnitInfo;

/// Version of this crate, recorded in submissions.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Why a criteria set could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Json(#[from] JsonError),
    #[error("Bộ tiêu chí có {} lỗi", .0.len())]
    Invalid(Vec<validate::SetProblem>),
}

/// Parses and validates a criteria set.
pub fn load_framework(text: &str) -> Result<Framework, LoadError> {
    let framework: Framework = parse_json(text)?;
    let problems = validate::validate(&framework);
    if problems.is_empty() {
        Ok(framework)
    } else {
        Err(LoadError::Invalid(problems))
    }
}
