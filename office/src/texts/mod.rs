//! Every text of the office app, both languages side by side (`par_core::Text`), by screen.
//! Placeholders `{name}` are filled with `Text::fill`. Messages about a file's verification are
//! par-core's own (`Outcome::describe`), except where the office app says it better.

pub mod app;
pub mod backup;
pub mod board;
pub mod criteria;
pub mod import;
pub mod keys;
pub mod office_key;
pub mod publish;
pub mod ranking;
pub mod unit_page;
pub mod units;
