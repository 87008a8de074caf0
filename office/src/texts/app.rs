use par_core::Text;

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
pub const TAB_OFFICE_KEY: Text = Text::new("Khóa của cơ quan", "Office key");
pub const TAB_PUBLISH: Text = Text::new("Công bố kết quả", "Publish results");
pub const STORE_UPDATED: Text = Text::new(
    "Ứng dụng vừa được cập nhật lên phiên bản mới ở một thẻ khác. Thẻ này (phiên bản cũ) đã \
     ngừng dùng kho dữ liệu để không cản bản mới; mọi thứ đã lưu vẫn còn nguyên. Hãy tải lại \
     thẻ này để tiếp tục với phiên bản mới.",
    "The app was just updated to a new version in another tab. This tab (the old version) has \
     stopped using the data store so as not to hold the new one up; everything stored is kept. \
     Reload this tab to go on with the new version.",
);
pub const RELOAD: Text = Text::new("Tải lại thẻ này", "Reload this tab");
pub const STORE_BLOCKED: Text = Text::new(
    "Một thẻ khác của ứng dụng cơ quan (phiên bản cũ) đang giữ kho dữ liệu nên trang này chưa \
     mở được nó. Hãy đóng các thẻ khác của ứng dụng cơ quan: trang này sẽ tự mở tiếp, không \
     mất dữ liệu.",
    "Another tab of the office app (an older version) holds the data store, so this page cannot \
     open it yet. Close the other tabs of the office app: this page then goes on by itself, \
     nothing is lost.",
);
