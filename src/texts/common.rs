//! Texts of the page around the screens: title, skip links, tabs.

use par_core::Text;

pub const APP_TITLE: Text = Text::new(
    "Tự đánh giá Chỉ số cải cách hành chính cấp xã",
    "Commune PAR Index self-assessment",
);
pub const SKIP_TO_CONTENT: Text = Text::new("Bỏ qua, đến nội dung chính", "Skip to main content");
/// Shown for the moment the other page of the app takes to open (the export is a page of its own).
pub const OPENING_PAGE: Text = Text::new("Đang mở trang…", "Opening the page…");
pub const SKIP_TO_CRITERION: Text = Text::new(
    "Bỏ qua danh mục, đến tiêu chí đang chấm",
    "Skip the list, go to the current criterion",
);
pub const TABS_LABEL: Text = Text::new("Các bước", "Steps");
pub const TAB_START: Text = Text::new("Bộ tiêu chí và đơn vị", "Criteria set and unit");
pub const TAB_WALK: Text = Text::new("Chấm điểm", "Scoring");
pub const TAB_SUMMARY: Text = Text::new("Tổng hợp", "Summary");
pub const BUNDLED_ERROR: Text = Text::new(
    "Không đọc được bộ tiêu chí mẫu đi kèm",
    "The bundled sample criteria set could not be read",
);
