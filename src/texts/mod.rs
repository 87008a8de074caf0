//! Every text of the commune app's interface, organised by screen. Each text is one
//! [`par_core::Text`]: Vietnamese (full diacritics) and English side by side, both required, so a
//! text missing in one language does not compile. The same mechanism serves the office app and
//! `par`. Texts of the criteria set itself come from the set (`Lang::pick`); messages about answers
//! come from `par-core` (`ProblemKind::message`).
//!
//! Read a text with `TEXT.get(lang)`, or as a signal that follows the page's language with
//! [`text`] (one type for every text: the page compiles one piece of rendering code for all).

pub mod appraisal;
pub mod common;
pub mod drafts;
pub mod export;
pub mod start;
pub mod summary;
pub mod walk;

pub use par_web::text;
