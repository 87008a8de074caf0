//! Whether a value serialises to exactly a given JSON tree, checked while serialising, without
//! building the tree: the fast half of "the file is in the form the app writes" (the slow half,
//! which finds where a file differs, runs only for files that do).

use serde::ser::{self, Serialize};
use serde_json::{Map, Value};

use super::map_key::KeyText;

/// Whether `serde_json::to_value(value)` would equal `expected`.
pub(super) fn serializes_to<T: Serialize + ?Sized>(value: &T, expected: &Value) -> bool {
    value.serialize(Expect(expected)).is_ok()
}

/// Serialising against the JSON expected at this place.
struct Expect<'a>(&'a Value);

#[derive(Debug)]
pub(super) struct Mismatch;

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("khác")
    }
}

impl std::error::Error for Mismatch {}

impl ser::Error for Mismatch {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Mismatch
    }
}

pub(super) type Result<T = ()> = std::result::Result<T, Mismatch>;

fn check(equal: bool) -> Result {
    if equal {
        Ok(())
    } else {
        Err(Mismatch)
    }
}

impl<'a> Expect<'a> {
    fn object(&self) -> Result<&'a Map<String, Value>> {
        self.0.as_object().ok_or(Mismatch)
    }

    /// `{"variant": inner}`: the inner value of an externally tagged enum variant.
    fn variant(&self, variant: &str) -> Result<&'a Value> {
        let object = self.object()?;
        check(object.len() == 1)?;
        object.get(variant).ok_or(Mismatch)
    }

    fn integer(&self, as_i64: Option<i64>, as_u64: Option<u64>) -> Result {
        let Value::Number(number) = self.0 else {
            return Err(Mismatch);
        };
        check(
            !number.is_f64()
                && (as_i64.is_some() && number.as_i64() == as_i64
                    || as_u64.is_some() && number.as_u64() == as_u64),
        )
    }
}

impl<'a> ser::Serializer for Expect<'a> {
    type Ok = ();
    type Error = Mismatch;
    type SerializeSeq = Elements<'a>;
    type SerializeTuple = Elements<'a>;
    type SerializeTupleStruct = Elements<'a>;
    type SerializeTupleVariant = Elements<'a>;
    type SerializeMap = Entries<'a>;
    type SerializeStruct = Entries<'a>;
    type SerializeStructVariant = Entries<'a>;

    fn serialize_bool(self, v: bool) -> Result {
        check(self.0.as_bool() == Some(v))
    }
    fn serialize_i8(self, v: i8) -> Result {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result {
        self.integer(Some(v), u64::try_from(v).ok())
    }
    fn serialize_u8(self, v: u8) -> Result {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result {
        self.integer(i64::try_from(v).ok(), Some(v))
    }
    fn serialize_f32(self, v: f32) -> Result {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result {
        match self.0 {
            Value::Number(number) => check(number.is_f64() && number.as_f64() == Some(v)),
            _ => Err(Mismatch),
        }
    }
    fn serialize_char(self, v: char) -> Result {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result {
        check(self.0.as_str() == Some(v))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result {
        Err(Mismatch)
    }
    fn serialize_none(self) -> Result {
        check(self.0.is_null())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        check(self.0.is_null())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        value.serialize(Expect(self.variant(variant)?))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Elements<'a>> {
        match self.0 {
            Value::Array(items) => Ok(Elements { items, next: 0 }),
            _ => Err(Mismatch),
        }
    }
    fn serialize_tuple(self, len: usize) -> Result<Elements<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Elements<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Elements<'a>> {
        Expect(self.variant(variant)?).serialize_seq(Some(len))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Entries<'a>> {
        Ok(Entries {
            map: self.object()?,
            seen: 0,
            key: None,
        })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Entries<'a>> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Entries<'a>> {
        Expect(self.variant(variant)?).serialize_map(Some(len))
    }
}

/// The elements of an array, matched in order.
struct Elements<'a> {
    items: &'a [Value],
    next: usize,
}

impl Elements<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        let expected = self.items.get(self.next).ok_or(Mismatch)?;
        self.next += 1;
        value.serialize(Expect(expected))
    }

    fn finish(self) -> Result {
        check(self.next == self.items.len())
    }
}

impl ser::SerializeSeq for Elements<'_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeTuple for Elements<'_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for Elements<'_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeTupleVariant for Elements<'_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

/// The entries of an object, matched by key; every key of the object must be serialised.
struct Entries<'a> {
    map: &'a Map<String, Value>,
    seen: usize,
    /// The key of a map entry whose value comes next.
    key: Option<&'a Value>,
}

impl Entries<'_> {
    fn entry<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result {
        let expected = self.map.get(key).ok_or(Mismatch)?;
        self.seen += 1;
        value.serialize(Expect(expected))
    }

    fn finish(self) -> Result {
        check(self.seen == self.map.len())
    }
}

impl ser::SerializeMap for Entries<'_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        let key = key.serialize(KeyText)?;
        let expected = self.map.get(&key).ok_or(Mismatch)?;
        self.seen += 1;
        self.key = Some(expected);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        value.serialize(Expect(self.key.take().ok_or(Mismatch)?))
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeStruct for Entries<'_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.entry(key, value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeStructVariant for Entries<'_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.entry(key, value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::BTreeMap;

    #[derive(serde::Serialize)]
    struct Unit {
        code: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        points: f64,
        items: BTreeMap<String, Vec<u32>>,
    }

    fn unit() -> Unit {
        Unit {
            code: "00004".into(),
            note: None,
            points: 87.5,
            items: BTreeMap::from([("1.1".into(), vec![1, 2])]),
        }
    }

    #[test]
    fn the_same_tree_matches_and_any_difference_does_not() {
        let written = json!({"code": "00004", "points": 87.5, "items": {"1.1": [1, 2]}});
        assert!(serializes_to(&unit(), &written));
        assert_eq!(
            serializes_to(&unit(), &written),
            serde_json::to_value(unit()).unwrap() == written
        );
        for other in [
            json!({"code": "00004", "points": 87.5, "items": {"1.1": [1, 2]}, "x": 1}),
            json!({"code": "00004", "note": null, "points": 87.5, "items": {"1.1": [1, 2]}}),
            json!({"code": "00004", "points": "87,5", "items": {"1.1": [1, 2]}}),
            json!({"code": "00004", "points": 87.5, "items": {"1.1": [1, 2.0]}}),
            json!({"code": "00004", "points": 87.5, "items": {"1.1": [1]}}),
            json!(["00004", 87.5, {"1.1": [1, 2]}]),
        ] {
            assert!(!serializes_to(&unit(), &other), "{other}");
        }
    }
}
