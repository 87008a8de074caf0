//! Verifies one generated submission many times, for a profiler.
fn main() {
    let path = std::env::args().nth(1).expect("FILE");
    let text = std::fs::read_to_string(path).unwrap();
    let set =
        par_core::load_framework(include_str!("../../../frameworks/mau-xa-2025.json")).unwrap();
    let frameworks = [par_core::submission::KnownFramework::from(set)];
    for _ in 0..20 {
        let v = par_core::submission::verify(
            &text,
            par_core::submission::VerifyContext {
                keyring: None,
                frameworks: &frameworks,
            },
        );
        assert!(v.outcome.is_valid());
    }
}
