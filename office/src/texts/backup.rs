use par_core::Text;

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
