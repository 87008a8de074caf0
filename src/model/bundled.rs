//! The criteria set shipped inside the app, so it works with no network and no file at hand.

/// `frameworks/mau-xa-2025.json`, the illustrative commune set, without indentation (build.rs).
pub const SAMPLE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/bundled-set.json"));

thread_local! {
    /// The bundled set, read and validated once per page rather than by every caller.
    static BUNDLED: Result<par_core::Framework, String> =
        par_core::load_framework(SAMPLE_JSON).map_err(|error| error.to_string());
}

/// The bundled set, ready to use (or why it is not: only possible with a broken build).
pub fn framework() -> Result<par_core::Framework, String> {
    BUNDLED.with(Clone::clone)
}

/// Whether `id@version` is the bundled set (compared in place, without copying the set).
pub fn is(id: &str, version: &str) -> bool {
    BUNDLED.with(|set| {
        set.as_ref()
            .is_ok_and(|set| set.id == id && set.version == version)
    })
}

/// Where `?demo=full` fetches answers to every item of the sample set from (demonstrations and
/// the export end-to-end test): `frameworks/examples/mau-xa-2025.answers.json`, copied next to the
/// app by Trunk rather than compiled in, so nobody downloads it who does not use it.
pub const SAMPLE_ANSWERS_URL: &str = "demo/mau-xa-2025.answers.json";

#[cfg(test)]
mod tests {
    #[test]
    fn the_bundled_set_loads_without_problems() {
        let set = par_core::load_framework(super::SAMPLE_JSON).expect("bundled set is valid");
        assert_eq!(set.id, "mau-xa-2025");
        assert!(!set.appraising_body.is_empty());
    }

    #[test]
    fn the_bundled_copy_is_the_same_json_as_the_file() {
        let file: serde_json::Value =
            serde_json::from_str(include_str!("../../frameworks/mau-xa-2025.json")).unwrap();
        let bundled: serde_json::Value = serde_json::from_str(super::SAMPLE_JSON).unwrap();
        assert_eq!(bundled, file);
        assert!(super::SAMPLE_JSON.len() < 80_000, "indentation removed");
    }

    #[test]
    fn the_sample_answers_answer_every_item_of_the_bundled_set() {
        let set = par_core::load_framework(super::SAMPLE_JSON).expect("bundled set is valid");
        let answers: par_core::answers::Answers = serde_json::from_str(include_str!(
            "../../frameworks/examples/mau-xa-2025.answers.json"
        ))
        .expect("sample answers read");
        let sheet = par_core::score(&set, &answers);
        assert!(sheet.problems.is_empty(), "{:?}", sheet.problems);
    }
}
