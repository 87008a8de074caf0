//! One value: written in its canonical form and found in the file as serde_json writes it.

use serde::ser::{self, Serialize};
use serde_json::ser::{CompactFormatter, Formatter};

use super::super::canonical::write_f64;
use super::super::same_json::{Mismatch, Result};
use super::compound::{Array, Object};
use super::Writer;
use crate::json::scan::survives_round_trip;

/// Writing one value at the end of the output.
pub(super) struct Canonical<'a, 't> {
    pub(super) w: &'a mut Writer<'t>,
}

impl<'a, 't> Canonical<'a, 't> {
    fn object(self, close_variant: bool) -> Result<Object<'a, 't>> {
        self.w.open(b'{')?;
        Ok(Object::new(self.w, close_variant))
    }

    fn array(self, close_variant: bool) -> Result<Array<'a, 't>> {
        self.w.open(b'[')?;
        Ok(Array::new(self.w, close_variant))
    }

    /// A double: the file has serde_json's shortest form (`token`), the output ECMAScript's.
    fn double(self, token: &str, value: f64) -> Result {
        // The reader's rule on the number as the file has it.
        if !survives_round_trip(token) {
            return Err(Mismatch);
        }
        self.w.text.expect(token.as_bytes())?;
        if is_ecmascript_form(token, value) {
            self.w.buffers.out.extend_from_slice(token.as_bytes());
        } else {
            write_f64(value, &mut self.w.buffers.out);
        }
        Ok(())
    }
}

/// Whether serde_json's shortest form of `value` is also ECMAScript's: both write the same
/// shortest digits, and ECMAScript writes them without an exponent from 10^-6 up to 10^21,
/// where serde_json writes them so too unless it chose an exponent or added `.0`. Only asked
/// of a token that passed `survives_round_trip` (15 significant digits at most), where the
/// shortest digits are unique: no tie for the two writers to break differently.
fn is_ecmascript_form(token: &str, value: f64) -> bool {
    let magnitude = value.abs();
    (1e-6..1e21).contains(&magnitude) && !token.as_bytes().contains(&b'e') && !token.ends_with(".0")
}

impl<'a, 't> ser::Serializer for Canonical<'a, 't> {
    type Ok = ();
    type Error = Mismatch;
    type SerializeSeq = Array<'a, 't>;
    type SerializeTuple = Array<'a, 't>;
    type SerializeTupleStruct = Array<'a, 't>;
    type SerializeTupleVariant = Array<'a, 't>;
    type SerializeMap = Object<'a, 't>;
    type SerializeStruct = Object<'a, 't>;
    type SerializeStructVariant = Object<'a, 't>;

    fn serialize_bool(self, v: bool) -> Result {
        self.w.token(if v { b"true" } else { b"false" })
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
        // which for an integer a double holds exactly is its digits, as serde_json writes them.
        let from = self.w.buffers.out.len();
        write_integer(v, &mut self.w.buffers.out);
        self.w.same_since(from)
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
        // serde_json writes a non-finite number as `null`, in the file and in the tree.
        if !v.is_finite() {
            return self.w.token(b"null");
        }
        let mut token = [0u8; 24];
        let token = write_token(&mut token, |out| CompactFormatter.write_f32(out, v))?;
        // The tree reads the file's shortest f32 digits as a double.
        let value = token.parse::<f64>().map_err(|_| Mismatch)?;
        self.double(token, value)
    }
    fn serialize_f64(self, v: f64) -> Result {
        if !v.is_finite() {
            return self.w.token(b"null");
        }
        let mut token = [0u8; 40];
        let token = write_token(&mut token, |out| CompactFormatter.write_f64(out, v))?;
        self.double(token, v)
    }
    fn serialize_char(self, v: char) -> Result {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result {
        // serde_json escapes as RFC 8785 does: the same bytes in both.
        let from = self.w.buffers.out.len();
        super::super::canonical::write_string(v, &mut self.w.buffers.out);
        self.w.same_since(from)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result {
        Err(Mismatch)
    }
    fn serialize_none(self) -> Result {
        self.w.token(b"null")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        self.w.token(b"null")
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result {
        self.w.token(b"null")
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
        self.w.open_variant(variant)?;
        value.serialize(Canonical { w: &mut *self.w })?;
        self.w.close_variant()
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Array<'a, 't>> {
        self.array(false)
    }
    fn serialize_tuple(self, _: usize) -> Result<Array<'a, 't>> {
        self.array(false)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Array<'a, 't>> {
        self.array(false)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Array<'a, 't>> {
        self.w.open_variant(variant)?;
        self.array(true)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Object<'a, 't>> {
        self.object(false)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Object<'a, 't>> {
        self.object(false)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Object<'a, 't>> {
        self.w.open_variant(variant)?;
        self.object(true)
    }
}

/// What `write` puts in `buffer`, as text.
fn write_token(
    buffer: &mut [u8],
    write: impl FnOnce(&mut &mut [u8]) -> std::io::Result<()>,
) -> Result<&str> {
    let capacity = buffer.len();
    let mut rest = &mut buffer[..];
    write(&mut rest).map_err(|_| Mismatch)?;
    let written = capacity - rest.len();
    std::str::from_utf8(&buffer[..written]).map_err(|_| Mismatch)
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
