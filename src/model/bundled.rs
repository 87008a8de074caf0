//! The criteria set shipped inside the app, so it works with no network and no file at hand.

/// `frameworks/mau-xa-2025.json`, the illustrative commune set.
pub const SAMPLE_JSON: &str = include_str!("../../frameworks/mau-xa-2025.json");

/// `frameworks/examples/mau-xa-2025.answers.json`: answers to every item of the sample set, loaded
/// by `?demo=full` (demonstrations and the export end-to-end test).
pub const SAMPLE_ANSWERS_JSON: &str =
    include_str!("../../frameworks/examples/mau-xa-2025.answers.json");

#[cfg(test)]
mod tests {
    #[test]
    fn the_bundled_set_loads_without_problems() {
        let set = par_core::load_framework(super::SAMPLE_JSON).expect("bundled set is valid");
        assert_eq!(set.id, "mau-xa-2025");
        assert!(!set.appraising_body.is_empty());
    }

    #[test]
    fn the_sample_answers_answer_every_item_of_the_bundled_set() {
        let set = par_core::load_framework(super::SAMPLE_JSON).expect("bundled set is valid");
        let answers: par_core::answers::Answers =
            serde_json::from_str(super::SAMPLE_ANSWERS_JSON).expect("sample answers read");
        let sheet = par_core::score(&set, &answers);
        assert!(sheet.problems.is_empty(), "{:?}", sheet.problems);
    }
}
