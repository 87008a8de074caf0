use par_core::Text;

pub const HEADING: Text = Text::new("Nhận hồ sơ", "Receive files");
pub const INTRO: Text = Text::new(
    "Chọn các tệp hồ sơ (.json) đơn vị gửi qua thư điện tử hoặc USB, hoặc cả một thư mục. Mỗi tệp được kiểm tra chữ ký, khóa đã đăng ký, bộ tiêu chí và điểm tính lại; tệp đã nhận rồi chỉ được tính một lần.",
    "Choose the files (.json) units sent by email or USB, or a whole folder. Each file's signature, registered key, criteria set and recomputed scores are checked; a file received twice counts once.",
);
pub const PICK_FILES: Text = Text::new("Các tệp hồ sơ", "Submission files");
pub const PICK_FOLDER: Text = Text::new("Cả một thư mục", "A whole folder");
pub const PROGRESS: Text = Text::new(
    "Đang kiểm tra tệp {done}/{total}…",
    "Checking file {done}/{total}…",
);
pub const DONE: Text = Text::new(
    "Đã xem {total} tệp: {new} hồ sơ mới được lưu, {again} đã có từ trước.",
    "Looked at {total} files: {new} new files stored, {again} already received.",
);
pub const RESULTS: Text = Text::new("Kết quả từng tệp", "Each file's outcome");
pub const AGAIN: Text = Text::new(
    "đã nhận tệp này trước đó (cùng nội dung), chỉ tính một lần",
    "this file was already received (same content); counted once",
);
pub const VALID: Text = Text::new(
    "hợp lệ: {unit}, lần gửi {revision}, {total} điểm",
    "valid: {unit}, revision {revision}, {total} points",
);
pub const UNREGISTERED: Text = Text::new(
    "đơn vị {unit} chưa đăng ký khóa: hãy nhập tệp đăng ký khóa của đơn vị ở màn hình “Khóa của đơn vị”; hồ sơ đã được lưu và sẽ được kiểm tra lại",
    "no key is registered for unit {unit}: import the unit's key registration on the “Units' keys” screen; the file is stored and will be checked again",
);
pub const UNKNOWN_SET: Text = Text::new(
    "hồ sơ làm theo bộ tiêu chí “{id}” phiên bản {version} mà ứng dụng chưa có: hãy chọn tệp bộ tiêu chí đó (.json) ở mục “Hồ sơ chờ bộ tiêu chí” ngay trên; hồ sơ đã được lưu và sẽ được kiểm tra lại",
    "made on criteria set “{id}” version {version}, which the app does not have: choose that set's file (.json) under “Files waiting for their criteria set” just above; the file is stored and will be checked again",
);
pub const REGISTRATION: Text = Text::new(
    "tệp đăng ký khóa của đơn vị {unit}: đã chuyển sang màn hình “Khóa của đơn vị” để xác nhận",
    "key registration of unit {unit}: moved to the “Units' keys” screen to confirm",
);
pub const BAD_REGISTRATION: Text = Text::new(
    "tệp đăng ký khóa không dùng được: {reason}",
    "unusable key registration: {reason}",
);
pub const FRAMEWORK: Text = Text::new(
    "bộ tiêu chí “{id}” phiên bản {version}: đã thêm, các hồ sơ làm theo bộ này được kiểm tra lại",
    "criteria set “{id}” version {version}: added; files made on it are checked again",
);
pub const BAD_FRAMEWORK: Text = Text::new(
    "bộ tiêu chí có lỗi, chưa thêm: {reason}",
    "the criteria set has errors and was not added: {reason}",
);
pub const PDF: Text = Text::new(
    "đây là tệp PDF (có thể là bảng điểm in ra), không phải hồ sơ: hãy xin đơn vị tệp .json xuất từ ứng dụng",
    "this is a PDF (perhaps the printed sheet), not a submission: ask the unit for the .json file the app exported",
);
pub const SPREADSHEET: Text = Text::new(
    "đây là bảng tính hoặc tệp nén, không phải hồ sơ: danh sách đơn vị nhập ở màn hình “Danh sách đơn vị”",
    "this is a spreadsheet or an archive, not a submission: a units list goes on the “Units list” screen",
);
pub const NOT_TEXT: Text = Text::new(
    "tệp này không phải tệp văn bản (ảnh, tệp nén…), không phải hồ sơ",
    "this file is not text (an image, an archive…), not a submission",
);
pub const NOT_JSON: Text = Text::new(
    "tệp không phải JSON đọc được ({reason}): không phải hồ sơ xuất từ ứng dụng",
    "not readable JSON ({reason}): not a file the app exported",
);
pub const DRAFT_BACKUP: Text = Text::new(
    "đây là bản sao lưu bản nháp của đơn vị, không phải hồ sơ đã ký: hãy nhắc đơn vị dùng nút “Ký và tải hồ sơ” ở bước Xuất",
    "this is a unit's draft backup, not a signed submission: remind the unit to use “Sign and download” on the export step",
);
pub const KEY_BACKUP: Text = Text::new(
    "đây là bản sao lưu khóa bí mật của đơn vị, không phải hồ sơ: đơn vị không được gửi tệp này đi; hãy xóa nó và nhắc đơn vị",
    "this is a unit's secret key backup, not a submission: units must not send it; delete it and tell the unit",
);
pub const KEYRING: Text = Text::new(
    "đây là sổ khóa: hãy nhập ở màn hình “Khóa của đơn vị”",
    "this is a keyring: import it on the “Units' keys” screen",
);
pub const ROUND_FILE: Text = Text::new(
    "đây là tệp của vòng thẩm định: tệp giải trình của đơn vị được nhận ở trang của đơn vị (Bảng theo dõi → Mở trang đơn vị → Giải trình của đơn vị)",
    "this is an appraisal-round file: a unit's explanation is received on the unit's page (Board → Open the unit's page → The unit's explanations)",
);
pub const UNKNOWN_FORMAT: Text = Text::new(
    "định dạng “{format}” không phải hồ sơ (cần par-submission/1): tệp của phiên bản khác hoặc của phần mềm khác",
    "format “{format}” is not a submission (par-submission/1 expected): another version's or another program's file",
);
pub const NO_FORMAT: Text = Text::new(
    "tệp JSON này không có trường “format”: không phải hồ sơ xuất từ ứng dụng",
    "this JSON file has no “format”: not a file the app exported",
);
pub const STORE_FAILED: Text = Text::new(
    "Chưa lưu được các tệp mới: {reason}",
    "The new files were not stored: {reason}",
);
pub const SET_NOT_STORED: Text = Text::new(
    "bộ tiêu chí chưa được lưu: {reason}",
    "the criteria set was not stored: {reason}",
);
pub const WAITING_HEADING: Text = Text::new(
    "Hồ sơ chờ bộ tiêu chí",
    "Files waiting for their criteria set",
);
pub const WAITING_INTRO: Text = Text::new(
    "Các hồ sơ dưới đây làm theo bộ tiêu chí mà ứng dụng chưa có. Hãy chọn tệp bộ tiêu chí đó (.json, do Sở Nội vụ ban hành): ứng dụng thêm bộ và kiểm tra lại ngay các hồ sơ đang chờ, không cần nhận lại hồ sơ.",
    "The files below were made on a criteria set the app does not have. Choose that set's file (.json, issued by the Department of Home Affairs): the app adds it and checks the waiting files again at once, without receiving them again.",
);
pub const WAITING_SET: Text = Text::new(
    "Bộ tiêu chí “{id}” phiên bản {version}: {count} hồ sơ đang chờ",
    "Criteria set “{id}” version {version}: {count} files waiting",
);
pub const PICK_SET: Text = Text::new("Tệp bộ tiêu chí (.json)", "Criteria set file (.json)");
pub const CHECKED_AGAIN: Text = Text::new(
    "{waiting} hồ sơ chờ bộ này đã được kiểm tra lại: {valid} hợp lệ.",
    "{waiting} files waiting for this set were checked again: {valid} valid.",
);
pub const NOT_AWAITED: Text = Text::new(
    "Không hồ sơ nào đang chờ bộ “{id}” phiên bản {version}; các hồ sơ vẫn chờ bộ đã ghi ở trên.",
    "No file was waiting for set “{id}” version {version}; the files still wait for the sets listed above.",
);
pub const NOT_A_SET: Text = Text::new(
    "Tệp {file} không phải bộ tiêu chí: {what}",
    "{file} is not a criteria set: {what}",
);
