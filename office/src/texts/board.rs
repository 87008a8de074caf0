use par_core::Text;

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
