//! One component per file; each reads the [`crate::state::AppState`] from context.

pub mod drafts;
pub mod export;
pub mod header;
pub mod score_bar;
pub mod start;
pub mod summary;
pub mod walk;
