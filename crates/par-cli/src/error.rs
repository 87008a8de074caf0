//! What can stop a `par` command from running, said plainly with what to do next.
//!
//! Every one of these ends the command with exit code 2 ([`COULD_NOT_RUN`]): the command did not
//! get to give its answer. A file that was checked and failed is not an error here; the command
//! reports it on standard output and ends with exit code 1.

use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exit code when the command could not run: bad arguments (clap uses 2 too), a missing or
/// invalid keyring or criteria set, output that could not be written.
pub const COULD_NOT_RUN: u8 = 2;

pub fn could_not_run() -> ExitCode {
    ExitCode::from(COULD_NOT_RUN)
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("không đọc được tệp {}: {}", path.display(), io_text(source))]
    Read { path: PathBuf, source: io::Error },
    #[error("không ghi được tệp {}: {}", path.display(), io_text(source))]
    Write { path: PathBuf, source: io::Error },
    /// The keyring is replaced in one step (see `replace_file.rs`), so a failed write changed
    /// nothing: saying so spares the office a worried check of every registration.
    #[error(
        "không ghi được sổ khóa {}: {}; chưa có gì thay đổi (sổ khóa cũ, nếu có, vẫn nguyên \
         vẹn). Hãy giải phóng chỗ trống trên đĩa hoặc kiểm tra quyền ghi vào thư mục, rồi chạy \
         lại lệnh",
        path.display(),
        io_text(source)
    )]
    KeyringWrite { path: PathBuf, source: io::Error },
    /// Standard output could not take the results (disk full, device gone…). A reader that
    /// closed the pipe early is not an error: see `output.rs`.
    #[error(
        "không ghi được kết quả: {}; kiểm tra nơi nhận kết quả (ổ đĩa còn chỗ trống, có quyền \
         ghi) rồi chạy lại",
        io_text(.0)
    )]
    Output(io::Error),
    #[error("tệp {}: {source}", path.display())]
    Json {
        path: PathBuf,
        source: par_core::JsonError,
    },
    #[error("không đăng ký được khóa: {source}")]
    Keyring {
        source: par_core::submission::KeyringError,
    },
    #[error(
        "không có sổ khóa {}; kiểm tra lại đường dẫn, hoặc đăng ký khóa đầu tiên bằng \
         “par keys --keyring {} add --unit MÃ-ĐƠN-VỊ KHÓA-CÔNG-KHAI”",
        path.display(),
        path.display()
    )]
    KeyringMissing { path: PathBuf },
    #[error(
        "sổ khóa {} có {} lỗi, chưa thể dùng:\n{}\nHãy sửa các mục trên trong tệp (hoặc xóa \
         chúng rồi đăng ký lại bằng “par keys add”).",
        path.display(),
        problems.len(),
        bullets(problems)
    )]
    InvalidKeyring {
        path: PathBuf,
        problems: Vec<String>,
    },
    #[error(
        "bộ tiêu chí {} có {problems} lỗi; chạy “par framework check {}” để xem",
        path.display(),
        path.display()
    )]
    InvalidFramework { path: PathBuf, problems: usize },
    #[error(
        "tệp trả lời {} dành cho bộ tiêu chí “{found}”, không phải “{expected}” đang dùng; \
         chọn đúng bộ tiêu chí bằng --framework",
        path.display()
    )]
    FrameworkMismatch {
        path: PathBuf,
        found: String,
        expected: String,
    },
    /// `verify` cannot recompute any score without a criteria set, so it says so once rather
    /// than failing every file.
    #[error(
        "chưa nạp bộ tiêu chí nào{}; thêm --framework TỆP-HOẶC-THƯ-MỤC",
        empty_folders_note(empty_folders)
    )]
    NoFramework { empty_folders: Vec<PathBuf> },
    #[error(
        "không có tệp hồ sơ (.json) nào để xác minh trong {}; kiểm tra lại đường dẫn thư mục, \
         hoặc chỉ ra từng tệp",
        path_list(folders)
    )]
    NoSubmissions { folders: Vec<PathBuf> },
}

/// An I/O error in Vietnamese for the cases an official meets; the system's text otherwise.
pub fn io_text(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "không có tệp hoặc thư mục này".into(),
        io::ErrorKind::PermissionDenied => "không có quyền truy cập".into(),
        io::ErrorKind::StorageFull => "ổ đĩa đã đầy".into(),
        io::ErrorKind::FileTooLarge => "tệp vượt quá kích thước cho phép".into(),
        io::ErrorKind::IsADirectory => "đây là thư mục, không phải tệp".into(),
        io::ErrorKind::InvalidData => "tệp không phải văn bản UTF-8".into(),
        _ => error.to_string(),
    }
}

fn bullets(lines: &[String]) -> String {
    lines
        .iter()
        .map(|line| format!("  - {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Paths joined with ", ", as messages name them.
pub fn path_list<P: AsRef<std::path::Path>>(paths: &[P]) -> String {
    paths
        .iter()
        .map(|p| p.as_ref().display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn empty_folders_note(folders: &[PathBuf]) -> String {
    if folders.is_empty() {
        String::new()
    } else {
        format!(" (không có tệp .json nào trong {})", path_list(folders))
    }
}

impl CliError {
    pub fn read(path: &Path, source: io::Error) -> Self {
        CliError::Read {
            path: path.to_path_buf(),
            source,
        }
    }
}
