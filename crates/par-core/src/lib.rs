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
pub mod changes;
pub mod decimal;
pub mod describe;
pub mod draft;
pub mod framework;
pub mod input;
pub mod lang;
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
pub use framework::Framework;
pub use lang::{Lang, Text};
pub use score::{score, score_appraised, ScoreSheet};
pub use unit::UnitInfo;

/// Version of this crate, recorded in submissions.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Why a JSON document could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JsonError {
    /// Not JSON at all, or cut short.
    #[error("Tệp không phải JSON hợp lệ (dòng {line}, cột {column}): {detail}")]
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    /// Valid JSON whose content does not fit the format.
    #[error("Tại {location}: {message}")]
    Content { location: String, message: String },
}

/// Why a criteria set could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Json(#[from] JsonError),
    #[error("Bộ tiêu chí có {} lỗi", .0.len())]
    Invalid(Vec<validate::SetProblem>),
}

/// Parses JSON into `T`, reporting where in the document a problem is, in Vietnamese: by JSON path
/// with the `json-paths` feature, otherwise by line and column.
pub fn parse_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    #[cfg(feature = "json-paths")]
    let value = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| json_error(error.path().to_string(), error.into_inner()))?;
    #[cfg(not(feature = "json-paths"))]
    let value = T::deserialize(&mut deserializer).map_err(|error| {
        let location = format!("dòng {}, cột {}", error.line(), error.column());
        json_error(location, error)
    })?;
    deserializer
        .end()
        .map_err(|error| json_error(String::new(), error))?;
    Ok(value)
}

fn json_error(location: String, error: serde_json::Error) -> JsonError {
    let message = translate_serde_message(&error);
    if error.is_data() {
        let location = match location.as_str() {
            "" | "." => "(toàn tệp)".to_string(),
            _ => location,
        };
        JsonError::Content { location, message }
    } else {
        JsonError::Syntax {
            line: error.line(),
            column: error.column(),
            detail: message,
        }
    }
}

/// serde's messages are English and technical; say the common ones in Vietnamese.
fn translate_serde_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let text = text.split(" at line ").next().unwrap_or(&text).to_string();
    let quoted = |s: &str| s.split('`').nth(1).unwrap_or("").to_string();
    if text.starts_with("unknown field") {
        format!(
            "trường “{}” không có trong định dạng (viết sai tên, hoặc tệp thuộc loại khác)",
            quoted(&text)
        )
    } else if text.starts_with("missing field") {
        format!("thiếu trường bắt buộc “{}”", quoted(&text))
    } else if text.starts_with("unknown variant") {
        let allowed: Vec<&str> = text
            .split("expected ")
            .nth(1)
            .unwrap_or("")
            .split('`')
            .skip(1)
            .step_by(2)
            .collect();
        format!(
            "giá trị “{}” không hợp lệ; chỉ nhận: {}",
            quoted(&text),
            allowed.join(", ")
        )
    } else if text.starts_with("invalid type") {
        format!("sai kiểu dữ liệu ({text})")
    } else if error.is_eof() {
        "tệp bị cắt ngang, chưa kết thúc".into()
    } else {
        syntax_in_vietnamese(&text).map_or(text, str::to_string)
    }
}

/// The JSON syntax errors a hand-edited or damaged file produces, in plain words.
fn syntax_in_vietnamese(text: &str) -> Option<&'static str> {
    const KNOWN: [(&str, &str); 10] = [
        (
            "expected value",
            "không đọc được giá trị (tệp không phải JSON, hoặc có ký tự lạ)",
        ),
        (
            "trailing characters",
            "có ký tự thừa sau phần kết thúc của tệp",
        ),
        ("trailing comma", "có dấu phẩy thừa trước dấu đóng ngoặc"),
        ("expected `,` or `}`", "thiếu dấu phẩy hoặc dấu “}”"),
        ("expected `,` or `]`", "thiếu dấu phẩy hoặc dấu “]”"),
        ("expected `:`", "thiếu dấu hai chấm sau tên trường"),
        (
            "key must be a string",
            "tên trường phải đặt trong dấu ngoặc kép",
        ),
        ("control character", "có ký tự điều khiển trong chuỗi"),
        ("number out of range", "có số quá lớn"),
        ("recursion limit exceeded", "tệp lồng nhau quá sâu"),
    ];
    KNOWN
        .iter()
        .find(|(english, _)| text.starts_with(english))
        .map(|(_, vietnamese)| *vietnamese)
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
