//! The ladder as lean block YAML, written straight from the model by a serde
//! serializer: no field that is empty (none, or an empty list, but `skills`,
//! which a level needs even empty), block style, and every text in double
//! quotes, escaped as JSON escapes it (which YAML reads the same), so that no
//! text of an imported source can change the file's structure. Written here
//! rather than by the YAML crate, whose writer costs ten times the parse of a
//! large source, and without a tree of the whole ladder in between.

use std::fmt;

use serde::Serialize;
use serde::ser::{self, Impossible};

/// `value` as lean block YAML.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, Error> {
    Ok(match value.serialize(Lean { indent: 0 })? {
        Rendered::Block(text) => text,
        Rendered::Inline(text) => format!("{text}\n"),
        Rendered::Null => "null\n".to_string(),
        Rendered::EmptySeq => "[]\n".to_string(),
    })
}

/// A value as it is written at some indentation.
enum Rendered {
    /// None or unit: left out of a mapping, `null` in a list.
    Null,
    /// An empty list: left out of a mapping but as `skills`.
    EmptySeq,
    /// A scalar, or `{}`: written after its key or dash.
    Inline(String),
    /// A non-empty mapping or list: whole lines, each already indented.
    Block(String),
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

/// The serializer of a value whose lines (if it has lines) start at `indent`.
#[derive(Clone, Copy)]
struct Lean {
    indent: usize,
}

fn quoted(text: &str) -> Rendered {
    let json = serde_json::to_string(text).unwrap_or_default();
    Rendered::Inline(crate::output::json_escaped(json))
}

fn unsupported(what: &str) -> Error {
    Error(format!("a ladder holds no {what}"))
}

impl ser::Serializer for Lean {
    type Ok = Rendered;
    type Error = Error;
    type SerializeSeq = Seq;
    type SerializeTuple = Seq;
    type SerializeTupleStruct = Seq;
    type SerializeTupleVariant = Impossible<Rendered, Error>;
    type SerializeMap = Map;
    type SerializeStruct = Map;
    type SerializeStructVariant = Impossible<Rendered, Error>;

    fn serialize_bool(self, v: bool) -> Result<Rendered, Error> {
        Ok(Rendered::Inline(v.to_string()))
    }
    fn serialize_i64(self, v: i64) -> Result<Rendered, Error> {
        Ok(Rendered::Inline(v.to_string()))
    }
    fn serialize_u64(self, v: u64) -> Result<Rendered, Error> {
        Ok(Rendered::Inline(v.to_string()))
    }
    fn serialize_f64(self, v: f64) -> Result<Rendered, Error> {
        serde_json::to_string(&v)
            .map(Rendered::Inline)
            .map_err(|e| Error(e.to_string()))
    }
    fn serialize_i8(self, v: i8) -> Result<Rendered, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<Rendered, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<Rendered, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_u8(self, v: u8) -> Result<Rendered, Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<Rendered, Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<Rendered, Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_f32(self, v: f32) -> Result<Rendered, Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_char(self, v: char) -> Result<Rendered, Error> {
        Ok(quoted(v.encode_utf8(&mut [0; 4])))
    }
    fn serialize_str(self, v: &str) -> Result<Rendered, Error> {
        Ok(quoted(v))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<Rendered, Error> {
        Err(unsupported("bytes"))
    }
    fn serialize_none(self) -> Result<Rendered, Error> {
        Ok(Rendered::Null)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Rendered, Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Rendered, Error> {
        Ok(Rendered::Null)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Rendered, Error> {
        Ok(Rendered::Null)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Rendered, Error> {
        Ok(quoted(variant))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Rendered, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Rendered, Error> {
        Err(unsupported("enum with data"))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq, Error> {
        Ok(Seq {
            indent: self.indent,
            out: String::new(),
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Seq, Error> {
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
    fn serialize_map(self, _: Option<usize>) -> Result<Map, Error> {
        Ok(Map {
            indent: self.indent,
            out: String::new(),
            key: None,
        })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Map, Error> {
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
struct Seq {
    indent: usize,
    out: String,
}

impl Seq {
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let inner = self.indent + 2;
        self.out.extend(std::iter::repeat_n(' ', self.indent));
        self.out.push_str("- ");
        match value.serialize(Lean { indent: inner })? {
            Rendered::Null => self.out.push_str("null\n"),
            Rendered::EmptySeq => self.out.push_str("[]\n"),
            Rendered::Inline(text) => {
                self.out.push_str(&text);
                self.out.push('\n');
            }
            // A mapping's first key goes on the dash's line; a list's items
            // go on the lines after it.
            Rendered::Block(text) if text.trim_start().starts_with("- ") => {
                self.out.push('\n');
                self.out.push_str(&text);
            }
            Rendered::Block(text) => self.out.push_str(&text[inner..]),
        }
        Ok(())
    }

    fn finish(self) -> Rendered {
        if self.out.is_empty() {
            Rendered::EmptySeq
        } else {
            Rendered::Block(self.out)
        }
    }
}

/// Lists, tuples and tuple structs are all written as lists.
macro_rules! list {
    ($trait:ident, $method:ident) => {
        impl ser::$trait for Seq {
            type Ok = Rendered;
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.item(value)
            }
            fn end(self) -> Result<Rendered, Error> {
                Ok(self.finish())
            }
        }
    };
}

list!(SerializeSeq, serialize_element);
list!(SerializeTuple, serialize_element);
list!(SerializeTupleStruct, serialize_field);

/// A mapping being written: `key: value` lines, empty values left out.
struct Map {
    indent: usize,
    out: String,
    /// A map's key, written by `serialize_key`, waiting for its value.
    key: Option<String>,
}

impl Map {
    fn entry<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        let rendered = value.serialize(Lean {
            indent: self.indent + 2,
        })?;
        let pad = |out: &mut String| {
            out.extend(std::iter::repeat_n(' ', self.indent));
            out.push_str(key);
            out.push(':');
        };
        match rendered {
            Rendered::Null => {}
            Rendered::EmptySeq if key != "skills" => {}
            Rendered::EmptySeq => {
                pad(&mut self.out);
                self.out.push_str(" []\n");
            }
            Rendered::Inline(text) => {
                pad(&mut self.out);
                self.out.push(' ');
                self.out.push_str(&text);
                self.out.push('\n');
            }
            Rendered::Block(text) => {
                pad(&mut self.out);
                self.out.push('\n');
                self.out.push_str(&text);
            }
        }
        Ok(())
    }

    fn finish(self) -> Rendered {
        if self.out.is_empty() {
            Rendered::Inline("{}".to_string())
        } else {
            Rendered::Block(self.out)
        }
    }
}

impl ser::SerializeStruct for Map {
    type Ok = Rendered;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.entry(key, value)
    }
    fn end(self) -> Result<Rendered, Error> {
        Ok(self.finish())
    }
}

impl ser::SerializeMap for Map {
    type Ok = Rendered;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        match key.serialize(Lean { indent: 0 })? {
            Rendered::Inline(text) => {
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
    fn end(self) -> Result<Rendered, Error> {
        Ok(self.finish())
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
}
