//! The RFC 8785 canonical form written straight from typed values, without building a JSON
//! tree first: the fast path of verification (`verify_as_written`) checks the signature over,
//! and hashes, the payload it read into the types. It writes exactly what
//! [`super::canonical::canonical_json_value`] writes for `serde_json::to_value` of the same
//! value (tested against it). Whatever it cannot write the same way (a map keyed by something
//! else than text, bytes) is an error, and so is what the shared reader's scan would refuse in
//! the file serde_json writes of the value (a key twice in one object, a number that does not
//! survive the canonical round trip): the caller then goes the slow way, which says where.

use serde::ser::{self, Serialize};

use serde_json::ser::{CompactFormatter, Formatter};

use super::canonical::{utf16_order, write_f64, write_string};
use super::map_key::KeyText;
use super::same_json::{Mismatch, Result};
use crate::json::scan::survives_round_trip;

/// The canonical form of `value`, into a buffer of `capacity` bytes to start with.
pub(super) fn canonical_typed<T: Serialize + ?Sized>(
    value: &T,
    capacity: usize,
) -> Result<Vec<u8>> {
    let mut writer = Writer {
        out: Vec::with_capacity(capacity),
        entries: Vec::with_capacity(64),
        scratch: Vec::new(),
    };
    value.serialize(Canonical { w: &mut writer })?;
    Ok(writer.out)
}

/// The output, and what objects use while they are written (kept across objects rather than
/// allocated for each).
struct Writer {
    out: Vec<u8>,
    /// The entries of every open object, innermost last.
    entries: Vec<Entry>,
    /// Where an object's entries are copied to be put in order.
    scratch: Vec<u8>,
}

/// Writing one value at the end of the output.
struct Canonical<'a> {
    w: &'a mut Writer,
}

impl<'a> Canonical<'a> {
    fn raw(self, bytes: &[u8]) -> Result {
        self.w.out.extend_from_slice(bytes);
        Ok(())
    }

    /// `{"variant":` before the inner value of an externally tagged variant; `}` comes after.
    fn open_variant(&mut self, variant: &str) {
        self.w.out.push(b'{');
        write_string(variant, &mut self.w.out);
        self.w.out.push(b':');
    }

    fn object(self) -> Object<'a> {
        self.w.out.push(b'{');
        Object {
            start: self.w.out.len(),
            first_entry: self.w.entries.len(),
            w: self.w,
            pending: None,
            value_from: 0,
            close_variant: false,
        }
    }

    fn array(self, close_variant: bool) -> Array<'a> {
        self.w.out.push(b'[');
        Array {
            w: self.w,
            first: true,
            close_variant,
        }
    }
}

impl<'a> ser::Serializer for Canonical<'a> {
    type Ok = ();
    type Error = Mismatch;
    type SerializeSeq = Array<'a>;
    type SerializeTuple = Array<'a>;
    type SerializeTupleStruct = Array<'a>;
    type SerializeTupleVariant = Array<'a>;
    type SerializeMap = Object<'a>;
    type SerializeStruct = Object<'a>;
    type SerializeStructVariant = Object<'a>;

    fn serialize_bool(self, v: bool) -> Result {
        self.raw(if v { b"true" } else { b"false" })
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
        // The reader's rule on the number as the file has it (serde_json writes the digits):
        // an integer beyond 2^53 is refused there, so it is not written here.
        if v.unsigned_abs() > EXACT_INTEGER {
            return Err(Mismatch);
        }
        // As `serde_json::Number::as_f64` then the canonical writer: a double, ECMAScript's form,
        // which for an integer a double holds exactly is its digits.
        write_integer(v, &mut self.w.out);
        Ok(())
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
        self.serialize_i64(i64::try_from(v).map_err(|_| Mismatch)?)
    }
    fn serialize_f32(self, v: f32) -> Result {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result {
        // `serde_json` writes a non-finite double as `null`, in the file and in the tree.
        if !v.is_finite() {
            return self.raw(b"null");
        }
        // The reader's rule on the number as serde_json writes it in the file.
        let mut token = [0u8; 40];
        let mut rest = &mut token[..];
        CompactFormatter
            .write_f64(&mut rest, v)
            .map_err(|_| Mismatch)?;
        let written = 40 - rest.len();
        if !std::str::from_utf8(&token[..written]).is_ok_and(survives_round_trip) {
            return Err(Mismatch);
        }
        write_f64(v, &mut self.w.out);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result {
        write_string(v, &mut self.w.out);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result {
        Err(Mismatch)
    }
    fn serialize_none(self) -> Result {
        self.raw(b"null")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        self.raw(b"null")
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result {
        self.raw(b"null")
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        self.open_variant(variant);
        value.serialize(Canonical { w: &mut *self.w })?;
        self.w.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Array<'a>> {
        Ok(self.array(false))
    }
    fn serialize_tuple(self, _: usize) -> Result<Array<'a>> {
        Ok(self.array(false))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Array<'a>> {
        Ok(self.array(false))
    }
    fn serialize_tuple_variant(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Array<'a>> {
        self.open_variant(variant);
        Ok(self.array(true))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Object<'a>> {
        Ok(self.object())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Object<'a>> {
        Ok(self.object())
    }
    fn serialize_struct_variant(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Object<'a>> {
        self.open_variant(variant);
        let mut object = self.object();
        object.close_variant = true;
        Ok(object)
    }
}

/// 2^53: every integer up to it is exact as a double, which ECMAScript prints as its digits.
const EXACT_INTEGER: u64 = 1 << 53;

/// The digits of `v` (|v| ≤ 2^53), as ECMAScript prints the double `v`.
fn write_integer(v: i64, out: &mut Vec<u8>) {
    if v < 0 {
        out.push(b'-');
    }
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = v.unsigned_abs();
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// An array's elements, written in order.
struct Array<'a> {
    w: &'a mut Writer,
    first: bool,
    /// Inside `{"variant": …}`, closed after the array.
    close_variant: bool,
}

impl Array<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        if !self.first {
            self.w.out.push(b',');
        }
        self.first = false;
        value.serialize(Canonical { w: &mut *self.w })
    }

    fn finish(self) -> Result {
        self.w.out.push(b']');
        if self.close_variant {
            self.w.out.push(b'}');
        }
        Ok(())
    }
}

impl ser::SerializeSeq for Array<'_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeTuple for Array<'_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for Array<'_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeTupleVariant for Array<'_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

/// A key of an object: a struct's field name, or a map's key as text.
enum Key {
    Field(&'static str),
    Text(String),
}

impl Key {
    fn as_str(&self) -> &str {
        match self {
            Key::Field(name) => name,
            Key::Text(text) => text,
        }
    }
}

/// An entry of an object: its key and where its `"key":value` lies in the output (without
/// the comma before it).
struct Entry {
    key: Key,
    /// Whether the key has a character from U+E000 up, where UTF-16 order is not byte order.
    high: bool,
    from: usize,
    to: usize,
}

impl Entry {
    fn order(&self, other: &Entry) -> std::cmp::Ordering {
        if self.high || other.high {
            utf16_order(self.key.as_str(), other.key.as_str())
        } else {
            self.key
                .as_str()
                .as_bytes()
                .cmp(other.key.as_str().as_bytes())
        }
    }
}

/// An object's entries, each written as `"key":value` where it comes, then put in the order of
/// RFC 8785 (UTF-16 code units of the keys) at the end if they did not come in that order.
struct Object<'a> {
    w: &'a mut Writer,
    /// Where the first entry starts in the output (after `{`).
    start: usize,
    /// Where this object's entries start in the writer's list.
    first_entry: usize,
    /// The key of a map entry whose value comes next.
    pending: Option<Key>,
    /// Where the entry whose value comes next starts (maps give key and value apart).
    value_from: usize,
    /// Inside `{"variant": …}`, closed after the object.
    close_variant: bool,
}

impl Object<'_> {
    /// Writes `"key":`, after a comma unless it is the first entry; returns where it starts.
    fn key(&mut self, key: &str) -> usize {
        if self.w.entries.len() > self.first_entry {
            self.w.out.push(b',');
        }
        let from = self.w.out.len();
        write_string(key, &mut self.w.out);
        self.w.out.push(b':');
        from
    }

    fn value<T: Serialize + ?Sized>(&mut self, key: Key, from: usize, value: &T) -> Result {
        value.serialize(Canonical { w: &mut *self.w })?;
        let high = key.as_str().bytes().any(|byte| byte >= 0xee);
        let to = self.w.out.len();
        self.w.entries.push(Entry {
            key,
            high,
            from,
            to,
        });
        Ok(())
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        let from = self.key(key);
        self.value(Key::Field(key), from, value)
    }

    fn finish(self) -> Result {
        if self.pending.is_some() {
            return Err(Mismatch);
        }
        let Writer {
            out,
            entries,
            scratch,
        } = self.w;
        let mine = &mut entries[self.first_entry..];
        let in_order = mine.windows(2).all(|pair| pair[0].order(&pair[1]).is_lt());
        if !in_order {
            mine.sort_by(Entry::order);
            // A key written twice: `to_value` would keep one of them, and the reader's scan
            // refuses the file.
            if mine.windows(2).any(|pair| pair[0].order(&pair[1]).is_eq()) {
                return Err(Mismatch);
            }
            scratch.clear();
            scratch.extend_from_slice(&out[self.start..]);
            out.truncate(self.start);
            for (i, entry) in mine.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                out.extend_from_slice(&scratch[entry.from - self.start..entry.to - self.start]);
            }
        }
        entries.truncate(self.first_entry);
        out.push(b'}');
        if self.close_variant {
            out.push(b'}');
        }
        Ok(())
    }
}

impl ser::SerializeMap for Object<'_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        if self.pending.is_some() {
            return Err(Mismatch);
        }
        let key = key.serialize(KeyText)?;
        self.value_from = self.key(&key);
        self.pending = Some(Key::Text(key));
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        let key = self.pending.take().ok_or(Mismatch)?;
        let from = self.value_from;
        self.value(key, from, value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeStruct for Object<'_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.field(key, value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeStructVariant for Object<'_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.field(key, value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::submission::canonical_json;
    use serde_json::json;

    fn same_as_tree<T: Serialize>(value: &T) {
        let typed = canonical_typed(value, 0).expect("writes");
        assert_eq!(
            String::from_utf8(typed).unwrap(),
            String::from_utf8(canonical_json(value)).unwrap()
        );
    }

    #[derive(serde::Serialize)]
    enum Shape {
        Unit,
        New(f64),
        Tuple(u8, String),
        Struct { zeta: i32, alpha: Option<bool> },
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
    }

    #[test]
    fn writes_what_the_tree_writer_writes() {
        same_as_tree(
            &json!({"b": [1, 2.5, "x\u{1}\"\\"], "a": null, "\u{e000}": 1, "\u{10000}": 2}),
        );
        same_as_tree(&Everything {
            zeta: vec![
                Shape::Unit,
                Shape::New(1e21),
                Shape::New(f64::NAN),
                Shape::Tuple(7, "t".into()),
                Shape::Struct {
                    zeta: -3,
                    alpha: None,
                },
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
        });
    }

    #[test]
    fn a_key_written_twice_or_bytes_are_not_written() {
        struct Twice;
        impl Serialize for Twice {
            fn serialize<S: serde::Serializer>(
                &self,
                s: S,
            ) -> std::result::Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap;
                let mut map = s.serialize_map(None)?;
                map.serialize_entry("b", &1)?;
                map.serialize_entry("a", &1)?;
                map.serialize_entry("b", &2)?;
                map.end()
            }
        }
        assert!(canonical_typed(&Twice, 0).is_err());
        // What the reader's scan refuses in a file is not written either.
        for beyond in [(1u64 << 53) + 1, u64::MAX] {
            assert!(canonical_typed(&beyond, 0).is_err());
        }
        assert!(canonical_typed(&(-(1i64 << 53) - 1), 0).is_err());
        assert!(canonical_typed(&0.1f64, 0).is_ok());
        assert!(canonical_typed(&0.123_456_789_012_345_67_f64, 0).is_err());
        assert!(canonical_typed(&1e300, 0).is_err());
        assert!(canonical_typed(&serde_bytes_like(), 0).is_err());
    }

    fn serde_bytes_like() -> impl Serialize {
        struct Bytes;
        impl Serialize for Bytes {
            fn serialize<S: serde::Serializer>(
                &self,
                s: S,
            ) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_bytes(b"ab")
            }
        }
        Bytes
    }
}
