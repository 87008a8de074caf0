//! The texts of the shared layer, both languages side by side (`par_core::Text`), and the one way
//! an interface text follows the page's language.

use leptos::prelude::{Get, RwSignal, Signal};
use par_core::{Lang, Text};

/// A text that follows the page's language. Every such text is the same type, `Signal<&str>`,
/// so the page compiles one piece of rendering code for all of them (a smaller download).
pub fn text(lang: RwSignal<Lang>, text: Text) -> Signal<&'static str> {
    Signal::derive(move || text.get(lang.get()))
}

pub const LANGUAGE: Text = Text::new("Ngôn ngữ", "Language");
/// The button of a file box (the browser's own says "Choose File" in the browser's language).
pub const CHOOSE_FILE: Text = Text::new("Chọn tệp…", "Choose a file…");
/// The button of a box for many files.
pub const CHOOSE_FILES: Text = Text::new("Chọn các tệp…", "Choose files…");
/// The button of a folder box.
pub const CHOOSE_FOLDER: Text = Text::new("Chọn thư mục…", "Choose a folder…");

/// Storage full: nothing was written.
pub const WRITE_FULL: Text = Text::new(
    "Bộ nhớ của trình duyệt đã đầy nên chưa lưu được. Hãy tải bản sao lưu về máy, rồi xóa các bản nháp cũ không dùng nữa.",
    "The browser's storage is full, so nothing was saved. Download a backup, then delete old drafts you no longer need.",
);
/// No storage at all (private window, storage turned off for the site).
pub const STORAGE_BLOCKED: Text = Text::new(
    "Trình duyệt đang chặn lưu dữ liệu cho trang này (cửa sổ ẩn danh, hoặc đã tắt lưu trữ cho trang). Hãy tải bản sao lưu về máy ngay, rồi mở ứng dụng trong cửa sổ thường.",
    "The browser blocks storage for this page (private window, or storage turned off for the site). Download a backup now, then open the app in a normal window.",
);
/// Another refusal, with the browser's own words in `{error}`.
pub const WRITE_FAILED: Text = Text::new(
    "Trình duyệt không cho lưu bản nháp ({error}). Hãy tải bản sao lưu về máy để giữ dữ liệu.",
    "The browser refused to save the draft ({error}). Download a backup to keep your data.",
);
