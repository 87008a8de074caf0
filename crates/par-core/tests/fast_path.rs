//! `verify` reads a file that is exactly what the app writes without a JSON tree (feature
//! `fast-verify`, the `par` command's): every file, genuine, laid out differently or hostile,
//! must get exactly what the tree reader (`verify_by_tree`) gives it: the same outcome, with
//! the same located message, the same hash, submission and warnings.
#![cfg(feature = "fast-verify")]

mod common;

use common::hostile::corpus;
use common::signed::{fixture, Fixture};
use par_core::submission::{verify, verify_by_tree, Outcome, VerifyContext};

fn same_both_ways(f: &Fixture, name: &str, text: &str) -> Outcome {
    let frameworks = std::slice::from_ref(&f.known);
    let mut outcome = None;
    for keyring in [Some(&f.keyring), None] {
        let context = VerifyContext {
            keyring,
            frameworks,
        };
        let fast = verify(text, context);
        let tree = verify_by_tree(text, context);
        assert_eq!(fast.outcome, tree.outcome, "{name}");
        assert_eq!(fast.hash, tree.hash, "{name}");
        assert_eq!(fast.submission, tree.submission, "{name}");
        assert_eq!(fast.warnings, tree.warnings, "{name}");
        outcome.get_or_insert(fast.outcome);
    }
    outcome.expect("two runs")
}

#[test]
fn every_hostile_file_gets_what_the_tree_reader_gives_it() {
    let (f, files) = corpus();
    for file in &files {
        same_both_ways(&f, file.name, &file.text);
    }
}

#[test]
fn a_file_laid_out_differently_reads_as_before() {
    let f = fixture();
    let genuine = verify(&f.text, context(&f));
    assert_eq!(genuine.outcome, Outcome::Valid);
    let value: serde_json::Value = serde_json::from_str(&f.text).unwrap();
    let layouts = [
        ("compact", value.to_string()),
        // serde_json's tree sorts keys: the envelope and every struct in another order.
        ("keys sorted", serde_json::to_string_pretty(&value).unwrap()),
        ("tabs", f.text.replace("  ", "\t")),
        ("CRLF", f.text.replace('\n', "\r\n")),
        ("final newline", format!("{}\n", f.text)),
        ("byte-order mark", format!("\u{feff}{}", f.text)),
        ("space before colons", f.text.replace("\": ", "\" : ")),
    ];
    for (name, text) in layouts {
        assert_ne!(text, f.text, "{name}");
        let outcome = same_both_ways(&f, name, &text);
        assert_eq!(outcome, Outcome::Valid, "{name}");
        let fast = verify(&text, context(&f));
        assert_eq!(fast.hash, genuine.hash, "{name}: the hash is the payload's");
    }
}

#[test]
fn a_number_written_in_another_form_gets_the_tree_readers_outcome() {
    let f = fixture();
    let at = "\"revision\": 1,";
    assert!(f.text.contains(at));
    for other in ["1.0", "1e0", "10e-1", "01", "1.", "\"1\"", "true", "null"] {
        let text = f.text.replacen(at, &format!("\"revision\": {other},"), 1);
        let outcome = same_both_ways(&f, other, &text);
        assert!(
            matches!(outcome, Outcome::Malformed { .. } | Outcome::PayloadChanged),
            "{other}: {outcome:?}"
        );
    }
    // A point of a score written with a trailing zero: the same double, the same canonical
    // form, so the same outcome as before (valid), whichever way it is read.
    let points = f
        .text
        .find("\"points\": 1,")
        .expect("a whole point in the scores");
    let mut text = f.text.clone();
    text.replace_range(points..points + "\"points\": 1,".len(), "\"points\": 1.0,");
    same_both_ways(&f, "1.0 point", &text);
}

/// One ASCII byte changed at many places of the genuine file: digits, letters, punctuation
/// and whitespace; each file gets what the tree reader gives it.
#[test]
fn a_byte_changed_anywhere_gets_the_tree_readers_outcome() {
    let f = fixture();
    let bytes = f.text.as_bytes();
    let mut refused = 0;
    for at in (0..bytes.len()).step_by(bytes.len() / 150) {
        let changed = match bytes[at] {
            b'0'..=b'8' => bytes[at] + 1,
            b'9' => b'0',
            b'a'..=b'z' => bytes[at].to_ascii_uppercase(),
            b'A'..=b'Z' => bytes[at].to_ascii_lowercase(),
            b' ' => b'\t',
            b'"' => b'\'',
            b',' => b' ',
            b':' | b'{' | b'}' | b'[' | b']' | b'\n' => b' ',
            _ => continue,
        };
        let mut text = bytes.to_vec();
        text[at] = changed;
        let text = String::from_utf8(text).expect("an ASCII byte for another");
        if !same_both_ways(&f, &format!("byte {at}"), &text).is_valid() {
            refused += 1;
        }
    }
    assert!(refused > 50, "{refused} refused");
}

fn context(f: &Fixture) -> VerifyContext<'_> {
    VerifyContext {
        keyring: Some(&f.keyring),
        frameworks: std::slice::from_ref(&f.known),
    }
}
