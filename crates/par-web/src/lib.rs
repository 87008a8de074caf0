//! The browser layer both web apps share (the commune's app at `/`, the office's at `/office/`):
//! everything that touches a browser API and is not one app's business. Nothing here panics on a
//! browser without an API (private window, storage turned off): it answers "nothing" or a typed
//! error, and each error has a Vietnamese sentence saying what to do.
//!
//! Domain rules are never here: they are `par_core`. Each app keeps its own screens and texts.

pub mod clipboard;
pub mod clock;
pub mod components;
pub mod download;
pub mod files;
pub mod format;
pub mod ids;
pub mod local_storage;
pub mod offline;
pub mod random;
pub mod texts;

pub use texts::text;
