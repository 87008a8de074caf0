//! Where a file differs from the same submission written back from its types: the check that
//! a valid file is in exactly the form the app writes.

use serde_json::Value;

use crate::escape::one_line;

/// The first place two JSON trees differ.
pub(super) struct Difference {
    /// `payload.unit.name`, `payload.scores.leaves[3]`…
    pub path: String,
    /// What the file has there, in a few words.
    pub written: String,
    /// What the app writes there.
    pub expected: String,
}

/// The first difference between what the file has (`written`) and what the app writes
/// (`expected`), objects compared key by key in order, arrays element by element.
pub(super) fn first_difference(written: &Value, expected: &Value) -> Option<Difference> {
    difference_at(String::new(), written, expected)
}

fn difference_at(path: String, written: &Value, expected: &Value) -> Option<Difference> {
    if written == expected {
        return None;
    }
    let child = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{}", one_line(key))
        }
    };
    match (written, expected) {
        (Value::Object(have), Value::Object(want)) => {
            for (key, value) in want {
                match have.get(key) {
                    Some(have) => {
                        if let Some(found) = difference_at(child(key), have, value) {
                            return Some(found);
                        }
                    }
                    None => return Some(at(child(key), None, Some(value))),
                }
            }
            have.iter()
                .find(|(key, _)| !want.contains_key(*key))
                .map(|(key, value)| at(child(key), Some(value), None))
        }
        (Value::Array(have), Value::Array(want)) if have.len() == want.len() => have
            .iter()
            .zip(want)
            .enumerate()
            .find_map(|(i, (have, want))| difference_at(format!("{path}[{i}]"), have, want)),
        _ => Some(at(path, Some(written), Some(expected))),
    }
}

fn at(path: String, written: Option<&Value>, expected: Option<&Value>) -> Difference {
    Difference {
        path: if path.is_empty() {
            crate::json::WHOLE_FILE.into()
        } else {
            path
        },
        written: written.map_or_else(|| "(không có trường này)".into(), words),
        expected: expected.map_or_else(|| "(không có trường này)".into(), words),
    }
}

/// A value in a few words: its text for a number, a string or a literal; its kind otherwise.
fn words(value: &Value) -> String {
    match value {
        Value::Object(_) => "một đối tượng {…}".into(),
        Value::Array(items) => format!("một danh sách {} phần tử […]", items.len()),
        Value::String(text) => {
            let shown: String = text.chars().take(40).collect();
            let cut = if text.chars().count() > 40 { "…" } else { "" };
            format!("chuỗi “{}{cut}”", one_line(&shown))
        }
        other => one_line(&other.to_string()).into_owned(),
    }
}
