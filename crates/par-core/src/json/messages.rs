//! serde's and serde_json's messages are English and technical (`invalid type: sequence,
//! expected struct Payload`); every one is said here in Vietnamese, and whatever is not
//! recognised becomes a plain Vietnamese sentence rather than leaking through. Values quoted
//! from the file are shown through [`one_line`].

use super::scan::FoundKind;
use super::{JsonError, WHOLE_FILE};
use crate::escape::one_line;

pub(super) const ARRAY_FOR_OBJECT: &str =
    "ở đây phải là một đối tượng {…} có tên từng trường, không phải một danh sách […]; \
     tệp không do ứng dụng ghi ra: hãy xuất lại tệp từ ứng dụng";

/// A serde_json error, located at `location` (a JSON path or a line and column).
pub(super) fn json_error(location: String, error: serde_json::Error) -> JsonError {
    let message = translate(&error);
    if error.is_data() {
        let location = match location.as_str() {
            "" | "." => WHOLE_FILE.to_string(),
            _ => one_line(&location).into_owned(),
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

pub(super) fn found_message(found: &FoundKind) -> String {
    match found {
        FoundKind::DuplicateKey(key) => format!(
            "trường “{}” được ghi hai lần trong cùng một đối tượng; mỗi trường chỉ được ghi một \
             lần (chương trình khác có thể đọc giá trị kia): tệp đã bị sửa, hãy xin lại tệp gốc",
            one_line(key)
        ),
        FoundKind::InexactNumber(number) => format!(
            "số {} quá lớn hoặc có quá nhiều chữ số để đọc chính xác (tối đa 15 chữ số, số \
             nguyên tối đa 9.007.199.254.740.992); tệp không do ứng dụng ghi ra: hãy xin lại tệp \
             xuất từ ứng dụng",
            one_line(number)
        ),
    }
}

fn translate(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let text = text.split(" at line ").next().unwrap_or(&text);
    let quoted = |s: &str| one_line(s.split('`').nth(1).unwrap_or("")).into_owned();
    if let Some(rest) = text.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!(
            "sai kiểu dữ liệu: ở đây cần {}, nhưng tệp ghi {}",
            expected_text(expected),
            found_text(found)
        );
    }
    if let Some(rest) = text.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!(
            "giá trị {} không dùng được ở đây: cần {}",
            found_text(found),
            expected_text(expected)
        );
    }
    if text.starts_with("invalid length") {
        return if text.contains("expected struct") {
            ARRAY_FOR_OBJECT.into()
        } else {
            "danh sách có số phần tử không đúng với định dạng".into()
        };
    }
    if text.starts_with("unknown field") {
        return format!(
            "trường “{}” không có trong định dạng (viết sai tên, hoặc tệp thuộc loại khác)",
            quoted(text)
        );
    }
    if text.starts_with("missing field") {
        return format!("thiếu trường bắt buộc “{}”", quoted(text));
    }
    if text.starts_with("duplicate field") {
        return format!(
            "trường “{}” được ghi hai lần; mỗi trường chỉ được ghi một lần",
            quoted(text)
        );
    }
    if text.starts_with("unknown variant") {
        let allowed: Vec<&str> = text
            .split("expected ")
            .nth(1)
            .unwrap_or("")
            .split('`')
            .skip(1)
            .step_by(2)
            .collect();
        return format!(
            "giá trị “{}” không hợp lệ; chỉ nhận: {}",
            quoted(text),
            allowed.join(", ")
        );
    }
    if error.is_eof() {
        return "tệp bị cắt ngang, chưa kết thúc".into();
    }
    if let Some(vietnamese) = syntax_in_vietnamese(text) {
        return vietnamese.into();
    }
    // Our own types (Decimal, hex, dates) write Vietnamese messages: keep those.
    if is_vietnamese(text) {
        return one_line(text).into_owned();
    }
    "nội dung ở chỗ này không đúng định dạng của tệp".into()
}

/// serde's description of what the file holds ("integer `5`", "sequence").
fn found_text(found: &str) -> String {
    let value = || one_line(found.split('`').nth(1).unwrap_or("")).into_owned();
    if found == "null" || found == "unit value" {
        "null".into()
    } else if found.starts_with("boolean") {
        format!("giá trị {}", value())
    } else if found.starts_with("integer") || found.starts_with("floating point") {
        format!("số {}", value())
    } else if let Some(string) = found.strip_prefix("string ") {
        format!("chuỗi {}", one_line(string))
    } else if found == "sequence" {
        "một danh sách […]".into()
    } else if found == "map" {
        "một đối tượng {…}".into()
    } else {
        "một giá trị khác".into()
    }
}

/// serde's description of what the type wants ("struct Payload", "u32", "a sequence").
fn expected_text(expected: &str) -> &'static str {
    let unsigned = ["u8", "u16", "u32", "u64", "u128", "usize"];
    let signed = ["i8", "i16", "i32", "i64", "i128", "isize"];
    match expected {
        e if e.starts_with("struct ") || e == "a map" || e == "map" => "một đối tượng {…}",
        e if e.contains("sequence") || e.starts_with("tuple") => "một danh sách […]",
        "a string" | "string" | "a borrowed string" => "một chuỗi trong dấu ngoặc kép",
        "a boolean" | "bool" => "true hoặc false",
        e if unsigned.contains(&e) => "một số nguyên không âm, không quá lớn",
        e if signed.contains(&e) => "một số nguyên không quá lớn",
        e if e.starts_with("a number") => "một số (tối đa 4 chữ số thập phân)",
        e if e.contains("enum") => "một trong các giá trị định dạng cho phép",
        _ => "một giá trị khác",
    }
}

/// Whether a message already has Vietnamese letters (one of our own types wrote it).
fn is_vietnamese(text: &str) -> bool {
    text.chars()
        .any(|c| "ăâđêôơưĂÂĐÊÔƠƯ".contains(c) || ('\u{1ea0}'..='\u{1ef9}').contains(&c))
}

/// The JSON syntax errors a hand-edited or damaged file produces, in plain words.
fn syntax_in_vietnamese(text: &str) -> Option<&'static str> {
    const KNOWN: [(&str, &str); 16] = [
        (
            "expected value",
            "không đọc được giá trị (tệp không phải JSON, hoặc có ký tự lạ)",
        ),
        (
            "expected ident",
            "giá trị viết sai (chỉ nhận số, chuỗi trong ngoặc kép, true, false, null)",
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
        ("invalid number", "có số viết sai"),
        ("invalid escape", "có ký tự thoát (\\) viết sai trong chuỗi"),
        (
            "invalid unicode code point",
            "có mã ký tự \\u không hợp lệ trong chuỗi",
        ),
        (
            "lone leading surrogate",
            "có mã ký tự \\u không hợp lệ trong chuỗi",
        ),
        (
            "unexpected end of hex escape",
            "có mã ký tự \\u viết thiếu trong chuỗi",
        ),
        ("recursion limit exceeded", "tệp lồng nhau quá sâu"),
    ];
    KNOWN
        .iter()
        .find(|(english, _)| text.starts_with(english))
        .map(|(_, vietnamese)| *vietnamese)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
        translate(&serde_json::from_str::<T>(text).unwrap_err())
    }

    #[test]
    fn serde_messages_are_said_in_vietnamese() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Payload {
            revision: u32,
        }
        let cases = [
            message::<Payload>("[\"x\"]"),
            message::<Payload>("{\"revision\": -1}"),
            message::<Payload>("{\"revision\": 99999999999}"),
            message::<Payload>("{\"revision\": \"1\"}"),
            message::<Payload>("5"),
            message::<Vec<u8>>("{}"),
            message::<Payload>("{\"revision\": 1, \"revision\": 2}"),
            message::<Payload>("{\"revision\": tru}"),
            message::<Payload>("{\"revision\": 1 2}"),
        ];
        for text in cases {
            assert!(
                !["expected", "invalid", "struct", "sequence", "integer", "`"]
                    .iter()
                    .any(|english| text.contains(english)),
                "{text}"
            );
        }
    }
}
