//! Everything `par` prints, apart from the commands that decide what to print (as ripgrep keeps
//! its printer apart from its search). Every value that comes from a file or a file name goes
//! through `par_core::one_line` (`shown`), so no file can start a line of its own, move the
//! cursor or turn text around in the office's terminal.

pub mod across;
pub mod board;
pub mod framework;
pub mod keys;
pub mod rank;
pub mod registration;
pub mod round;
pub mod score;
pub mod table;
pub mod verify;

use std::path::Path;

use par_core::Lang;

/// A file name as printed.
pub fn name(path: &Path) -> String {
    crate::error::shown(path)
}

/// Any text from a file as printed.
pub fn shown(text: &str) -> String {
    par_core::one_line(text).into_owned()
}

/// "hai tệp", "two files": the number in words where a sentence reads better with it.
pub fn count_word(count: usize, lang: Lang) -> String {
    match (count, lang) {
        (2, Lang::Vi) => "hai".into(),
        (3, Lang::Vi) => "ba".into(),
        (2, Lang::En) => "two".into(),
        (3, Lang::En) => "three".into(),
        (n, _) => n.to_string(),
    }
}
