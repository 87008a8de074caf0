//! Pure, DOM-free logic the app needs on top of `par-core`. Everything here is plain Rust with
//! native unit tests, and is a candidate to move into `par-core` (see the module docs).

pub mod bundled;
pub mod input;
pub mod pages;
pub mod problem_target;
