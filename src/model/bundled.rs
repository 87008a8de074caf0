//! The criteria set shipped inside the app, so it works with no network and no file at hand.

/// `frameworks/mau-xa-2025.json`, the illustrative commune set.
pub const SAMPLE_JSON: &str = include_str!("../../tests/fixtures/mini.json");
