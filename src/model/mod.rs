//! What the app adds on top of `par-core`: the bundled criteria set and where each problem's
//! input is on the page.

pub mod bundled;
pub mod problem_target;
