//! Texts of the start screen: the criteria set, the unit, the first steps.

use par_core::Text;

pub const START_HEADING: Text = Text::new("Bắt đầu tự đánh giá", "Start the self-assessment");
/// The link to the appraising office's app (office/index.html), at the foot of the start screen.
pub const OFFICE_LINK: Text = Text::new("Dành cho cơ quan thẩm định", "For the appraising office");
pub const START_STEP_SET: Text = Text::new(
    "Chọn bộ tiêu chí của tỉnh (mục “Bộ tiêu chí” bên dưới).",
    "Choose the province's criteria set (“Criteria set” below).",
);
pub const START_STEP_UNIT: Text = Text::new(
    "Nhập thông tin đơn vị: tỉnh, tên và mã xã, năm đánh giá, người lập, Chủ tịch UBND.",
    "Enter the unit: province, commune name and code, year, preparer, chairperson.",
);
pub const START_STEP_SCORE: Text = Text::new(
    "Bấm “Bắt đầu chấm điểm” rồi chấm từng tiêu chí. Điểm được tính ngay khi bạn nhập; dữ liệu chỉ nằm trên máy này.",
    "Press “Start scoring”, then score each criterion. Scores update as you type; the data stays on this computer.",
);
pub const START_NOTICE_NEW: Text = Text::new(
    "Đã mở một bản nháp mới, chưa có dữ liệu. Hãy bắt đầu từ bước 1: chọn bộ tiêu chí, rồi nhập thông tin đơn vị.",
    "A new, empty draft is open. Start at step 1: choose the criteria set, then enter the unit.",
);
pub const START_NOTICE_UNIT_FIRST: Text = Text::new(
    "Chưa chấm điểm được: hãy nhập đủ thông tin đơn vị trước (bước 2). Ô cần sửa được đánh dấu bên dưới.",
    "Scoring cannot start yet: enter the unit first (step 2). The boxes to correct are marked below.",
);
pub const SET_LEGEND: Text = Text::new("Bộ tiêu chí", "Criteria set");
pub const SET_SAMPLE: Text = Text::new("Bộ tiêu chí mẫu đi kèm", "Bundled sample criteria set");
pub const SET_FILE: Text = Text::new(
    "Nhập tệp bộ tiêu chí (JSON) của tỉnh",
    "Import the province's criteria set (JSON file)",
);
pub const SET_FILE_LABEL: Text = Text::new(
    "Chọn tệp bộ tiêu chí (.json)",
    "Choose the criteria set file (.json)",
);
pub const SET_FILE_READING: Text = Text::new("Đang đọc tệp…", "Reading the file…");
pub const SET_FILE_LOADED: Text =
    Text::new("Đã nạp bộ tiêu chí từ tệp", "Criteria set loaded from file");
pub const SET_FILE_UNREADABLE: Text = Text::new(
    "Không đọc được tệp (không phải văn bản UTF-8).",
    "The file could not be read (not UTF-8 text).",
);
pub const SET_FILE_TOO_LARGE: Text = Text::new(
    "Tệp lớn hơn 5 MB, không phải bộ tiêu chí.",
    "The file is larger than 5 MB; it is not a criteria set.",
);
pub const SET_ERRORS_HEADING: Text =
    Text::new("Không dùng được tệp này", "This file cannot be used");
/// What to do with the list of problems of a criteria-set file.
pub const SET_ERRORS_NEXT: Text = Text::new(
    "Hãy gửi danh sách lỗi này cho nơi cung cấp tệp (thường là cơ quan thẩm định) để nhận tệp đúng; bộ tiêu chí đang dùng vẫn giữ nguyên.",
    "Send this list to whoever provided the file (usually the appraising office) to get a correct one; the criteria set in use stays as it is.",
);
pub const SET_ERRORS_COUNT: Text = Text::new(
    "lỗi cần sửa trong tệp",
    "problems to fix in the file (messages in Vietnamese)",
);
pub const JSON_POSITION: Text =
    Text::new("dòng {line}, cột {column}", "line {line}, column {column}");
pub const INFO_PROVINCE: Text = Text::new("Tỉnh, thành phố", "Province");
pub const INFO_YEAR: Text = Text::new("Năm đánh giá", "Year assessed");
pub const INFO_VERSION: Text = Text::new("Phiên bản", "Version");
pub const INFO_DECISION: Text = Text::new("Quyết định ban hành", "Issuing decision");
pub const INFO_DECISION_LINE: Text = Text::new(
    "Số {number} ngày {date} của {issuer}",
    "No. {number} of {date}, {issuer}",
);
pub const INFO_APPRAISING_BODY: Text = Text::new("Cơ quan thẩm định", "Appraising body");
pub const INFO_EVIDENCE_POLICY: Text = Text::new("Tài liệu kiểm chứng", "Evidence");
pub const POLICY_ZERO: Text = Text::new(
    "Tiêu chí thiếu tài liệu kiểm chứng bắt buộc được 0 điểm.",
    "An item missing required evidence scores 0.",
);
pub const POLICY_EXPLANATION: Text = Text::new(
    "Tiêu chí thiếu tài liệu kiểm chứng bắt buộc phải có giải trình.",
    "An item missing required evidence needs a written explanation.",
);
pub const INFO_SIZE: Text = Text::new("Quy mô", "Size");
pub const INFO_FIELDS: Text = Text::new("lĩnh vực", "fields");
pub const INFO_CRITERIA: Text = Text::new("tiêu chí", "criteria");
pub const INFO_ITEMS: Text = Text::new("tiêu chí thành phần", "sub-criteria");
pub const INFO_MAX: Text = Text::new("điểm tối đa", "maximum points");
pub const NOTICE: Text = Text::new("Lưu ý", "Note");
pub const UNIT_HEADING: Text = Text::new("Thông tin đơn vị", "The unit");
pub const UNIT_PROVINCE: Text = Text::new("Tỉnh, thành phố", "Province");
pub const UNIT_NAME: Text = Text::new("Tên xã, phường", "Commune or ward");
pub const UNIT_NAME_HINT: Text =
    Text::new("Ví dụ: UBND xã Tân Lập", "For example: UBND xã Tân Lập");
pub const UNIT_CODE: Text = Text::new("Mã đơn vị hành chính", "Administrative unit code");
pub const UNIT_CODE_HINT: Text = Text::new(
    "5 chữ số theo danh mục đơn vị hành chính",
    "5 digits from the national list of administrative units",
);
pub const UNIT_YEAR: Text = Text::new("Năm đánh giá", "Year assessed");
pub const UNIT_PREPARER: Text = Text::new("Người lập (họ và tên)", "Prepared by (full name)");
pub const UNIT_CHAIRPERSON: Text =
    Text::new("Chủ tịch UBND (họ và tên)", "Chairperson (full name)");
pub const UNIT_HAS_PROBLEMS: Text = Text::new(
    "Hãy sửa các ô được đánh dấu bên dưới.",
    "Please correct the marked boxes below.",
);
pub const START_BUTTON: Text = Text::new("Bắt đầu chấm điểm", "Start scoring");
