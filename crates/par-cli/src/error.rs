//! What can go wrong in a `par` command, said plainly.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("không đọc được tệp {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("không ghi được tệp {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("tệp {path}: {source}")]
    Json {
        path: PathBuf,
        source: par_core::JsonError,
    },
    #[error("sổ khóa: {source}")]
    Keyring {
        source: par_core::submission::KeyringError,
    },
    #[error(
        "bộ tiêu chí {path} có {} lỗi; chạy “par framework check {path}” để xem",
        problems
    )]
    InvalidFramework { path: PathBuf, problems: usize },
    #[error(
        "tệp trả lời {path} dành cho bộ tiêu chí “{found}”, không phải “{expected}” đang dùng"
    )]
    FrameworkMismatch {
        path: PathBuf,
        found: String,
        expected: String,
    },
}
