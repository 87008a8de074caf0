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

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadProblem {
    #[error("{}", io_text(.0))]
    Io(io::Error),
    #[error("đây là thư mục, không phải tệp")]
    Folder,
    /// A named pipe, a device, a socket: reading it could block forever or never end.
    #[error(
        "không phải tệp thông thường (là ống dẫn, thiết bị hoặc socket), nên không đọc; hãy \
         chỉ ra tệp .json đã lưu trên đĩa"
    )]
    NotARegularFile,
    #[error("{}", par_core::json::too_large_message(*.0))]
    TooLarge(u64),
    #[error(
        "tệp không phải văn bản UTF-8 (có thể là tệp Word, PDF hay ảnh, hoặc đã bị hỏng); hãy \
         chỉ ra đúng tệp .json"
    )]
    NotUtf8,
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("không đọc được tệp {}: {problem}", shown(path))]
    Read { path: PathBuf, problem: ReadProblem },
    #[error("không ghi được tệp {}: {}", shown(path), io_text(source))]
    Write { path: PathBuf, source: io::Error },
    /// The keyring is replaced in one step (see `replace_file.rs`), so a failed write changed
    /// nothing: saying so spares the office a worried check of every registration.
    #[error(
        "không ghi được sổ khóa {}: {}; chưa có gì thay đổi (sổ khóa cũ, nếu có, vẫn nguyên \
         vẹn). Hãy giải phóng chỗ trống trên đĩa hoặc kiểm tra quyền ghi vào thư mục, rồi chạy \
         lại lệnh",
        shown(path),
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
    #[error("tệp {}: {source}", shown(path))]
    Json {
        path: PathBuf,
        source: par_core::JsonError,
    },
    #[error("không đăng ký được khóa: {source}")]
    Keyring {
        source: par_core::submission::KeyringError,
    },
    /// A registration file that is not genuine or not a registration: nothing is registered.
    #[error(
        "tệp đăng ký khóa {} bị từ chối, chưa đăng ký gì: {source}",
        shown(path)
    )]
    Registration {
        path: PathBuf,
        source: par_core::submission::RegistrationError,
    },
    /// `par rank` ranks on one criteria set: a folder of several cannot say which.
    #[error(
        "“par rank” xếp hạng theo đúng một bộ tiêu chí, nhưng {} có {count} bộ; hãy chỉ ra tệp \
         bộ tiêu chí tỉnh đã ban hành cho năm này",
        shown(path)
    )]
    OneFrameworkOnly { path: PathBuf, count: usize },
    /// The units list given to `par rank --units` could not be read as one.
    #[error("danh sách đơn vị {}: {source}", shown(path))]
    Units {
        path: PathBuf,
        source: par_sheet::UnitsError,
    },
    /// An export of `par rank` could not be made (the spreadsheet writer failed).
    #[error("không tạo được tệp {}: {source}", shown(path))]
    Export {
        path: PathBuf,
        source: par_sheet::ExportError,
    },
    /// The key of a registration file is already another unit's.
    #[error(
        "không đăng ký được khóa {key_id} (tệp {}): khóa này đã đăng ký cho đơn vị {unit}; mỗi \
         đơn vị phải có khóa riêng: hãy hỏi lại đơn vị",
        shown(path)
    )]
    KeyOfAnotherUnit {
        path: PathBuf,
        key_id: String,
        unit: String,
    },
    #[error(
        "không có sổ khóa {}; kiểm tra lại đường dẫn, hoặc đăng ký khóa đầu tiên bằng \
         “par keys --keyring {} add --unit MÃ-ĐƠN-VỊ KHÓA-CÔNG-KHAI”",
        shown(path),
        shown(path)
    )]
    KeyringMissing { path: PathBuf },
    #[error(
        "sổ khóa {} có {} lỗi, chưa thể dùng:\n{}\nHãy sửa các mục trên trong tệp (hoặc xóa \
         chúng rồi đăng ký lại bằng “par keys add”).",
        shown(path),
        problems.len(),
        bullets(problems)
    )]
    InvalidKeyring {
        path: PathBuf,
        problems: Vec<String>,
    },
    #[error(
        "bộ tiêu chí {} có {problems} lỗi; chạy “par framework check {}” để xem",
        shown(path),
        shown(path)
    )]
    InvalidFramework { path: PathBuf, problems: usize },
    #[error(
        "tệp trả lời {} dành cho bộ tiêu chí “{}”, không phải “{}” đang dùng; chọn đúng bộ \
         tiêu chí bằng --framework",
        shown(path),
        par_core::one_line(found),
        par_core::one_line(expected)
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
    /// Which of two sets with one id and version the province issued cannot be guessed, and
    /// picking one would make genuine files fail or a forged one pass.
    #[error(
        "hai bộ tiêu chí khác nhau cùng mã “{}” phiên bản {}: {} và {}; chưa xác minh tệp nào. \
         Chỉ giữ bộ tiêu chí tỉnh đã ban hành (đối chiếu với tệp tỉnh gửi) rồi chạy lại",
        par_core::one_line(id),
        par_core::one_line(version),
        shown(first),
        shown(second)
    )]
    ConflictingFrameworks {
        id: String,
        version: String,
        first: PathBuf,
        second: PathBuf,
    },
    #[error(
        "không có tệp hồ sơ (.json) nào để xác minh trong {}; kiểm tra lại đường dẫn thư mục, \
         hoặc chỉ ra từng tệp",
        path_list(folders)
    )]
    NoSubmissions { folders: Vec<PathBuf> },
    /// `par appraise`: a submission that does not verify, a sheet or key that cannot be used.
    #[error("{}: {reason}", shown(path))]
    Appraise { path: PathBuf, reason: String },
}

/// An operating system error in Vietnamese: the usual cases in words, any other by its code
/// (never the system's English text).
pub fn io_text(error: &io::Error) -> String {
    use io::ErrorKind::*;
    let text = match error.kind() {
        NotFound => "không có tệp hoặc thư mục này",
        PermissionDenied => "không có quyền truy cập",
        StorageFull => "ổ đĩa đã đầy",
        QuotaExceeded => "đã dùng hết dung lượng được cấp trên ổ đĩa",
        FileTooLarge => "tệp vượt quá kích thước cho phép",
        IsADirectory => "đây là thư mục, không phải tệp",
        NotADirectory => "một phần của đường dẫn không phải thư mục",
        ReadOnlyFilesystem => "ổ đĩa chỉ cho đọc, không ghi được",
        InvalidData => "tệp không phải văn bản UTF-8",
        InvalidFilename => "tên tệp không hợp lệ",
        TooManyLinks => "có quá nhiều liên kết",
        ResourceBusy => "tệp hoặc thiết bị đang bận",
        Interrupted | TimedOut | WouldBlock => "việc đọc ghi bị gián đoạn, hãy chạy lại",
        UnexpectedEof => "tệp bị cắt ngang khi đang đọc",
        OutOfMemory => "không đủ bộ nhớ",
        _ if error.raw_os_error() == Some(LINK_LOOP) => {
            "đường dẫn có liên kết (symlink) vòng quanh trỏ về chính nó; hãy sửa hoặc xóa liên kết"
        }
        _ => {
            return match error.raw_os_error() {
                Some(code) => format!("lỗi hệ điều hành mã {code} khi đọc hoặc ghi"),
                None => "lỗi khi đọc hoặc ghi tệp".into(),
            }
        }
    };
    text.into()
}

/// ELOOP: too many levels of symbolic links (a link that points back at itself).
#[cfg(any(target_os = "macos", target_os = "ios", target_os = "freebsd"))]
const LINK_LOOP: i32 = 62;
#[cfg(not(any(target_os = "macos", target_os = "ios", target_os = "freebsd")))]
const LINK_LOOP: i32 = 40;

impl CliError {
    /// A file that could not be read, for a system error.
    pub fn read(path: &Path, source: io::Error) -> Self {
        CliError::Read {
            path: path.to_path_buf(),
            problem: ReadProblem::Io(source),
        }
    }
}

/// A path as messages show it: on one line, escaped (a file name may hold anything).
pub fn shown(path: &Path) -> String {
    par_core::one_line(&path.display().to_string()).into_owned()
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
        .map(|p| shown(p.as_ref()))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operating_system_errors_are_said_in_vietnamese() {
        let errors = [
            io::Error::from(io::ErrorKind::NotFound),
            io::Error::from(io::ErrorKind::PermissionDenied),
            io::Error::from_raw_os_error(LINK_LOOP),
            io::Error::from_raw_os_error(5),
            io::Error::other("disk on fire"),
        ];
        for error in &errors {
            let said = io_text(error);
            assert!(
                !said.contains("error") && !said.contains("fire") && !said.contains("Input"),
                "{said}"
            );
        }
        assert!(io_text(&errors[2]).contains("vòng quanh"));
        assert!(io_text(&errors[3]).contains("mã 5"));
    }
}
