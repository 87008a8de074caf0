//! Arrays and objects: elements in order; entries written where they come, then put in the
//! order of RFC 8785 if they did not come in it (the file keeps the order they came in).

use serde::ser::{self, Serialize};

use super::super::canonical::{has_high_characters, utf16_order};
use super::super::map_key::KeyText;
use super::super::same_json::{Mismatch, Result};
use super::serializer::Canonical;
use super::{Buffers, Writer};

/// An array's elements, written in order.
pub(in super::super) struct Array<'a, 't> {
    w: &'a mut Writer<'t>,
    first: bool,
    /// Inside `{"variant": …}`, closed after the array.
    close_variant: bool,
}

impl<'a, 't> Array<'a, 't> {
    pub(super) fn new(w: &'a mut Writer<'t>, close_variant: bool) -> Self {
        Array {
            w,
            first: true,
            close_variant,
        }
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        if !self.first {
            self.w.buffers.out.push(b',');
        }
        self.w.new_line(self.first)?;
        self.first = false;
        value.serialize(Canonical { w: &mut *self.w })
    }

    fn finish(self) -> Result {
        self.w.close(b']', !self.first)?;
        if self.close_variant {
            self.w.close_variant()?;
        }
        Ok(())
    }
}

impl ser::SerializeSeq for Array<'_, '_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeTuple for Array<'_, '_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for Array<'_, '_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeTupleVariant for Array<'_, '_> {
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
pub(super) struct Entry {
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
            byte_order(self.key.as_str().as_bytes(), other.key.as_str().as_bytes())
        }
    }
}

/// Byte order of two keys, compared in place: keys are short, and most objects' keys are
/// compared on every object (whether they came in order).
#[inline]
fn byte_order(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

/// An object's entries, each written as `"key":value` where it comes.
pub(in super::super) struct Object<'a, 't> {
    w: &'a mut Writer<'t>,
    /// Where the first entry starts in the output (after `{`).
    start: usize,
    /// Where this object's entries start in the writer's list.
    first_entry: usize,
    /// The key of a map entry whose value comes next.
    pending: Option<Key>,
    /// Where the entry whose value comes next starts (maps give key and value apart).
    entry_from: usize,
    /// Inside `{"variant": …}`, closed after the object.
    close_variant: bool,
}

impl<'a, 't> Object<'a, 't> {
    pub(super) fn new(w: &'a mut Writer<'t>, close_variant: bool) -> Self {
        Object {
            start: w.buffers.out.len(),
            first_entry: w.buffers.entries.len(),
            w,
            pending: None,
            entry_from: 0,
            close_variant,
        }
    }

    /// Writes `"key":` (`"key": ` in the file); returns where the entry starts.
    fn key(&mut self, key: &str) -> Result<usize> {
        let first = self.w.buffers.entries.len() == self.first_entry;
        let from = self.w.buffers.out.len() + usize::from(!first);
        self.w.key(key, first)?;
        Ok(from)
    }

    fn value<T: Serialize + ?Sized>(&mut self, key: Key, from: usize, value: &T) -> Result {
        let value_from = self.w.buffers.out.len();
        value.serialize(Canonical { w: &mut *self.w })?;
        self.w.capture(key.as_str(), value_from);
        let high = has_high_characters(key.as_str());
        let to = self.w.buffers.out.len();
        self.w.buffers.entries.push(Entry {
            key,
            high,
            from,
            to,
        });
        Ok(())
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        let from = self.key(key)?;
        self.value(Key::Field(key), from, value)
    }

    fn finish(mut self) -> Result {
        if self.pending.is_some() {
            return Err(Mismatch);
        }
        let had_entries = self.w.buffers.entries.len() > self.first_entry;
        self.put_in_order()?;
        self.w.buffers.entries.truncate(self.first_entry);
        self.w.close(b'}', had_entries)?;
        if self.close_variant {
            self.w.close_variant()?;
        }
        Ok(())
    }

    /// The entries in the order of RFC 8785 (UTF-16 code units of the keys), if they did not
    /// come in it.
    fn put_in_order(&mut self) -> Result {
        let Writer {
            buffers,
            depth,
            wanted,
            captured,
            ..
        } = &mut *self.w;
        let Buffers {
            out,
            entries,
            scratch,
        } = buffers;
        let mine = &mut entries[self.first_entry..];
        if mine.windows(2).all(|pair| pair[0].order(&pair[1]).is_lt()) {
            return Ok(());
        }
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
            // The wanted field of the root object moved with its entry.
            if *depth == 1 && entry.key.as_str() == *wanted {
                if let Some(range) = captured {
                    *range = out.len() - range.len()..out.len();
                }
            }
        }
        Ok(())
    }
}

impl ser::SerializeMap for Object<'_, '_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        if self.pending.is_some() {
            return Err(Mismatch);
        }
        let key = key.serialize(KeyText)?;
        self.entry_from = self.key(&key)?;
        self.pending = Some(Key::Text(key));
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        let key = self.pending.take().ok_or(Mismatch)?;
        let from = self.entry_from;
        self.value(key, from, value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeStruct for Object<'_, '_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.field(key, value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeStructVariant for Object<'_, '_> {
    type Ok = ();
    type Error = Mismatch;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.field(key, value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}
