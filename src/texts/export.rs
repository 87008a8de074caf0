//! Texts of the export screen, the signing key, evidence files and the printed score sheet.

use par_core::Text;

pub const TAB_EXPORT: Text = Text::new("Xuất tệp và ký", "Export and sign");
// the export's own page (export/)
pub const NO_DRAFT: Text = Text::new(
    "Chưa mở bản tự đánh giá nào trên trang này. Hãy mở bản tự đánh giá của đơn vị (liên kết bên dưới), rồi bấm “Xuất tệp và ký”.",
    "No self-assessment is open on this page. Open the unit's self-assessment (the link below), then press “Export and sign”.",
);
pub const BACK: Text = Text::new("← Về bản tự đánh giá", "← Back to the self-assessment");
pub const HEADING: Text = Text::new("Xuất tệp nộp có ký số", "Export the signed submission file");
pub const INTRO: Text = Text::new(
    "Ứng dụng kiểm tra hồ sơ, ký tệp bằng khóa của đơn vị và tải tệp về máy để gửi cơ quan thẩm định. In bảng điểm để Chủ tịch UBND ký, đóng dấu.",
    "The app checks the assessment, signs the file with the unit's key and downloads it for you to send to the appraising office. Print the score sheet for the chairperson to sign and stamp.",
);
// checks
pub const CHECKS_HEADING: Text = Text::new("1. Kiểm tra trước khi xuất", "1. Check before export");
pub const CHECKS_OK: Text = Text::new(
    "Hồ sơ đầy đủ, có thể xuất tệp.",
    "The assessment is complete and can be exported.",
);
pub const CHECKS_BLOCKED: Text = Text::new(
    "Chưa thể xuất tệp: hãy xử lý các mục dưới đây (chọn một mục để đến đúng ô cần nhập).",
    "Cannot export yet: fix the items below (choose one to go to the box to fill).",
);
pub const UNIT_PROBLEMS: Text = Text::new("Thông tin đơn vị", "Unit information");
pub const ITEM_PROBLEMS: Text = Text::new("Các tiêu chí", "Criteria");
// key
pub const KEY_HEADING: Text = Text::new("2. Khóa ký số của đơn vị", "2. The unit's signing key");
pub const KEY_NONE: Text = Text::new(
    "Đơn vị chưa có khóa ký số. Khóa được tạo trên máy này khi xuất tệp lần đầu, hoặc tạo ngay bây giờ.",
    "The unit has no signing key yet. It is created on this computer at the first export, or now.",
);
pub const KEY_CREATE: Text = Text::new("Tạo khóa ký số", "Create the signing key");
pub const KEY_FINGERPRINT: Text = Text::new("Mã nhận dạng khóa", "Key fingerprint");
pub const KEY_FINGERPRINT_HINT: Text = Text::new(
    "Đọc hoặc gửi mã này cho cơ quan thẩm định để đăng ký khóa; mã này cũng được in trên bảng điểm.",
    "Read or send this to the appraising office to register the key; it is also printed on the score sheet.",
);
pub const KEY_PUBLIC: Text = Text::new("Khóa công khai", "Public key");
pub const KEY_PUBLIC_HINT: Text = Text::new(
    "Gửi khóa công khai này cùng mã nhận dạng cho cơ quan thẩm định để đăng ký.",
    "Send this public key with its fingerprint to the appraising office to register it.",
);
pub const KEY_COPY: Text = Text::new("Sao chép khóa công khai", "Copy the public key");
pub const KEY_COPIED: Text = Text::new("Đã sao chép.", "Copied.");
pub const KEY_CREATED_AT: Text = Text::new("Tạo lúc", "Created");
pub const KEY_REPLACE: Text = Text::new("Thay khóa mới…", "Replace with a new key…");
pub const KEY_REPLACE_WARNING: Text = Text::new(
    "Khóa mới thay khóa hiện tại trên máy này. Cơ quan thẩm định phải đăng ký khóa mới thì mới xác minh được các tệp ký bằng nó. Hãy sao lưu khóa hiện tại trước nếu cần.",
    "A new key replaces the current one on this computer. The appraising office must register the new key before it can verify files signed with it. Back up the current key first if needed.",
);
pub const KEY_REPLACE_CONFIRM: Text =
    Text::new("Tôi hiểu, tạo khóa mới", "I understand, create a new key");
pub const CANCEL: Text = Text::new("Hủy", "Cancel");
pub const KEY_ERROR: Text = Text::new(
    "Không tạo hoặc lưu được khóa trên trình duyệt này ({error}). Hãy mở ứng dụng trong cửa sổ thường (không ẩn danh) hoặc trong trình duyệt khác.",
    "Cannot create or save the key in this browser ({error}). Open the app in a normal (not private) window or in another browser.",
);
pub const KEY_NEW_DONE: Text = Text::new(
    "Đã tạo khóa mới. Hãy gửi mã nhận dạng mới cho cơ quan thẩm định.",
    "New key created. Send its fingerprint to the appraising office.",
);
// the key registration file for the office
pub const KEY_REGISTER_BUTTON: Text =
    Text::new("Tải tệp đăng ký khóa", "Download the key registration file");
pub const KEY_REGISTER_HINT: Text = Text::new(
    "Gửi tệp này cho cơ quan thẩm định để đăng ký khóa của đơn vị; họ đối chiếu mã nhận dạng khóa ở trên với đơn vị qua điện thoại hoặc trên bảng điểm in có đóng dấu.",
    "Send this file to the appraising office to register the unit's key; they check the fingerprint above with the unit by phone or on the stamped printed score sheet.",
);
pub const KEY_REGISTER_BLOCKED: Text = Text::new(
    "Hãy nhập tên xã, phường và mã đơn vị hành chính (5 chữ số) ở phần Thông tin đơn vị trước khi tải tệp đăng ký khóa.",
    "Fill in the commune or ward name and the 5-digit administrative unit code under Unit information before downloading the key registration file.",
);
pub const KEY_REGISTER_DONE: Text = Text::new(
    "Đã tải tệp đăng ký khóa",
    "Key registration file downloaded",
);
// backup and restore
pub const BACKUP_HEADING: Text = Text::new("Sao lưu khóa", "Back up the key");
pub const BACKUP_INTRO: Text = Text::new(
    "Tệp sao lưu được mã hóa bằng cụm mật khẩu; cần cả tệp và cụm mật khẩu để khôi phục khóa trên máy khác.",
    "The backup file is encrypted with a passphrase; both the file and the passphrase are needed to restore the key on another computer.",
);
pub const PASSPHRASE: Text = Text::new("Cụm mật khẩu", "Passphrase");
pub const PASSPHRASE_AGAIN: Text = Text::new("Nhập lại cụm mật khẩu", "Passphrase again");
pub const PASSPHRASE_HINT: Text = Text::new(
    "Ít nhất 10 ký tự. Hãy ghi lại ở nơi an toàn: không có cách lấy lại.",
    "At least 10 characters. Write it down somewhere safe: it cannot be recovered.",
);
pub const PASSPHRASE_MISMATCH: Text = Text::new(
    "Hai cụm mật khẩu chưa giống nhau.",
    "The two passphrases differ.",
);
pub const BACKUP_BUTTON: Text = Text::new("Tải tệp sao lưu khóa", "Download the key backup");
pub const BACKUP_WORKING: Text = Text::new("Đang mã hóa…", "Encrypting…");
pub const BACKUP_DONE: Text = Text::new("Đã tải tệp sao lưu", "Backup downloaded");
pub const RESTORE_HEADING: Text = Text::new(
    "Khôi phục khóa từ tệp sao lưu",
    "Restore the key from a backup",
);
pub const RESTORE_INTRO: Text = Text::new(
    "Khóa khôi phục sẽ thay khóa hiện tại trên máy này.",
    "The restored key replaces the current one on this computer.",
);
pub const RESTORE_FILE: Text = Text::new("Tệp sao lưu khóa (.json)", "Key backup file (.json)");
pub const RESTORE_BUTTON: Text = Text::new("Khôi phục khóa", "Restore the key");
pub const RESTORE_NO_FILE: Text =
    Text::new("Hãy chọn tệp sao lưu khóa.", "Choose the key backup file.");
pub const RESTORE_DONE: Text = Text::new("Đã khôi phục khóa", "Key restored");
pub const RESTORE_UNREADABLE: Text = Text::new(
    "Không đọc được tệp đã chọn.",
    "The chosen file cannot be read.",
);
// export
pub const EXPORT_HEADING: Text = Text::new("3. Ký và tải tệp nộp", "3. Sign and download the file");
pub const EXPORT_BUTTON: Text = Text::new("Ký số và tải tệp", "Sign and download");
pub const EXPORT_BLOCKED: Text = Text::new(
    "Hãy xử lý các mục ở phần 1 trước khi xuất tệp.",
    "Fix the items in part 1 before exporting.",
);
pub const EXPORT_DONE: Text = Text::new("Đã ký và tải tệp", "Signed and downloaded");
pub const EXPORT_NEXT: Text = Text::new(
    "Xuất lại sẽ tạo lần nộp tiếp theo, thay thế lần trước.",
    "Exporting again makes the next revision, replacing the previous one.",
);
pub const EXPORT_ERROR: Text = Text::new("Không xuất được tệp", "Cannot export the file");
/// `{n}`: the revision of the latest export.
pub const EXPORT_STALE: Text = Text::new(
    "Bản nháp đã thay đổi sau lần xuất {n}: tệp đã xuất không còn khớp với số liệu đang nhập. Hãy ký và tải lại tệp (lần xuất mới) trước khi in bảng điểm và gửi đi.",
    "The draft changed after export {n}: the exported file no longer matches what is entered. Sign and download the file again (a new export) before printing the sheet and sending it.",
);
/// On the printed sheet of a draft changed since export `{n}`.
pub const SHEET_STALE: Text = Text::new(
    "BẢN NHÁP — đã thay đổi sau lần xuất {n}, không khớp với tệp nào đã xuất. Không dùng để gửi cơ quan thẩm định.",
    "DRAFT — changed after export {n}, matches no exported file. Not to be sent to the appraising office.",
);
pub const PRINT_STALE: Text = Text::new(
    "Bảng điểm có chữ ký được gửi kèm tệp và phải khớp với tệp đó. Bản nháp đã thay đổi sau lần xuất {n}: hãy xuất lại rồi in.",
    "The signed sheet goes with the file and must match it. The draft changed after export {n}: export again, then print.",
);
pub const PRINT_EXPORT_FIRST: Text = Text::new("Xuất lại rồi in", "Export again, then print");
pub const PRINT_DRAFT: Text = Text::new(
    "In bản nháp (không gắn với tệp nào)",
    "Print the draft (tied to no file)",
);
/// In place of the file's name, submission and hash on a draft's sheet.
pub const SHEET_DRAFT: Text = Text::new("bản nháp, chưa xuất", "draft, not exported");
pub const KEY_REGISTER_COMMAND: Text = Text::new(
    "Lệnh đăng ký khóa tại cơ quan thẩm định",
    "Command to register the key at the appraising office",
);
pub const HISTORY_HEADING: Text = Text::new("Các lần đã xuất", "Exports so far");
pub const HISTORY_NONE: Text = Text::new("Chưa xuất tệp nào.", "No file exported yet.");
pub const HISTORY_REVISION: Text = Text::new("Lần", "Revision");
pub const HISTORY_TIME: Text = Text::new("Thời điểm", "Time");
pub const HISTORY_FILE: Text = Text::new("Tên tệp", "File name");
pub const HISTORY_HASH: Text = Text::new(
    "Mã băm SHA-256 của từng lần xuất (cơ quan thẩm định dùng để đối chiếu tệp):",
    "SHA-256 hash of each export (the appraising office checks the file against it):",
);
// evidence file
pub const FILE_LABEL: Text = Text::new(
    "Tệp tài liệu (ứng dụng chỉ ghi mã băm SHA-256 của tệp để đối chiếu; tệp không được gửi kèm)",
    "Document file (only its SHA-256 fingerprint is recorded, for checking; the file itself is not sent)",
);
pub const FILE_READING: Text = Text::new("Đang tính mã băm…", "Computing the hash…");
pub const FILE_UNREADABLE: Text = Text::new(
    "Không đọc được tệp đã chọn; hãy chọn lại.",
    "The chosen file cannot be read; choose it again.",
);
pub const FILE_REMOVE: Text = Text::new("Bỏ tệp", "Remove the file");
pub const BYTES: Text = Text::new("byte", "bytes");
// print
pub const PRINT_BUTTON: Text = Text::new("In bảng điểm", "Print the score sheet");
pub const PRINT_HINT: Text = Text::new(
    "Bảng điểm in kèm mã nhận dạng khóa và mã của tệp đã xuất, để bản giấy có chữ ký, con dấu gắn với tệp điện tử.",
    "The sheet carries the key fingerprint and the code of the exported file, so the signed and stamped paper is tied to the digital file.",
);
pub const SHEET_TITLE: Text = Text::new(
    "BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM",
    "SELF-ASSESSMENT SCORE SHEET OF THE PUBLIC ADMINISTRATION REFORM INDEX, YEAR",
);
pub const SHEET_UNIT: Text = Text::new("Đơn vị", "Unit");
pub const SHEET_CODE: Text = Text::new("Mã đơn vị", "Unit code");
pub const SHEET_PERIOD: Text = Text::new("Năm đánh giá", "Year assessed");
pub const SHEET_SET: Text = Text::new("Bộ tiêu chí", "Criteria set");
pub const SHEET_SUBMISSION: Text = Text::new("Mã lần nộp", "Submission id");
pub const SHEET_REVISION: Text = Text::new("Lần xuất", "Revision");
pub const SHEET_KEY: Text = Text::new("Mã nhận dạng khóa ký số", "Signing key fingerprint");
pub const SHEET_HASH: Text = Text::new(
    "Mã băm SHA-256 của tệp nộp",
    "SHA-256 hash of the submission file",
);
pub const SHEET_FILE: Text = Text::new("Tệp", "File");
pub const SHEET_NOT_EXPORTED: Text = Text::new("chưa xuất tệp", "not exported yet");
pub const COL_CODE: Text = Text::new("STT", "No.");
pub const COL_TITLE: Text = Text::new(
    "Lĩnh vực / tiêu chí / tiêu chí thành phần",
    "Field / criterion / sub-criterion",
);
pub const COL_MAX: Text = Text::new("Điểm tối đa", "Maximum");
pub const COL_SELF: Text = Text::new("Điểm tự đánh giá", "Self score");
pub const PENDING: Text = Text::new("chờ", "pending");
pub const EXCLUDED: Text = Text::new("KAD", "N/A");
/// What the short marks of the printed table mean.
pub const SHEET_LEGEND: Text = Text::new(
    "KAD: không áp dụng (không tính vào điểm tối đa); chờ: chờ cơ quan thẩm định chấm; —: chưa nhập hoặc nhập chưa đúng.",
    "N/A: not applicable (left out of the maximum); pending: awaiting the appraising office; —: not answered or not valid.",
);
pub const PREPARER: Text = Text::new("Người lập", "Prepared by");
/// The line above the chairperson's title (“TM. ỦY BAN NHÂN DÂN”).
pub const CHAIRPERSON_FOR: Text = Text::new("TM. ỦY BAN NHÂN DÂN", "FOR THE PEOPLE'S COMMITTEE");
pub const CHAIRPERSON: Text = Text::new("CHỦ TỊCH", "CHAIRPERSON");
pub const SIGN_NOTE: Text = Text::new("(Ký, ghi rõ họ tên)", "(Signature, full name)");
pub const CHAIR_NOTE: Text = Text::new("(Ký tên, đóng dấu)", "(Signature and seal)");
pub const DATE_LINE: Text = Text::new("……, ngày …… tháng …… năm ……", "……, date …… / …… / ……");
pub const SUBMISSION_NOT_KEPT: Text = Text::new(
    "Trình duyệt không còn chỗ để giữ bản sao tệp này; khi nhận kết quả thẩm định, hãy chọn lại tệp vừa tải",
    "The browser has no room to keep a copy of this file; when the appraisal arrives, pick the file just downloaded",
);
