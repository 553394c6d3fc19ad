//! The ladder as lean block YAML, written straight from the model by a serde
//! serializer: no field that is empty (none, or an empty list, but `skills`,
//! which a level needs even empty), block style, and every text in double
//! quotes, escaped as JSON escapes it (which YAML reads the same), so that no
//! text of an imported source can change the file's structure. Written here
//! rather than by the YAML crate, whose writer costs ten times the parse of a
//! large source, into one buffer, without a tree of the ladder or a string per
//! mapping in between.

mod compound;
mod serializer;
#[cfg(test)]
mod tests;

use std::fmt::{self, Write as _};

use serde::Serialize;
use serde::ser;

use crate::ladder::text::printable_ascii;

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
/// YAML reader or a terminal would act on, and U+FFFE and U+FFFF, which a
/// YAML reader refuses.
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
        look[0xef] = true;
        look
    };
    out.reserve(text.len() + 2);
    out.push('"');
    let b = text.as_bytes();
    // Most text has nothing to escape, and is copied whole.
    if printable_ascii(text) && memchr::memchr2(b'"', b'\\', b).is_none() {
        out.push_str(text);
        out.push('"');
        return;
    }
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
            0xef if b.get(at + 1) == Some(&0xbf) && matches!(b.get(at + 2), Some(0xbe | 0xbf)) => {
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
