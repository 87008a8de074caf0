use par_core::Text;

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
pub const REGISTERED: Text = Text::new("Khóa đã đăng ký ({count})", "Registered keys ({count})");
pub const NONE: Text = Text::new("Chưa có khóa nào.", "No key yet.");
pub const EXPORT: Text = Text::new(
    "Tải sổ khóa (par-keyring/1)",
    "Download the keyring (par-keyring/1)",
);
pub const ADDED: Text = Text::new(
    "Đã đăng ký khóa {key} cho đơn vị {unit}.",
    "Registered key {key} for unit {unit}.",
);
pub const PENDING_NOT_SAVED: Text = Text::new(
    "Các khóa chờ xác nhận vẫn hiện ở đây nhưng chưa lưu được, nên sẽ mất khi tải lại trang: {error}",
    "The keys waiting for confirmation are still shown here but could not be stored, so a reload would lose them: {error}",
);
