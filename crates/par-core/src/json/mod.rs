//! The one reader of every file the product takes in: criteria sets, answers, submissions,
//! drafts, backups, keyrings and key backups all go through [`parse_json`] or [`parse_value`],
//! so each rule below holds for all of them:
//!
//! - a file larger than [`MAX_FILE_BYTES`] is refused before it is parsed;
//! - a byte-order mark in front (Windows Notepad) is dropped;
//! - a key written twice in one object is refused (RFC 8785 and I-JSON forbid it; serde_json
//!   would keep the last, another reader the first);
//! - a number that would not read back exactly from the canonical form is refused (an integer
//!   beyond 2^53, more digits than a double holds);
//! - a structure written as a JSON array instead of an object is refused ([`parse_json`]);
//! - every error is a Vietnamese sentence with its place in the file ([`messages`]).

mod messages;
pub(crate) mod scan;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::lang::{whole_number, Lang};

/// The largest file any reader accepts: 4 MiB. A real submission of a 100-item set with
/// every document cited is about 100 KB, a criteria set under 100 KB, a keyring of every
/// commune of a province a few tens of KB; the limit keeps a hostile file from costing the
/// office more than a fraction of a second or a few tens of MB of memory.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// The byte-order mark Windows Notepad puts in front of files it saves as UTF-8. JSON does not
/// allow it, but it says nothing about the content, so it is dropped rather than refused.
const BYTE_ORDER_MARK: char = '\u{feff}';

/// Why a JSON document could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JsonError {
    /// Not JSON at all, cut short, or JSON the formats forbid (a key written twice, a number
    /// that cannot be read exactly), at a line and column.
    #[error("Tệp không phải JSON hợp lệ (dòng {line}, cột {column}): {detail}")]
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    /// Valid JSON whose content does not fit the format; `location` is a JSON path, a line and
    /// column, or "(toàn tệp)" for the whole file (e.g. too large).
    #[error("Tại {location}: {message}")]
    Content { location: String, message: String },
}

/// The place of a problem that concerns the file as a whole.
pub const WHOLE_FILE: &str = "(toàn tệp)";

/// `text` without a leading byte-order mark.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix(BYTE_ORDER_MARK).unwrap_or(text)
}

/// Refuses a file over [`MAX_FILE_BYTES`]; callers reading from disk check the size before
/// reading with the same limit.
pub fn check_size(bytes: usize) -> Result<(), JsonError> {
    if bytes <= MAX_FILE_BYTES {
        return Ok(());
    }
    Err(JsonError::Content {
        location: WHOLE_FILE.into(),
        message: too_large_message(bytes as u64),
    })
}

/// Why a file of `bytes` bytes is refused, in Vietnamese.
pub fn too_large_message(bytes: u64) -> String {
    format!(
        "tệp dài {} byte, quá giới hạn {} byte của mọi tệp (một hồ sơ thật chỉ khoảng 100 KB); \
         hãy kiểm tra đã chọn đúng tệp",
        whole_number(bytes, Lang::Vi),
        whole_number(MAX_FILE_BYTES as u64, Lang::Vi)
    )
}

/// Parses JSON into `T` under every rule of this module, reporting where a problem is, in
/// Vietnamese: by JSON path with the `json-paths` feature, otherwise by line and column.
pub fn parse_json<T: DeserializeOwned + Serialize>(text: &str) -> Result<T, JsonError> {
    let text = checked(text)?;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    #[cfg(feature = "json-paths")]
    let value = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| messages::json_error(error.path().to_string(), error.into_inner()))?;
    #[cfg(not(feature = "json-paths"))]
    let value = T::deserialize(&mut deserializer).map_err(|error| {
        let location = format!("dòng {}, cột {}", error.line(), error.column());
        messages::json_error(location, error)
    })?;
    deserializer
        .end()
        .map_err(|error| messages::json_error(String::new(), error))?;
    refuse_arrays_for_objects(text, &value)?;
    Ok(value)
}

/// `T` read from a tree [`parse_value`] gave, with the problem's place in the message: its JSON
/// path where the build keeps paths (`json-paths`, the `par` command); the web apps say what is
/// wrong without a place rather than carry a second reader of every signed type (reading the
/// text again for a line and column doubled the code of each type in the download).
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, JsonError> {
    match T::deserialize(value) {
        Ok(typed) => Ok(typed),
        #[cfg(feature = "json-paths")]
        Err(_) => match serde_path_to_error::deserialize::<_, T>(value) {
            Ok(typed) => Ok(typed),
            Err(error) => Err(messages::json_error(
                error.path().to_string(),
                error.into_inner(),
            )),
        },
        #[cfg(not(feature = "json-paths"))]
        Err(error) => Err(messages::json_error(String::new(), error)),
    }
}

/// Parses any JSON under every rule of this module (size, duplicate keys, exact numbers), for
/// readers that look at the tree before choosing a type (submissions, drafts, backups).
pub fn parse_value(text: &str) -> Result<Value, JsonError> {
    let text = checked(text)?;
    serde_json::from_str(text).map_err(|error| messages::json_error(String::new(), error))
}

/// `text` without its byte-order mark, once its size, keys and numbers are checked: for a
/// reader that parses the text itself after these checks.
pub fn checked(text: &str) -> Result<&str, JsonError> {
    check_size(text.len())?;
    let text = strip_bom(text);
    match scan::scan(text) {
        None => Ok(text),
        Some(found) => {
            let (line, column) = line_and_column(text, found.offset);
            Err(JsonError::Syntax {
                line,
                column,
                detail: messages::found_message(&found.kind),
            })
        }
    }
}

/// serde reads a structure written as an array (`["00004", "UBND xã …"]`) by position; no
/// file of ours is written so, and a reader that goes by names would see nothing there.
fn refuse_arrays_for_objects<T: Serialize>(text: &str, value: &T) -> Result<(), JsonError> {
    if !text.contains('[') {
        return Ok(());
    }
    let (Ok(written), Ok(typed)) = (
        serde_json::from_str::<Value>(text),
        serde_json::to_value(value),
    ) else {
        return Ok(());
    };
    match array_for_object(&written, &typed) {
        None => Ok(()),
        Some(location) => Err(JsonError::Content {
            location: if location.is_empty() {
                WHOLE_FILE.into()
            } else {
                location
            },
            message: messages::ARRAY_FOR_OBJECT.into(),
        }),
    }
}

/// The path of the first place where `typed` has an object and `written` an array.
pub(crate) fn array_for_object(written: &Value, typed: &Value) -> Option<String> {
    let mut steps = Vec::new();
    array_at(written, typed, &mut steps).then(|| {
        steps
            .iter()
            .rev()
            .fold(String::new(), |path, step| match step {
                Step::Key(key) if path.is_empty() => key.to_string(),
                Step::Key(key) => format!("{path}.{key}"),
                Step::Index(i) => format!("{path}[{i}]"),
            })
    })
}

enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// Whether there is such a place below; its path is pushed innermost first on the way out
/// (only then, so a file without one costs no allocation).
fn array_at<'a>(written: &'a Value, typed: &'a Value, steps: &mut Vec<Step<'a>>) -> bool {
    match (written, typed) {
        (Value::Array(_), Value::Object(_)) => true,
        (Value::Object(written), Value::Object(typed)) => typed.iter().any(|(key, typed)| {
            let found = written
                .get(key)
                .is_some_and(|written| array_at(written, typed, steps));
            if found {
                steps.push(Step::Key(key));
            }
            found
        }),
        (Value::Array(written), Value::Array(typed)) => {
            written
                .iter()
                .zip(typed)
                .enumerate()
                .any(|(i, (written, typed))| {
                    let found = array_at(written, typed, steps);
                    if found {
                        steps.push(Step::Index(i));
                    }
                    found
                })
        }
        _ => false,
    }
}

/// Line and column (both from 1, the column in characters) of a byte offset.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize, serde::Serialize)]
    #[serde(deny_unknown_fields)]
    struct Unit {
        code: String,
        name: String,
    }

    #[test]
    fn a_duplicate_key_is_refused_with_its_place() {
        let error =
            parse_json::<Unit>("{\"code\": \"00004\",\n  \"code\": \"00007\"}").unwrap_err();
        let JsonError::Syntax {
            line,
            column,
            detail,
        } = error
        else {
            panic!("{error:?}")
        };
        assert_eq!((line, column), (2, 3));
        assert!(detail.contains("“code”"), "{detail}");
        assert!(parse_value("[{\"a\": 1, \"a\": 1}]").is_err());
    }

    #[test]
    fn a_structure_written_as_an_array_is_refused() {
        let error =
            parse_json::<Vec<Unit>>(r#"[{"code": "1", "name": "a"}, ["2", "b"]]"#).unwrap_err();
        assert_eq!(
            error,
            JsonError::Content {
                location: "[1]".into(),
                message: messages::ARRAY_FOR_OBJECT.into()
            }
        );
    }

    #[test]
    fn a_file_over_the_limit_is_refused_before_parsing() {
        let text = format!("\"{}\"", "a".repeat(MAX_FILE_BYTES));
        let error = parse_value(&text).unwrap_err();
        assert!(
            error.to_string().contains("quá giới hạn 4.194.304 byte"),
            "{error}"
        );
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        let unit: Unit = parse_json("\u{feff}{\"code\": \"1\", \"name\": \"a\"}").unwrap();
        assert_eq!(unit.code, "1");
    }
}
