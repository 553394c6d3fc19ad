//! The ladder as lean block YAML, written straight from the model by a serde
//! serializer: no field that is empty (none, or an empty list, but `skills`,
//! which a level needs even empty), block style, and every text in double
//! quotes, escaped as JSON escapes it (which YAML reads the same), so that no
//! text of an imported source can change the file's structure. Written here
//! rather than by the YAML crate, whose writer costs ten times the parse of a
//! large source, into one buffer, without a tree of the ladder or a string per
//! mapping in between.

use std::fmt::{self, Write as _};

use serde::Serialize;
use serde::ser::{self, Impossible};

/// `value` as lean block YAML.
#[cfg(test)]
fn to_string<T: Serialize>(value: &T) -> Result<String, Error> {
    let mut out = String::new();
    write(&mut out, value)?;
    Ok(out)
}

/// `value` as lean block YAML, after what `out` holds.
pub fn write<T: Serialize>(out: &mut String, value: &T) -> Result<(), Error> {
    let lean = Lean {
        out: &mut *out,
        indent: 0,
        place: Place::Top,
    };
    match value.serialize(lean)? {
        Kind::Nothing => out.push_str("null\n"),
        Kind::EmptySeq => out.push_str("[]\n"),
        Kind::Written => {}
    }
    Ok(())
}

/// Where a value is written: on a line of its own, after `key:`, or after
/// a list's `- `.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Top,
    Key,
    Dash,
}

/// What a value wrote. What it did not write, its key or dash writes for it.
enum Kind {
    /// None or unit: nothing; left out of a mapping, `null` in a list.
    Nothing,
    /// An empty list: nothing; left out of a mapping but as `skills`.
    EmptySeq,
    /// A scalar or `{}` with its line's end, or a block's lines.
    Written,
}

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// The serializer: where its value goes, at which indentation.
struct Lean<'o> {
    out: &'o mut String,
    /// The indentation of the value's own lines, when it has lines.
    indent: usize,
    place: Place,
}

impl Lean<'_> {
    /// A scalar, written by `text`, and the end of its line.
    fn scalar(self, text: impl FnOnce(&mut String)) -> Result<Kind, Error> {
        if self.place == Place::Key {
            self.out.push(' ');
        }
        text(self.out);
        self.out.push('\n');
        Ok(Kind::Written)
    }

    fn quoted(self, text: &str) -> Result<Kind, Error> {
        self.scalar(|out| push_quoted(out, text))
    }

    fn display(self, value: impl fmt::Display) -> Result<Kind, Error> {
        self.scalar(|out| {
            let _ = write!(out, "{value}");
        })
    }
}

/// `text` in double quotes, escaped as JSON escapes it, and beyond that DEL,
/// the C1 controls and the Unicode line and paragraph separators, which a
/// YAML reader or a terminal would act on.
fn push_quoted(out: &mut String, text: &str) {
    // The bytes that may need an escape: the rest is copied in runs.
    const LOOK: [bool; 256] = {
        let mut look = [false; 256];
        let mut b = 0;
        while b < 0x20 {
            look[b] = true;
            b += 1;
        }
        look[b'"' as usize] = true;
        look[b'\\' as usize] = true;
        look[0x7f] = true;
        look[0xc2] = true;
        look[0xe2] = true;
        look
    };
    out.reserve(text.len() + 2);
    out.push('"');
    let b = text.as_bytes();
    let (mut from, mut at) = (0, 0);
    while let Some(skip) = b[at..].iter().position(|&c| LOOK[usize::from(c)]) {
        at += skip;
        let (len, short) = match b[at] {
            b'"' => (1, "\\\""),
            b'\\' => (1, "\\\\"),
            b'\n' => (1, "\\n"),
            b'\t' => (1, "\\t"),
            b'\r' => (1, "\\r"),
            0x08 => (1, "\\b"),
            0x0c => (1, "\\f"),
            0..0x20 | 0x7f => (1, ""),
            0xc2 if matches!(b.get(at + 1), Some(0x80..=0x9f)) => (2, ""),
            0xe2 if b.get(at + 1) == Some(&0x80) && matches!(b.get(at + 2), Some(0xa8 | 0xa9)) => {
                (3, "")
            }
            _ => {
                at += 1;
                continue;
            }
        };
        out.push_str(&text[from..at]);
        if short.is_empty() {
            let c = text[at..].chars().next().unwrap_or_default();
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push_str(short);
        }
        at += len;
        from = at;
    }
    out.push_str(&text[from..]);
    out.push('"');
}

fn unsupported(what: &str) -> Error {
    Error(format!("a ladder holds no {what}"))
}

impl<'o> ser::Serializer for Lean<'o> {
    type Ok = Kind;
    type Error = Error;
    type SerializeSeq = Seq<'o>;
    type SerializeTuple = Seq<'o>;
    type SerializeTupleStruct = Seq<'o>;
    type SerializeTupleVariant = Impossible<Kind, Error>;
    type SerializeMap = Map<'o>;
    type SerializeStruct = Map<'o>;
    type SerializeStructVariant = Impossible<Kind, Error>;

    fn serialize_bool(self, v: bool) -> Result<Kind, Error> {
        self.display(v)
    }
    fn serialize_i64(self, v: i64) -> Result<Kind, Error> {
        self.display(v)
    }
    fn serialize_u64(self, v: u64) -> Result<Kind, Error> {
        self.display(v)
    }
    fn serialize_f64(self, v: f64) -> Result<Kind, Error> {
        let text = serde_json::to_string(&v).map_err(|e| Error(e.to_string()))?;
        self.scalar(|out| out.push_str(&text))
    }
    fn serialize_i8(self, v: i8) -> Result<Kind, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<Kind, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<Kind, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_u8(self, v: u8) -> Result<Kind, Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<Kind, Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<Kind, Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_f32(self, v: f32) -> Result<Kind, Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_char(self, v: char) -> Result<Kind, Error> {
        self.quoted(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<Kind, Error> {
        self.quoted(v)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<Kind, Error> {
        Err(unsupported("bytes"))
    }
    fn serialize_none(self) -> Result<Kind, Error> {
        Ok(Kind::Nothing)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Kind, Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Kind, Error> {
        Ok(Kind::Nothing)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Kind, Error> {
        Ok(Kind::Nothing)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Kind, Error> {
        self.quoted(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Kind, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Kind, Error> {
        Err(unsupported("enum with data"))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'o>, Error> {
        // After a key or a dash, the items go on the lines after it.
        let start = self.out.len();
        if self.place != Place::Top {
            self.out.push('\n');
        }
        Ok(Seq {
            body: self.out.len(),
            start,
            out: self.out,
            indent: self.indent,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'o>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Seq<'o>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(unsupported("enum with data"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Map<'o>, Error> {
        // After a key, the entries go on the lines after it; after a dash,
        // the first goes on the dash's line.
        let start = self.out.len();
        if self.place == Place::Key {
            self.out.push('\n');
        }
        Ok(Map {
            body: self.out.len(),
            start,
            out: self.out,
            indent: self.indent,
            place: self.place,
            on_dash: self.place == Place::Dash,
            key: None,
        })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Map<'o>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(unsupported("enum with data"))
    }
}

/// A list being written: each item on lines of its own, after `- `.
struct Seq<'o> {
    out: &'o mut String,
    indent: usize,
    /// Where the list began, and where its items begin.
    start: usize,
    body: usize,
}

impl Seq<'_> {
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.out.extend(std::iter::repeat_n(' ', self.indent));
        self.out.push_str("- ");
        let lean = Lean {
            out: &mut *self.out,
            indent: self.indent + 2,
            place: Place::Dash,
        };
        match value.serialize(lean)? {
            Kind::Nothing => self.out.push_str("null\n"),
            Kind::EmptySeq => self.out.push_str("[]\n"),
            Kind::Written => {}
        }
        Ok(())
    }

    fn finish(self) -> Kind {
        if self.out.len() == self.body {
            self.out.truncate(self.start);
            Kind::EmptySeq
        } else {
            Kind::Written
        }
    }
}

/// Lists, tuples and tuple structs are all written as lists.
macro_rules! list {
    ($trait:ident, $method:ident) => {
        impl ser::$trait for Seq<'_> {
            type Ok = Kind;
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.item(value)
            }
            fn end(self) -> Result<Kind, Error> {
                Ok(self.finish())
            }
        }
    };
}

list!(SerializeSeq, serialize_element);
list!(SerializeTuple, serialize_element);
list!(SerializeTupleStruct, serialize_field);

/// A mapping being written: `key: value` lines, empty values left out.
struct Map<'o> {
    out: &'o mut String,
    indent: usize,
    place: Place,
    /// Where the mapping began, and where its entries begin.
    start: usize,
    body: usize,
    /// Whether no entry is written yet after a dash, where the first goes.
    on_dash: bool,
    /// A map's key, written by `serialize_key`, waiting for its value.
    key: Option<String>,
}

impl Map<'_> {
    fn entry<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        let mark = self.out.len();
        if !self.on_dash {
            self.out.extend(std::iter::repeat_n(' ', self.indent));
        }
        self.out.push_str(key);
        self.out.push(':');
        let lean = Lean {
            out: &mut *self.out,
            indent: self.indent + 2,
            place: Place::Key,
        };
        match value.serialize(lean)? {
            Kind::Nothing => self.out.truncate(mark),
            Kind::EmptySeq if key != "skills" => self.out.truncate(mark),
            Kind::EmptySeq => {
                self.out.push_str(" []\n");
                self.on_dash = false;
            }
            Kind::Written => self.on_dash = false,
        }
        Ok(())
    }

    fn finish(self) -> Result<Kind, Error> {
        if self.out.len() > self.body {
            return Ok(Kind::Written);
        }
        self.out.truncate(self.start);
        let lean = Lean {
            out: self.out,
            indent: self.indent,
            place: self.place,
        };
        lean.scalar(|out| out.push_str("{}"))
    }
}

impl ser::SerializeStruct for Map<'_> {
    type Ok = Kind;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.entry(key, value)
    }
    fn end(self) -> Result<Kind, Error> {
        self.finish()
    }
}

impl ser::SerializeMap for Map<'_> {
    type Ok = Kind;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        let mut text = String::new();
        let lean = Lean {
            out: &mut text,
            indent: 0,
            place: Place::Top,
        };
        match key.serialize(lean)? {
            Kind::Written if text.find('\n') == Some(text.len() - 1) => {
                text.pop();
                self.key = Some(text);
                Ok(())
            }
            _ => Err(unsupported("key that is not text")),
        }
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self.key.take().unwrap_or_default();
        self.entry(&key, value)
    }
    fn end(self) -> Result<Kind, Error> {
        self.finish()
    }
}

#[cfg(test)]
mod tests {
    use serde::Serialize;

    #[derive(Serialize)]
    struct Item {
        id: &'static str,
        note: Option<&'static str>,
        tags: Vec<&'static str>,
    }

    #[derive(Serialize)]
    struct Doc {
        title: &'static str,
        count: u32,
        ratio: f64,
        missing: Option<u32>,
        empty: Vec<u32>,
        skills: Vec<u32>,
        items: Vec<Item>,
        grid: Vec<Vec<u32>>,
        maybe: Vec<Option<u32>>,
        nothing: Item,
    }

    #[test]
    fn empty_fields_are_left_out_and_text_is_quoted_in_block_style() {
        let doc = Doc {
            title: "A \"quoted\"\ntitle: not a key",
            count: 3,
            ratio: 0.5,
            missing: None,
            empty: vec![],
            skills: vec![],
            items: vec![
                Item {
                    id: "a",
                    note: Some("first"),
                    tags: vec!["x", "y"],
                },
                Item {
                    id: "b",
                    note: None,
                    tags: vec![],
                },
            ],
            grid: vec![vec![1, 2], vec![]],
            maybe: vec![None, Some(4)],
            nothing: Item {
                id: "c",
                note: None,
                tags: vec![],
            },
        };
        assert_eq!(
            super::to_string(&doc).unwrap(),
            "title: \"A \\\"quoted\\\"\\ntitle: not a key\"\n\
             count: 3\n\
             ratio: 0.5\n\
             skills: []\n\
             items:\n  - id: \"a\"\n    note: \"first\"\n    tags:\n      - \"x\"\n      - \"y\"\n  - id: \"b\"\n\
             grid:\n  - \n    - 1\n    - 2\n  - []\n\
             maybe:\n  - null\n  - 4\n\
             nothing:\n  id: \"c\"\n"
        );
    }

    #[derive(Serialize)]
    struct Later {
        first: Option<&'static str>,
        second: Vec<u8>,
        third: &'static str,
    }

    #[test]
    fn a_list_items_first_written_key_goes_on_its_dash_and_empty_mappings_read_as_braces() {
        let later = |third| Later {
            first: None,
            second: vec![],
            third,
        };
        let keyed = std::collections::BTreeMap::from([("b key", vec![later("x")]), ("a", vec![])]);
        assert_eq!(
            super::to_string(&(vec![later("x"), later("y")], keyed)).unwrap(),
            "- \n  - third: \"x\"\n  - third: \"y\"\n- \"b key\":\n    - third: \"x\"\n"
        );
        let empty = Item {
            id: "",
            note: None,
            tags: vec![],
        };
        #[derive(Serialize)]
        struct Nothing {
            none: Option<u8>,
        }
        assert_eq!(
            super::to_string(&(Nothing { none: None }, vec![Nothing { none: None }], empty))
                .unwrap(),
            "- {}\n- \n  - {}\n- id: \"\"\n"
        );
        assert_eq!(super::to_string(&Vec::<u8>::new()).unwrap(), "[]\n");
        assert_eq!(super::to_string(&None::<u8>).unwrap(), "null\n");
        assert_eq!(
            super::to_string(&"\u{7f}\u{85}\u{2028}\u{1}\u{8}").unwrap(),
            "\"\\u007f\\u0085\\u2028\\u0001\\b\"\n"
        );
    }
}
