//! Lists and mappings as the lean writer writes them: items after `- `,
//! `key: value` lines, and what is empty left out or written `[]`/`{}`.

use serde::Serialize;
use serde::ser;

use super::{Error, Kind, Lean, Place, unsupported};

/// A list being written: each item on lines of its own, after `- `.
pub(super) struct Seq<'o> {
    out: &'o mut String,
    indent: usize,
    /// Where the list began, and where its items begin.
    start: usize,
    body: usize,
}

impl<'o> Seq<'o> {
    /// A list written where `lean` stands: after a key or a dash, its items
    /// go on the lines after it.
    pub(super) fn start(lean: Lean<'o>) -> Self {
        let start = lean.out.len();
        if lean.place != Place::Top {
            lean.out.push('\n');
        }
        Seq {
            body: lean.out.len(),
            start,
            out: lean.out,
            indent: lean.indent,
        }
    }

    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        indent(self.out, self.indent);
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

/// `n` spaces, the indentation of a line.
fn indent(out: &mut String, n: usize) {
    const SPACES: &str = "                                ";
    match SPACES.get(..n) {
        Some(spaces) => out.push_str(spaces),
        None => out.extend(std::iter::repeat_n(' ', n)),
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
pub(super) struct Map<'o> {
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

impl<'o> Map<'o> {
    /// A mapping written where `lean` stands: after a key, its entries go on
    /// the lines after it; after a dash, the first goes on the dash's line.
    pub(super) fn start(lean: Lean<'o>) -> Self {
        let start = lean.out.len();
        if lean.place == Place::Key {
            lean.out.push('\n');
        }
        Map {
            body: lean.out.len(),
            start,
            out: lean.out,
            indent: lean.indent,
            place: lean.place,
            on_dash: lean.place == Place::Dash,
            key: None,
        }
    }

    fn entry<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        let mark = self.out.len();
        if !self.on_dash {
            indent(self.out, self.indent);
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
