use super::*;
use crate::submission::canonical::canonical_json_value;
use proptest::prelude::*;
use serde_json::json;

/// `value` as the root object's field `v`, between two others.
#[derive(Serialize)]
struct Wrapped<'a, T: ?Sized> {
    z: u8,
    v: &'a T,
    a: &'static str,
}

/// What the fast path reads of the file serde_json writes of `value`: whether that file is
/// taken as written, and the canonical form of `value` in it.
fn as_written<T: Serialize + ?Sized>(value: &T) -> (String, Result<Vec<u8>>) {
    let wrapped = Wrapped {
        z: 1,
        v: value,
        a: "x",
    };
    let text = serde_json::to_string_pretty(&wrapped).expect("writes");
    let canonical = canonical_field(&wrapped, &text, "v");
    (text, canonical)
}

fn canonical_field<T: Serialize + ?Sized>(
    value: &T,
    text: &str,
    field: &'static str,
) -> Result<Vec<u8>> {
    with_canonical_field_as_written(value, text.as_bytes(), field, <[u8]>::to_vec)
}

/// The canonical form of the tree read from the file, as the slow path writes it.
fn from_the_tree(text: &str) -> String {
    let tree: serde_json::Value = serde_json::from_str(text).expect("reads");
    String::from_utf8(canonical_json_value(&tree["v"])).unwrap()
}

fn same_as_tree<T: Serialize>(value: &T) {
    let (text, canonical) = as_written(value);
    let canonical = canonical.expect("taken as written");
    assert_eq!(String::from_utf8(canonical).unwrap(), from_the_tree(&text));
}

#[derive(serde::Serialize)]
enum Shape {
    Unit,
    New(f64),
    Tuple(u8, String),
    Empty(),
    Struct { zeta: i32, alpha: Option<bool> },
    Nothing {},
}

#[derive(serde::Serialize)]
struct Everything {
    zeta: Vec<Shape>,
    beta: std::collections::BTreeMap<String, (char, ())>,
    alpha: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    skipped: Option<u64>,
    big: u64,
    negative: i64,
    edges: Vec<i64>,
    odd: f64,
    empty: Vec<u8>,
    nothing: std::collections::BTreeMap<String, u8>,
    small: f32,
}

fn everything() -> Everything {
    Everything {
        zeta: vec![
            Shape::Unit,
            Shape::New(1e21),
            Shape::New(f64::NAN),
            Shape::New(-0.0),
            Shape::New(1e-7),
            Shape::New(100.0),
            Shape::Tuple(7, "t".into()),
            Shape::Empty(),
            Shape::Struct {
                zeta: -3,
                alpha: None,
            },
            Shape::Nothing {},
        ],
        beta: [("ể".to_string(), ('c', ())), ("a".into(), ('\n', ()))]
            .into_iter()
            .collect(),
        alpha: Some(0.5),
        skipped: None,
        big: 1 << 53,
        negative: -(1 << 53),
        edges: vec![0, -1, 7, -9_007_199_254_740_991, 2025],
        odd: 87.525,
        empty: Vec::new(),
        nothing: Default::default(),
        small: 0.1,
    }
}

#[test]
fn writes_what_the_tree_writer_writes() {
    same_as_tree(
        &json!({"b": [1, 2.5, "x\u{1}\"\\/\u{7f}"], "a": null, "\u{e000}": 1, "\u{10000}": 2}),
    );
    same_as_tree(&everything());
    same_as_tree(&json!([]));
    same_as_tree(&json!({}));
    same_as_tree(&"text");
}

#[test]
fn only_the_written_bytes_and_trailing_whitespace_match() {
    let (text, canonical) = as_written(&everything());
    assert!(canonical.is_ok());
    let wrapped = Wrapped {
        z: 1,
        v: &everything(),
        a: "x",
    };
    let accepted = |text: &str| canonical_field(&wrapped, text, "v").is_ok();
    assert!(accepted(&format!("{text}\r\n \t")));
    assert!(!accepted(&format!("{text}x")));
    assert!(!accepted(&format!(" {text}")));
    assert!(!accepted(&text.replace("  ", "\t")));
    assert!(!accepted(&text.replace("\": ", "\":")));
    assert!(!accepted(&serde_json::to_string(&wrapped).unwrap()));
    assert!(!accepted(&text.replace("87.525", "87.5250")));
    // Any one byte changed, taken out or added, anywhere the writer wrote, is another file.
    let bytes = text.as_bytes();
    for at in 0..bytes.len() {
        if !bytes[at].is_ascii() {
            continue;
        }
        for other in [b' ', b'x', b'0', b'\n', b'"'] {
            if other != bytes[at] {
                let mut changed = bytes.to_vec();
                changed[at] = other;
                assert!(!accepted(std::str::from_utf8(&changed).unwrap()), "{at}");
            }
        }
        let mut shorter = bytes.to_vec();
        shorter.remove(at);
        assert!(!accepted(std::str::from_utf8(&shorter).unwrap()), "{at}");
        let mut longer = bytes.to_vec();
        longer.insert(at, b' ');
        assert!(!accepted(std::str::from_utf8(&longer).unwrap()), "{at}");
    }
}

#[test]
fn a_key_written_twice_bytes_or_an_inexact_number_are_not_written() {
    struct Twice;
    impl Serialize for Twice {
        fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap;
            let mut map = s.serialize_map(None)?;
            map.serialize_entry("b", &1)?;
            map.serialize_entry("a", &1)?;
            map.serialize_entry("b", &2)?;
            map.end()
        }
    }
    assert!(as_written(&Twice).1.is_err());
    // What the reader's scan refuses in a file is not written either.
    for beyond in [(1u64 << 53) + 1, u64::MAX] {
        assert!(as_written(&beyond).1.is_err());
    }
    assert!(as_written(&(-(1i64 << 53) - 1)).1.is_err());
    assert!(as_written(&0.1f64).1.is_ok());
    assert!(as_written(&0.123_456_789_012_345_67_f64).1.is_err());
    assert!(as_written(&1e300).1.is_err());
    assert!(as_written(&serde_bytes_like()).1.is_err());
}

#[test]
fn a_value_without_the_wanted_field_is_not_taken() {
    let value = json!({"w": 1});
    let text = serde_json::to_string_pretty(&value).unwrap();
    assert!(canonical_field(&value, &text, "v").is_err());
    // Only the root object's field counts.
    let nested = json!({"w": {"v": 1}});
    let text = serde_json::to_string_pretty(&nested).unwrap();
    assert!(canonical_field(&nested, &text, "v").is_err());
}

fn serde_bytes_like() -> impl Serialize {
    struct Bytes;
    impl Serialize for Bytes {
        fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            s.serialize_bytes(b"ab")
        }
    }
    Bytes
}

proptest! {
    /// A double written in the file's shortest form is copied when that is ECMAScript's form:
    /// the output is always what the canonical writer gives.
    #[test]
    fn doubles_are_written_as_ecmascript_does(bits in any::<u64>(), units in any::<i64>()) {
        // Any double at all, and the decimals our scores are (units of 10^-4).
        for value in [f64::from_bits(bits), (units % (1 << 53)) as f64 / 10_000.0] {
            if !value.is_finite() {
                continue;
            }
            let (_, canonical) = as_written(&value);
            if let Ok(canonical) = canonical {
                let mut expected = Vec::new();
                write_f64(value, &mut expected);
                prop_assert_eq!(canonical, expected);
            }
        }
    }
}

use super::super::canonical::write_f64;
