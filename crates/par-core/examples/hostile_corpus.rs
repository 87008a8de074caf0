//! Writes the hostile corpus (tests/common/hostile.rs) to a folder, with the keyring that
//! registers the key that signed it and what verification says of each file: seeds for the
//! fuzzers and files to try `par verify` on by hand.
//!
//! cargo run -p par-core --example hostile_corpus -- OUT_DIR

#[path = "../tests/common/mod.rs"]
mod common;

fn main() -> std::process::ExitCode {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("Cách dùng / usage: hostile_corpus THƯ-MỤC-RA");
        return std::process::ExitCode::from(2);
    };
    let out = std::path::PathBuf::from(out);
    let (f, files) = common::hostile::corpus();
    let written = std::fs::create_dir_all(&out).and_then(|()| {
        for file in &files {
            std::fs::write(out.join(format!("{}.json", file.name)), &file.text)?;
            println!(
                "{}: {}",
                file.name,
                f.check(&file.text).describe(par_core::Lang::Vi)
            );
        }
        let keyring = serde_json::to_string_pretty(&f.keyring).expect("a keyring serialises");
        std::fs::write(out.join("keyring.json.txt"), keyring)
    });
    match written {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("Lỗi: không ghi được vào {}: {error}", out.display());
            std::process::ExitCode::from(2)
        }
    }
}
