//! The criteria-set screen: the sets the office has, loading the template or a JSON set, the
//! preview as a commune walks it, and the comparison of two versions.

use par_core::Text;

pub const TAB: Text = Text::new("Bộ tiêu chí", "Criteria sets");
pub const HEADING: Text = Text::new("Bộ tiêu chí", "Criteria sets");
pub const INTRO: Text = Text::new(
    "Các bộ tiêu chí cơ quan đang dùng để kiểm tra hồ sơ. Nạp mẫu bảng tính đã điền (.xlsx, hoặc các trang của mẫu lưu dạng .csv) hay tệp bộ tiêu chí (.json): mọi lỗi được chỉ ra cùng lúc, tại ô của bảng tính. Bộ tiêu chí không có lỗi thì lưu lại để kiểm tra hồ sơ, và tải tệp JSON về để gửi cho các xã.",
    "The criteria sets the office checks files against. Load the filled template (.xlsx, or its sheets saved as .csv) or a criteria-set file (.json): every problem is shown at once, at its cell. A set without problems can be stored to check files, and its JSON downloaded to send to the communes.",
);
pub const KNOWN_HEADING: Text = Text::new("Bộ tiêu chí đã có", "Sets the office has");
pub const COL_PROVINCE: Text = Text::new("Tỉnh", "Province");
pub const COL_YEAR: Text = Text::new("Năm", "Year");
pub const COL_VERSION: Text = Text::new("Phiên bản", "Version");
pub const COL_DECISION: Text = Text::new("Quyết định", "Decision");
pub const COL_ITEMS: Text = Text::new("Số tiêu chí thành phần", "Items");
pub const COL_MAX: Text = Text::new("Điểm tối đa", "Maximum");
pub const COL_HASH: Text = Text::new("Mã băm", "Hash");
pub const COL_SOURCE: Text = Text::new("Nguồn", "Source");
pub const COL_FILE: Text = Text::new("Tệp JSON", "JSON file");
pub const BUNDLED: Text = Text::new("có sẵn trong ứng dụng", "bundled with the app");
pub const STORED: Text = Text::new("đã lưu", "stored");
pub const DOWNLOAD: Text = Text::new("Tải JSON", "Download JSON");
pub const DOWNLOAD_NAMED: Text = Text::new(
    "Tải JSON của bộ tiêu chí {name}",
    "Download JSON of set {name}",
);

pub const LOAD_HEADING: Text = Text::new("Nạp bộ tiêu chí", "Load a criteria set");
pub const PICK: Text = Text::new(
    "Mẫu bảng tính đã điền (.xlsx), các trang của mẫu lưu dạng .csv, hoặc tệp bộ tiêu chí (.json)",
    "Filled template (.xlsx), its sheets saved as .csv, or a criteria-set file (.json)",
);
pub const READING: Text = Text::new("Đang đọc “{file}”…", "Reading “{file}”…");
pub const LOADED: Text = Text::new(
    "“{file}” không có lỗi (đọc và kiểm tra trong {ms} ms): {name}.",
    "“{file}” has no problems (read and checked in {ms} ms): {name}.",
);
pub const REFUSED: Text = Text::new(
    "“{file}” chưa được nhận, không có gì được lưu: {reason}",
    "“{file}” was not taken, nothing was stored: {reason}",
);
pub const PROBLEMS: Text = Text::new(
    "“{file}” có {count} lỗi, chưa được nhận và không có gì được lưu. Hãy sửa từng lỗi tại vị trí ghi bên cạnh rồi nạp lại tệp.",
    "“{file}” has {count} problems; it was not taken and nothing was stored. Fix each at the place shown, then load the file again.",
);
pub const WHOLE_FILE: Text = Text::new("cả tệp", "whole file");
pub const STORE: Text = Text::new("Lưu để kiểm tra hồ sơ", "Store it to check files");
pub const STORED_NOW: Text = Text::new(
    "Đã lưu bộ tiêu chí {name}; hồ sơ làm theo bộ này được kiểm tra lại.",
    "Stored set {name}; files made on it are checked again.",
);
pub const ALREADY: Text = Text::new(
    "Bộ tiêu chí {name} đã có, giống hệt (cùng mã băm); không cần lưu lại.",
    "Set {name} is already there, identical (same hash); nothing to store.",
);
pub const CONFLICT: Text = Text::new(
    "Đã có một bộ tiêu chí {name} khác (mã băm {hash}), nên bộ này không được lưu: hồ sơ của xã không thể biết mình làm theo bộ nào. Nếu đây là bản sửa đổi, hãy ghi phiên bản mới trong trang “Thông tin chung” của bảng tính.",
    "Another set {name} is stored already (hash {hash}), so this one was not stored: a commune's file could not tell which it follows. If this is an amendment, write a new version on the “Thông tin chung” sheet.",
);

pub const PREVIEW_HEADING: Text = Text::new(
    "Xem trước như xã sẽ thấy",
    "Preview as a commune will walk it",
);
pub const PREVIEW_INTRO: Text = Text::new(
    "Chỉ để xem: từng lĩnh vực, tiêu chí và tiêu chí thành phần theo đúng thứ tự xã sẽ đi qua, với cách tính điểm bằng lời. Bấm vào tên lĩnh vực để mở hoặc thu gọn.",
    "Read only: every field, criterion and item in the order a commune walks them, with the rule in words. Click a field's name to open or close it.",
);
pub const PREVIEW_PICK: Text = Text::new("Bộ tiêu chí xem trước", "Set to preview");
pub const LOADED_CHOICE: Text = Text::new("(vừa nạp, chưa lưu)", "(just loaded, not stored)");
pub const OPEN_ALL: Text = Text::new("Mở tất cả", "Open all");
pub const CLOSE_ALL: Text = Text::new("Thu gọn tất cả", "Close all");
pub const APPRAISING_BODY: Text = Text::new("Cơ quan thẩm định", "Appraising body");
pub const EVIDENCE_POLICY: Text = Text::new(
    "Tiêu chí thiếu tài liệu kiểm chứng",
    "An item without evidence",
);
pub const CLASSES: Text = Text::new("Xếp loại", "Classification");
pub const EVIDENCE: Text = Text::new("Tài liệu kiểm chứng", "Evidence");
pub const EVIDENCE_REQUIRED: Text = Text::new(" (bắt buộc)", " (required)");
pub const GUIDANCE: Text = Text::new("Hướng dẫn", "Guidance");
pub const BONUS: Text = Text::new("Điểm thưởng, tối đa {cap}", "Bonus, at most {cap}");
pub const PENALTY: Text = Text::new("Điểm trừ, tối đa {cap}", "Penalty, at most {cap}");
pub const NO_RULE: Text = Text::new(
    "Điểm là tổng của các tiêu chí thành phần dưới đây.",
    "The points are the sum of the items below.",
);

pub const COMPARE_HEADING: Text =
    Text::new("So sánh với phiên bản khác", "Compare with another version");
pub const COMPARE_INTRO: Text = Text::new(
    "Những gì thay đổi từ bộ cũ sang bộ mới: tiêu chí thêm, bỏ, đổi tên, đổi điểm tối đa hay cách tính điểm — đúng danh sách xã thấy khi chuyển bản nháp sang phiên bản mới.",
    "What changed from the old set to the new one: items added, removed, retitled, with a new maximum or rule — the very list a commune sees when its draft moves to the new version.",
);
pub const COMPARE_OLD: Text = Text::new("Bộ cũ", "Old set");
pub const COMPARE_NEW: Text = Text::new("Bộ mới", "New set");
pub const SAME: Text = Text::new(
    "Không có thay đổi giữa {old} và {new}.",
    "No changes between {old} and {new}.",
);
pub const CHANGES: Text = Text::new(
    "Thay đổi từ {old} sang {new}: {count} tiêu chí thành phần.",
    "Changes from {old} to {new}: {count} items.",
);
pub const SET_CHANGES: Text = Text::new("Thông tin chung", "The set itself");
pub const BEFORE: Text = Text::new("Trước", "Before");
pub const NOW: Text = Text::new("Nay", "Now");
