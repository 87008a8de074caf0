//! Components both apps use, one per file. Each takes the page's language as a prop.

pub mod file_picker;
pub mod files_picker;
pub mod lang_switch;
pub mod messages;

pub use file_picker::FilePicker;
pub use files_picker::FilesPicker;
pub use lang_switch::LangSwitch;
pub use messages::Messages;
