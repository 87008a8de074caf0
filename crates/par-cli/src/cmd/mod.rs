//! The commands: each loads what it needs, asks par-core, and hands the result to its printer.

pub mod appraise;
pub mod diff;
pub mod framework;
pub mod keys;
pub mod rank;
pub mod schema;
pub mod score;
pub mod sheet;
pub mod verify;
