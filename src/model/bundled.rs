//! The criteria set shipped inside the app, so it works with no network and no file at hand.

/// `frameworks/mau-xa-2025.json`, the illustrative commune set.
pub const SAMPLE_JSON: &str = include_str!("../../frameworks/mau-xa-2025.json");

#[cfg(test)]
mod tests {
    #[test]
    fn the_bundled_set_loads_without_problems() {
        let set = par_core::load_framework(super::SAMPLE_JSON).expect("bundled set is valid");
        assert_eq!(set.id, "mau-xa-2025");
        assert!(!set.appraising_body.is_empty());
    }
}
