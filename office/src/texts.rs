//! Every text of the office app, both languages side by side (`par_core::Text`), by screen.
//! Placeholders `{name}` are filled with `Text::fill`. Messages about a file's verification are
//! par-core's own (`Outcome::describe`), except where the office app says it better.

use par_core::Text;

pub mod app {
    use super::Text;
    pub const TITLE: Text = Text::new(
        "Thẩm định Chỉ số CCHC cấp xã — cơ quan thẩm định",
        "Commune PAR Index appraisal — appraising office",
    );
    pub const TABS: Text = Text::new("Các bước", "Steps");
    pub const TAB_KEYS: Text = Text::new("Khóa của đơn vị", "Units' keys");
    pub const TAB_UNITS: Text = Text::new("Danh sách đơn vị", "Units list");
    pub const TAB_IMPORT: Text = Text::new("Nhận hồ sơ", "Receive files");
    pub const TAB_BOARD: Text = Text::new("Bảng theo dõi", "Board");
    pub const TAB_RANKING: Text = Text::new("Xếp hạng", "Ranking");
    pub const TAB_BACKUP: Text = Text::new("Sao lưu", "Backup");
    pub const LOADING: Text = Text::new("Đang mở kho dữ liệu…", "Opening the data store…");
    pub const CHECKING: Text = Text::new(
        "Đang kiểm tra {done}/{total} hồ sơ…",
        "Checking {done}/{total} files…",
    );
    pub const STORED: Text = Text::new(
        "Đã lưu trong trình duyệt này: {files} hồ sơ, {keys} khóa, {units} đơn vị trong danh sách.",
        "Stored in this browser: {files} files, {keys} keys, {units} units on the list.",
    );
    pub const NOT_PERSISTENT: Text = Text::new(
        "Trình duyệt chưa cam kết giữ dữ liệu lâu dài: nếu ổ đĩa đầy, dữ liệu có thể bị xóa. Hãy giữ các tệp gốc.",
        "The browser has not promised to keep the data: if the disk fills up, it may be cleared. Keep the original files.",
    );
    pub const UPDATE_READY: Text = Text::new(
        "Đã có phiên bản mới của ứng dụng: tải lại trang khi thuận tiện (dữ liệu đã lưu không mất).",
        "A new version of the app is ready: reload the page when convenient (stored data is kept).",
    );
    pub const BACK_TO_COMMUNE: Text = Text::new(
        "Ứng dụng tự đánh giá của đơn vị",
        "The units' self-assessment app",
    );
}

pub mod keys {
    use super::Text;
    pub const HEADING: Text = Text::new("Khóa của đơn vị", "Units' keys");
    pub const INTRO: Text = Text::new(
        "Nhập tệp đăng ký khóa (DANG-KY-KHOA-….json) mà đơn vị tải từ ứng dụng tự đánh giá, hoặc một sổ khóa (par-keyring/1). Đối chiếu mã khóa với bảng điểm giấy có đóng dấu hoặc đọc qua điện thoại, rồi xác nhận.",
        "Import the key registration files (DANG-KY-KHOA-….json) units download from the self-assessment app, or a keyring (par-keyring/1). Compare the key id with the stamped paper sheet or read it over the phone, then confirm.",
    );
    pub const PICK: Text = Text::new(
        "Tệp đăng ký khóa hoặc sổ khóa",
        "Key registration files or a keyring",
    );
    pub const PENDING: Text = Text::new("Chờ xác nhận", "Waiting for confirmation");
    pub const KEY_ID: Text = Text::new("Mã khóa", "Key id");
    pub const UNIT: Text = Text::new("Đơn vị", "Unit");
    pub const CONFIRM: Text = Text::new("Mã khóa khớp — đăng ký", "The key id matches — register");
    pub const CONFIRM_ROTATION: Text = Text::new(
        "Đã hỏi đơn vị — thêm khóa mới",
        "Asked the unit — add the new key",
    );
    pub const CONFIRM_ALL: Text = Text::new(
        "Đăng ký tất cả khóa mới của sổ khóa",
        "Register every new key of the keyring",
    );
    pub const DISMISS: Text = Text::new("Bỏ qua", "Dismiss");
    pub const NEW_KEY: Text = Text::new(
        "Khóa đầu tiên của đơn vị này. Chỉ đăng ký khi mã khóa khớp với mã trên bảng điểm giấy.",
        "This unit's first key. Register it only if the key id matches the one on the paper sheet.",
    );
    pub const ROTATION: Text = Text::new(
        "Đơn vị này đã có khóa {existing}. Đơn vị có thể đã đổi máy hoặc mất khóa: hãy gọi điện hỏi đơn vị trước khi thêm. Khóa cũ vẫn được giữ để hồ sơ cũ vẫn kiểm tra được.",
        "This unit already has key {existing}. It may have a new computer or have lost its key: call the unit before adding. The old key stays so earlier files still verify.",
    );
    pub const ALREADY: Text = Text::new(
        "Khóa này đã được đăng ký cho đơn vị; không cần làm gì.",
        "This key is already registered for the unit; nothing to do.",
    );
    pub const OTHER_UNIT: Text = Text::new(
        "Khóa này đã đăng ký cho đơn vị {unit}; mỗi đơn vị phải có khóa riêng. Không đăng ký: hãy hỏi lại đơn vị.",
        "This key is registered for unit {unit}; each unit has its own key. Not registered: ask the unit.",
    );
    pub const REFUSED_FILE: Text = Text::new(
        "{file}: không nhận — {reason}",
        "{file}: refused — {reason}",
    );
    pub const NOT_KEY_FILE: Text = Text::new(
        "{file}: không phải tệp đăng ký khóa hay sổ khóa. Hãy chọn tệp DANG-KY-KHOA-….json đơn vị gửi.",
        "{file}: neither a key registration nor a keyring. Choose the DANG-KY-KHOA-….json file the unit sent.",
    );
    pub const REGISTERED: Text =
        Text::new("Khóa đã đăng ký ({count})", "Registered keys ({count})");
    pub const NONE: Text = Text::new("Chưa có khóa nào.", "No key yet.");
    pub const EXPORT: Text = Text::new(
        "Tải sổ khóa (par-keyring/1)",
        "Download the keyring (par-keyring/1)",
    );
    pub const ADDED: Text = Text::new(
        "Đã đăng ký khóa {key} cho đơn vị {unit}.",
        "Registered key {key} for unit {unit}.",
    );
}

pub mod units {
    use super::Text;
    pub const HEADING: Text = Text::new("Danh sách đơn vị", "Units list");
    pub const INTRO: Text = Text::new(
        "Danh sách các xã, phường của tỉnh (CSV hoặc Excel): cột mã đơn vị hành chính và tên đơn vị. Bảng theo dõi cho biết đơn vị nào chưa gửi hồ sơ.",
        "The province's communes and wards (CSV or Excel): the administrative unit code and name. The board shows which units have not sent a file.",
    );
    pub const PICK: Text = Text::new(
        "Tệp danh sách đơn vị (.csv, .xlsx)",
        "Units list file (.csv, .xlsx)",
    );
    pub const LOADED: Text = Text::new(
        "Danh sách “{file}”: {count} đơn vị.",
        "List “{file}”: {count} units.",
    );
    pub const PADDED: Text = Text::new(
        "{count} mã đã mất số 0 ở đầu (do Excel) và đã được bổ sung.",
        "{count} codes had lost their leading zeros (Excel) and were padded.",
    );
    pub const NONE: Text = Text::new("Chưa có danh sách.", "No list yet.");
    pub const REFUSED: Text = Text::new(
        "“{file}” chưa được nhập, danh sách cũ giữ nguyên: {reason}",
        "“{file}” was not imported, the previous list is kept: {reason}",
    );
    pub const CODE: Text = Text::new("Mã đơn vị", "Unit code");
    pub const NAME: Text = Text::new("Tên đơn vị", "Unit name");
}

pub mod import {
    use super::Text;
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
        "hồ sơ làm theo bộ tiêu chí “{id}” phiên bản {version} mà ứng dụng chưa có: hãy thả tệp bộ tiêu chí đó (.json) vào đây; hồ sơ đã được lưu và sẽ được kiểm tra lại",
        "made on criteria set “{id}” version {version}, which the app does not have: drop that set's file (.json) here; the file is stored and will be checked again",
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
        "đây là tệp của vòng thẩm định (kết quả thẩm định, giải trình), chưa được nhận ở màn hình này",
        "this is an appraisal-round file (appraisal, explanation), not received on this screen",
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
}

pub mod board {
    use super::Text;
    pub const HEADING: Text = Text::new("Bảng theo dõi", "Board");
    pub const NO_LIST: Text = Text::new(
        "Chưa có danh sách đơn vị: bảng chỉ gồm các đơn vị đã gửi hồ sơ. Nhập danh sách ở màn hình “Danh sách đơn vị” để biết ai chưa gửi.",
        "No units list yet: the board shows only units that sent files. Import the list on the “Units list” screen to see who has not sent anything.",
    );
    pub const COUNTS: Text = Text::new("Tổng hợp", "Counts");
    pub const VALID: Text = Text::new("Hợp lệ", "Valid");
    pub const REFUSED: Text = Text::new("Không hợp lệ", "Refused");
    pub const CONFLICTING: Text = Text::new("Hồ sơ mâu thuẫn", "Conflicting files");
    pub const MISSING: Text = Text::new("Chưa gửi", "Not yet sent");
    pub const NOT_ON_LIST: Text = Text::new("Không có trong danh sách", "Not on the list");
    pub const UNATTRIBUTED: Text = Text::new(
        "{count} tệp không đọc được là hồ sơ của đơn vị nào.",
        "{count} files could not be read as any unit's submission.",
    );
    pub const SHOW: Text = Text::new("Hiển thị", "Show");
    pub const ALL: Text = Text::new("Tất cả đơn vị", "Every unit");
    pub const CODE: Text = Text::new("Mã", "Code");
    pub const NAME: Text = Text::new("Đơn vị", "Unit");
    pub const STATUS: Text = Text::new("Tình trạng", "Status");
    pub const DETAIL: Text = Text::new("Chi tiết", "Details");
    pub const VALID_DETAIL: Text = Text::new(
        "lần gửi {revision}, {total} điểm, mã khóa {key}, nhận lúc {received}",
        "revision {revision}, {total} points, key {key}, received {received}",
    );
    pub const CONFLICT_DETAIL: Text = Text::new(
        "lần gửi {revision} có {count} hồ sơ khác nhau: hãy hỏi đơn vị hồ sơ nào là hồ sơ nộp",
        "revision {revision} has {count} different files: ask the unit which one it submits",
    );
}

pub mod ranking {
    use super::Text;
    pub const HEADING: Text = Text::new("Xếp hạng", "Ranking");
    pub const PROVISIONAL: Text = Text::new(
        "Kết quả tạm tính: điểm tự đánh giá của đơn vị, do cơ quan tính lại, chưa thẩm định.",
        "Provisional: the units' self-assessment, recomputed by the office, not yet appraised.",
    );
    pub const NONE: Text = Text::new(
        "Chưa có hồ sơ hợp lệ nào để xếp hạng.",
        "No valid file to rank yet.",
    );
    pub const SET: Text = Text::new(
        "Bộ tiêu chí: {title} ({id} phiên bản {version}) — {count} đơn vị.",
        "Criteria set: {title} ({id} version {version}) — {count} units.",
    );
    pub const OTHER_SETS: Text = Text::new(
        "{count} đơn vị làm theo bộ tiêu chí khác, không có trong bảng này.",
        "{count} units used another criteria set and are not in this table.",
    );
    pub const SORT_HINT: Text = Text::new(
        "Bấm vào tiêu đề cột để sắp xếp.",
        "Click a column heading to sort.",
    );
    pub const RANK: Text = Text::new("Hạng", "Rank");
    pub const CODE: Text = Text::new("Mã", "Code");
    pub const NAME: Text = Text::new("Đơn vị", "Unit");
    pub const TOTAL: Text = Text::new("Tổng điểm", "Total");
    pub const MAX: Text = Text::new("Tối đa áp dụng", "Applicable max");
    pub const INDEX: Text = Text::new("Chỉ số", "Index");
    pub const CLASS: Text = Text::new("Xếp loại", "Class");
    pub const FIELD: Text = Text::new("LV {code}", "F {code}");
    pub const FIELDS_HEADING: Text = Text::new(
        "Lĩnh vực mất nhiều điểm nhất trên toàn tỉnh",
        "Fields losing the most points across the province",
    );
    pub const FIELD_NAME: Text = Text::new("Lĩnh vực", "Field");
    pub const POINTS: Text = Text::new("Điểm đạt (tổng)", "Points (sum)");
    pub const LOST: Text = Text::new("Điểm bị mất", "Points lost");
    pub const PERCENT: Text = Text::new("Tỷ lệ đạt", "Share achieved");
    pub const RANGE: Text = Text::new("Thấp nhất – cao nhất", "Lowest – highest");
    pub const CSV: Text = Text::new("Tải bảng xếp hạng (CSV)", "Download the ranking (CSV)");
    pub const XLSX: Text = Text::new("Tải bảng xếp hạng (Excel)", "Download the ranking (Excel)");
    pub const EXPORT_FAILED: Text = Text::new(
        "Không tạo được tệp: {reason}",
        "Could not make the file: {reason}",
    );
}

pub mod backup {
    use super::Text;
    pub const HEADING: Text = Text::new("Sao lưu và khôi phục", "Backup and restore");
    pub const INTRO: Text = Text::new(
        "Tải toàn bộ dữ liệu của cơ quan (hồ sơ đã nhận, sổ khóa, danh sách đơn vị, bộ tiêu chí) thành một tệp để cất giữ, hoặc khôi phục ở trình duyệt khác. Khôi phục chỉ thêm những gì trình duyệt này chưa có, không xóa hay thay đổi gì.",
        "Download all the office's data (received files, keyring, units list, criteria sets) as one file to keep, or restore it in another browser. Restoring only adds what this browser lacks; it removes or changes nothing.",
    );
    pub const DOWNLOAD: Text = Text::new("Tải bản sao lưu", "Download a backup");
    pub const PICK: Text = Text::new(
        "Khôi phục từ bản sao lưu (.json)",
        "Restore from a backup (.json)",
    );
    pub const RESTORED: Text = Text::new(
        "Đã khôi phục: {files} hồ sơ, {keys} khóa, {sets} bộ tiêu chí{units}.",
        "Restored: {files} files, {keys} keys, {sets} criteria sets{units}.",
    );
    pub const WITH_UNITS: Text = Text::new(", danh sách đơn vị", ", the units list");
    pub const REFUSED: Text = Text::new(
        "“{file}” chưa được khôi phục, dữ liệu hiện có giữ nguyên: {reason}",
        "“{file}” was not restored; the data here is unchanged: {reason}",
    );
}
