use par_core::Text;

pub const HEADING: Text = Text::new("Khóa của cơ quan thẩm định", "The appraising office's key");
pub const INTRO: Text = Text::new(
    "Cơ quan ký kết quả thẩm định và kết quả cuối cùng bằng khóa này, để đơn vị phân biệt tệp thật với tệp giả. Trình duyệt chỉ lưu bản sao lưu đã mã hóa; mỗi phiên làm việc mở khóa bằng cụm mật khẩu.",
    "The office signs appraisals and final results with this key, so units can tell a genuine file from a forged one. The browser keeps only the encrypted backup; each session unlocks it with the passphrase.",
);
pub const KEY_ID: Text = Text::new(
    "Mã khóa (in trên văn bản thông báo chính thức gửi các đơn vị)",
    "Key id (print it on the official notice sent to units)",
);
pub const UNLOCKED: Text = Text::new(
    "Khóa đang mở cho phiên này: có thể ký.",
    "The key is unlocked for this session: signing is possible.",
);
pub const LOCKED: Text = Text::new(
    "Khóa đang khóa: nhập cụm mật khẩu để mở trước khi ký.",
    "The key is locked: enter the passphrase to unlock it before signing.",
);
pub const NONE: Text = Text::new(
    "Cơ quan chưa có khóa: tạo khóa mới, hoặc khôi phục từ tệp sao lưu khóa.",
    "The office has no key yet: create one, or restore it from its backup file.",
);
pub const PASSPHRASE: Text = Text::new("Cụm mật khẩu", "Passphrase");
pub const PASSPHRASE_AGAIN: Text = Text::new("Nhập lại cụm mật khẩu", "Passphrase again");
pub const PASSPHRASE_HINT: Text = Text::new(
    "Ít nhất 10 ký tự. Ghi lại và cất giữ cẩn thận: mất cụm mật khẩu thì không mở được khóa.",
    "At least 10 characters. Write it down and keep it safe: without it the key cannot be opened.",
);
pub const UNLOCK: Text = Text::new("Mở khóa", "Unlock");
pub const LOCK: Text = Text::new("Khóa lại", "Lock");
pub const CREATE_HEADING: Text = Text::new("Tạo khóa mới", "Create a new key");
pub const CREATE: Text = Text::new(
    "Tạo khóa và tải tệp sao lưu",
    "Create the key and download its backup",
);
pub const REPLACE_WARNING: Text = Text::new(
    "Cơ quan đã có khóa. Khóa mới thay khóa này: các đơn vị đã xác nhận khóa cũ sẽ thấy cảnh báo khóa khác, phải thông báo lại mã khóa mới.",
    "The office already has a key. A new key replaces it: units that confirmed the old key will see a changed-key warning and must be told the new id.",
);
pub const WORKING: Text = Text::new("Đang mã hóa khóa…", "Encrypting the key…");
pub const CREATED: Text = Text::new(
    "Đã tạo khóa {id} và tải tệp sao lưu {file}. Cất tệp này ở nơi an toàn (USB, ổ mạng của cơ quan).",
    "Key {id} created and its backup {file} downloaded. Keep the file somewhere safe (USB, the office's network drive).",
);
pub const RESTORE_HEADING: Text = Text::new(
    "Khôi phục từ tệp sao lưu khóa",
    "Restore from the key backup file",
);
pub const RESTORE_FILE: Text = Text::new(
    "Tệp sao lưu khóa (khoa-co-quan-….json)",
    "Key backup file (khoa-co-quan-….json)",
);
pub const RESTORE: Text = Text::new("Khôi phục khóa", "Restore the key");
pub const RESTORED: Text = Text::new(
    "Đã khôi phục và mở khóa {id}.",
    "Key {id} restored and unlocked.",
);
pub const NO_FILE: Text = Text::new("Hãy chọn tệp sao lưu khóa.", "Choose the key backup file.");
pub const UNREADABLE: Text = Text::new(
    "Không đọc được tệp (không phải tệp văn bản).",
    "The file could not be read (not a text file).",
);
pub const DOWNLOAD_AGAIN: Text =
    Text::new("Tải lại tệp sao lưu khóa", "Download the key backup again");
pub const NOT_DOWNLOADED: Text = Text::new(
    "Khóa đã lưu nhưng chưa tải được tệp sao lưu ({reason}): bấm “Tải lại tệp sao lưu khóa”.",
    "The key is stored but its backup was not downloaded ({reason}): press “Download the key backup again”.",
);
