//! Ships the bundled criteria set without its indentation, as the commune's build.rs does (the
//! same function): the file in `frameworks/` stays readable, the copy compiled into the office
//! is a third smaller (same JSON, same hash).

use std::{env, fs, path::Path};

#[path = "../build_support/minify_json.rs"]
mod minify_json;
use minify_json::without_insignificant_whitespace;

const BUNDLED_SET: &str = "../frameworks/mau-xa-2025.json";

fn main() {
    println!("cargo::rerun-if-changed={BUNDLED_SET}");
    let text = fs::read_to_string(BUNDLED_SET).expect("frameworks/mau-xa-2025.json is readable");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled-set.json");
    fs::write(out, without_insignificant_whitespace(&text)).expect("OUT_DIR is writable");
}
