//! A map key serialised to its text, for [`super::same_json`]: our maps are keyed by strings
//! only, so anything else is a mismatch.

use serde::ser::{self, Serialize};

use super::same_json::{Mismatch, Result};

/// A map key as text: our maps are keyed by strings only.
pub(super) struct KeyText;

impl ser::Serializer for KeyText {
    type Ok = String;
    type Error = Mismatch;
    type SerializeSeq = ser::Impossible<String, Mismatch>;
    type SerializeTuple = ser::Impossible<String, Mismatch>;
    type SerializeTupleStruct = ser::Impossible<String, Mismatch>;
    type SerializeTupleVariant = ser::Impossible<String, Mismatch>;
    type SerializeMap = ser::Impossible<String, Mismatch>;
    type SerializeStruct = ser::Impossible<String, Mismatch>;
    type SerializeStructVariant = ser::Impossible<String, Mismatch>;

    fn serialize_str(self, v: &str) -> Result<String> {
        Ok(v.to_string())
    }
    fn serialize_bool(self, _: bool) -> Result<String> {
        Err(Mismatch)
    }
    fn serialize_i8(self, _: i8) -> Result<String> {
        Err(Mismatch)
    }
    fn serialize_i16(self, _: i16) -> Result<String> {
        Err(Mismatch)
    }
    fn serialize_i32(self, _: i32) -> Result<String> {
        Err(Mismatch)
    }
    fn serialize_i64(self, _: i64) -> Result<String> {
        Err(Mismatch)
    }
    fn serialize_u8(self, _: u8) -> Result<String> {
        Err(Mismatch)
    }
    fn serialize_u16(self, _: u16) -> Result<String> {
        Err(Mismatch)
    }
    fn serialize_u32(self, _: u32) -> Result<String> {
        Err(Mismatch)
    }
    fn serialize_u64(self, _: u64) -> Result<String> {
        Err(Mismatch)
    }
    fn serialize_f32(self, _: f32) -> Result<String> {
        Err(Mismatch)
    }
    fn serialize_f64(self, _: f64) -> Result<String> {
        Err(Mismatch)
    }
    fn serialize_char(self, v: char) -> Result<String> {
        Ok(v.to_string())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<String> {
        Err(Mismatch)
    }
    fn serialize_none(self) -> Result<String> {
        Err(Mismatch)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<String> {
        Err(Mismatch)
    }
    fn serialize_unit(self) -> Result<String> {
        Err(Mismatch)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<String> {
        Err(Mismatch)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, v: &'static str) -> Result<String> {
        Ok(v.to_string())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<String> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String> {
        Err(Mismatch)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq> {
        Err(Mismatch)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple> {
        Err(Mismatch)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        Err(Mismatch)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Err(Mismatch)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap> {
        Err(Mismatch)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct> {
        Err(Mismatch)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Err(Mismatch)
    }
}
