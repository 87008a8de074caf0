//! A criteria-set file an office picks, whatever it is: the XLSX template or a JSON set. Either
//! becomes a set that passes par-core's validation, or every problem at once, each at its place
//! (a cell `Tiêu chí!D14` for the template, a JSON path `fields[2].criteria[1]` or a line and
//! column for JSON); any other file is said in one sentence. Nothing is produced on failure.

use par_core::json::{JsonError, MAX_FILE_BYTES as MAX_JSON_BYTES, WHOLE_FILE};
use par_core::{Framework, LoadError};

use crate::problem::ImportError;
use crate::xlsx_in::MAX_FILE_BYTES as MAX_XLSX_BYTES;

/// The largest criteria-set file read at all (the template's limit; JSON has its own, lower).
pub const MAX_SET_FILE_BYTES: usize = MAX_XLSX_BYTES;

/// One problem of a set file, at its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetFileProblem {
    /// `Tiêu chí!D14`, `fields[0].criteria[1]`, `dòng 3, cột 7`; empty for the file as a whole.
    pub place: String,
    pub message: String,
}

/// Why a picked file gave no criteria set.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SetFileError {
    #[error(
        "Tệp quá lớn ({size} byte, tối đa {limit} byte) để là một bộ tiêu chí; hãy kiểm tra lại \
         đúng tệp chưa."
    )]
    TooLarge { size: usize, limit: usize },
    /// An Excel 97–2003 workbook (`.xls`).
    #[error(
        "Đây là tệp Excel 97–2003 (.xls); hãy mở bằng Excel và lưu lại dạng “Excel Workbook \
         (.xlsx)” rồi chọn lại."
    )]
    OldExcel,
    /// A ZIP archive that is not an XLSX workbook (a .docx, a .zip, a damaged file).
    #[error(
        "Tệp không phải bảng tính Excel (.xlsx) đọc được ({detail}); hãy mở bằng Excel và lưu \
         lại dạng “Excel Workbook (.xlsx)”, hoặc dùng mẫu bảng tính của bộ tiêu chí."
    )]
    NotAWorkbook { detail: String },
    /// A small file that unpacks to far more than a spreadsheet (a "zip bomb").
    #[error(
        "Tệp .xlsx bung ra hơn {limit_mb} MB dữ liệu, không phải một bảng tính bình thường (có \
         thể là tệp độc hại); hãy mở bằng Excel và lưu lại, hoặc dùng mẫu bảng tính của bộ tiêu \
         chí."
    )]
    UnpacksTooLarge { limit_mb: u64 },
    /// Neither a workbook nor JSON text (an image, a PDF, a Word file, plain text).
    #[error(
        "Tệp không phải bộ tiêu chí: hãy chọn mẫu bảng tính đã điền (.xlsx) hoặc tệp bộ tiêu \
         chí (.json)."
    )]
    NotASet,
    /// Several files that are not all CSV sheets of one template.
    #[error(
        "Hãy chọn một tệp (mẫu bảng tính .xlsx hoặc tệp bộ tiêu chí .json), hoặc các tệp .csv \
         của cùng một mẫu bảng tính (mỗi trang một tệp)."
    )]
    SeveralFiles,
    /// The file was read; these are every problem found, in order.
    #[error("Bộ tiêu chí có {} lỗi.", .0.len())]
    Problems(Vec<SetFileProblem>),
}

/// What a JSON set's error is, at its place.
fn json_problem(error: JsonError) -> SetFileProblem {
    match error {
        JsonError::Syntax {
            line,
            column,
            detail,
        } => SetFileProblem {
            place: format!("dòng {line}, cột {column}"),
            message: format!("không phải JSON hợp lệ: {detail}"),
        },
        JsonError::Content { location, message } => SetFileProblem {
            place: if location == WHOLE_FILE {
                String::new()
            } else {
                location
            },
            message,
        },
    }
}

/// The template's problems, each at its cell (`Tiêu chí!D14`, or the CSV file's name).
fn from_import(error: ImportError) -> SetFileError {
    match error {
        ImportError::TooLarge { size, limit } => SetFileError::TooLarge { size, limit },
        ImportError::NotAWorkbook { detail } => SetFileError::NotAWorkbook { detail },
        ImportError::UnpacksTooLarge { limit_mb } => SetFileError::UnpacksTooLarge { limit_mb },
        ImportError::Problems(problems) => SetFileError::Problems(
            problems
                .into_iter()
                .map(|p| SetFileProblem {
                    place: if p.sheet.is_empty() {
                        String::new()
                    } else {
                        p.place()
                    },
                    message: p.message,
                })
                .collect(),
        ),
    }
}

fn is_csv(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.ends_with(".csv") || lower.ends_with(".txt")
}

/// Reads the files an office picked at once, as `(name, bytes)`: one XLSX or JSON file
/// ([`read_set_file`]), or the template's sheets as CSV files (one per sheet, any encoding
/// Excel writes; problems at `file.csv!D14`).
pub fn read_set_files(files: &[(String, Vec<u8>)]) -> Result<Framework, SetFileError> {
    match files {
        [] => Err(SetFileError::NotASet),
        [(name, bytes)] if !is_csv(name) => read_set_file(bytes),
        several if several.iter().all(|(name, _)| is_csv(name)) => {
            let size: usize = several.iter().map(|(_, b)| b.len()).sum();
            if size > MAX_SET_FILE_BYTES {
                return Err(SetFileError::TooLarge {
                    size,
                    limit: MAX_SET_FILE_BYTES,
                });
            }
            crate::import_csv(several).map_err(from_import)
        }
        _ => Err(SetFileError::SeveralFiles),
    }
}

/// Reads a picked criteria-set file: the XLSX template (by its bytes, whatever its name) or a
/// JSON set.
pub fn read_set_file(bytes: &[u8]) -> Result<Framework, SetFileError> {
    if bytes.starts_with(b"PK\x03\x04") {
        return crate::import_xlsx(bytes).map_err(from_import);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(SetFileError::OldExcel);
    }
    if bytes.len() > MAX_JSON_BYTES {
        return Err(SetFileError::TooLarge {
            size: bytes.len(),
            limit: MAX_JSON_BYTES,
        });
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(SetFileError::NotASet);
    };
    let text = par_core::json::strip_bom(text);
    if !text.trim_start().starts_with('{') {
        return Err(SetFileError::NotASet);
    }
    par_core::load_framework(text).map_err(|error| match error {
        LoadError::Json(error) => SetFileError::Problems(vec![json_problem(error)]),
        LoadError::Invalid(problems) => SetFileError::Problems(
            problems
                .into_iter()
                .map(|p| SetFileProblem {
                    place: p.location,
                    message: p.message,
                })
                .collect(),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE_JSON: &str = include_str!("../../../frameworks/mau-xa-2025.json");
    const SAMPLE_XLSX: &[u8] = include_bytes!("../../../frameworks/templates/mau-xa-2025.xlsx");

    #[test]
    fn the_template_and_the_json_give_the_same_set() {
        let from_xlsx = read_set_file(SAMPLE_XLSX).unwrap();
        let from_json = read_set_file(SAMPLE_JSON.as_bytes()).unwrap();
        assert_eq!(from_xlsx, from_json);
        // With a byte-order mark, as Notepad saves it.
        let bom = format!("\u{feff}{SAMPLE_JSON}");
        assert_eq!(read_set_file(bom.as_bytes()).unwrap(), from_json);
    }

    #[test]
    fn a_json_set_with_problems_names_each_at_its_path() {
        let broken = SAMPLE_JSON.replacen("\"max_points\": 10,", "\"max_points\": 11,", 1);
        let Err(SetFileError::Problems(problems)) = read_set_file(broken.as_bytes()) else {
            panic!("problems expected");
        };
        assert!(
            problems.iter().any(|p| p.place.starts_with("fields[0]")),
            "{problems:?}"
        );
        let cut = &SAMPLE_JSON[..200];
        let Err(SetFileError::Problems(problems)) = read_set_file(cut.as_bytes()) else {
            panic!("problems expected");
        };
        assert!(problems[0].place.starts_with("dòng "), "{problems:?}");
    }

    #[test]
    fn hostile_files_are_one_sentence_each() {
        assert_eq!(
            read_set_file(b"\x89PNG\r\n\x1a\n...."),
            Err(SetFileError::NotASet)
        );
        assert_eq!(read_set_file(b"%PDF-1.7"), Err(SetFileError::NotASet));
        assert_eq!(
            read_set_file(&[0xff, 0xfe, 0x00]),
            Err(SetFileError::NotASet)
        );
        assert_eq!(
            read_set_file(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
            Err(SetFileError::OldExcel)
        );
        // A ZIP archive that is not a workbook.
        let zip = b"PK\x03\x04\x14\x00\x00\x00\x00\x00garbage that is not a central directory";
        assert!(matches!(
            read_set_file(zip),
            Err(SetFileError::NotAWorkbook { .. })
        ));
        // Oversized, refused before reading.
        let huge = vec![b' '; MAX_JSON_BYTES + 1];
        assert!(matches!(
            read_set_file(&huge),
            Err(SetFileError::TooLarge { .. })
        ));
        let mut huge_zip = b"PK\x03\x04".to_vec();
        huge_zip.resize(MAX_SET_FILE_BYTES + 1, 0);
        assert!(matches!(
            read_set_file(&huge_zip),
            Err(SetFileError::TooLarge { .. })
        ));
        // Nested deeper than any set: the typed reader stops at the first key no set has, the
        // guarded scan before it never recurses; no stack overflow either way.
        let deep = format!("{}{}", "{\"a\":".repeat(100_000), "}".repeat(100_000));
        let Err(SetFileError::Problems(problems)) = read_set_file(deep.as_bytes()) else {
            panic!("refused");
        };
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("“a”"), "{problems:?}");
        let deep_array = format!("{{\"a\":{}", "[".repeat(100_000));
        assert!(read_set_file(deep_array.as_bytes()).is_err());
    }
}
