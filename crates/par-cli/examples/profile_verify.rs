//! Verifies one generated submission many times, for a profiler.
//!
//! cargo run --release -p par-cli --example profile_verify -- FILE [RUNS]
// The allocator of the `par` binary, so the profile is the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "Cách dùng / usage: profile_verify TỆP-HỒ-SƠ.json [SỐ-LẦN]";

fn main() -> std::process::ExitCode {
    let path = match std::env::args().nth(1) {
        Some(help) if help == "-h" || help == "--help" => {
            println!("{USAGE}");
            return std::process::ExitCode::SUCCESS;
        }
        Some(path) => path,
        None => {
            eprintln!("Lỗi: thiếu tệp hồ sơ.\n{USAGE}");
            return std::process::ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("Lỗi: không đọc được tệp {path}: {error}");
            return std::process::ExitCode::from(2);
        }
    };
    let set =
        par_core::load_framework(include_str!("../../../frameworks/mau-xa-2025.json")).unwrap();
    let frameworks = [par_core::submission::KnownFramework::from(set)];
    let runs: usize = std::env::args()
        .nth(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(20);
    for _ in 0..runs {
        let v = par_core::submission::verify(
            &text,
            par_core::submission::VerifyContext {
                keyring: None,
                frameworks: &frameworks,
            },
        );
        assert!(
            v.outcome.is_valid(),
            "{}",
            v.outcome.describe(par_core::Lang::Vi)
        );
    }
    std::process::ExitCode::SUCCESS
}
