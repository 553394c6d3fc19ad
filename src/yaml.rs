//! Everything that touches the YAML library lives here, so that swapping it out
//! changes one file: parsing a ladder, finding where a value sits, writing YAML.

use std::fmt;

use serde::Serialize;
use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, IgnoredAny, Visitor};

use crate::pointer::{Pointer, Step};

/// A line and column in a file, both counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Why a document could not be read into typed data, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub message: String,
    pub position: Option<Position>,
}

/// Reads one YAML document into `T`.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, ParseError> {
    serde_yaml::from_str(text).map_err(|err| {
        let position = err.location().map(|l| Position {
            line: l.line(),
            column: l.column(),
        });
        ParseError {
            message: bare_message(&err.to_string()),
            position,
        }
    })
}

/// serde_yaml puts " at line L column C" into its messages, at the end or before
/// a clause; the caller prints the position in front instead, as `file:line:column`.
fn bare_message(message: &str) -> String {
    let Some(at) = message.find(" at line ") else {
        return message.to_string();
    };
    let rest = &message[at + " at line ".len()..];
    let line_digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let Some(after) = rest[line_digits..].strip_prefix(" column ") else {
        return message.to_string();
    };
    let column_digits = after.bytes().take_while(u8::is_ascii_digit).count();
    format!("{}{}", &message[..at], &after[column_digits..])
}

/// Writes `value` as a YAML document.
pub fn to_string<T: Serialize>(value: &T) -> anyhow::Result<String> {
    Ok(serde_yaml::to_string(value)?)
}

/// Finds where the value at `pointer` starts in `text`.
///
/// The parser does not hand out positions of values it read successfully, but it
/// stamps an error with the position of the node being read when the error arises.
/// So this walks the document down `pointer` and fails on purpose at its end.
/// It costs one parse, and runs only when there is a problem to report.
pub fn locate(text: &str, pointer: &Pointer) -> Option<Position> {
    let de = serde_yaml::Deserializer::from_str(text);
    let err = Seek(pointer.steps()).deserialize(de).err()?;
    err.location().map(|l| Position {
        line: l.line(),
        column: l.column(),
    })
}

struct Seek<'p>(&'p [Step]);

impl<'de> DeserializeSeed<'de> for Seek<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        match self.0.split_first() {
            None => de.deserialize_any(Here),
            Some((Step::Key(key), rest)) => de.deserialize_map(SeekKey { key, rest }),
            Some((Step::Index(index), rest)) => de.deserialize_seq(SeekIndex {
                index: *index,
                rest,
            }),
        }
    }
}

/// Refuses whatever it is given: the error carries the position of the node.
struct Here;

impl<'de> Visitor<'de> for Here {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the located node")
    }
}

struct SeekKey<'p> {
    key: &'p str,
    rest: &'p [Step],
}

impl<'de> Visitor<'de> for SeekKey<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a mapping with key `{}`", self.key)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == self.key {
                return map.next_value_seed(Seek(self.rest));
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }
}

struct SeekIndex<'p> {
    index: usize,
    rest: &'p [Step],
}

impl<'de> Visitor<'de> for SeekIndex<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a sequence with an item {}", self.index)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        for _ in 0..self.index {
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
        }
        seq.next_element_seed(Seek(self.rest)).map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "a: 1\nlevels:\n  - id: x\n    skills: [p, q]\n  - id: y\n    skills:\n      - r\n      - s\n";

    fn at(pointer: Pointer) -> Option<(usize, usize)> {
        locate(DOC, &pointer).map(|p| (p.line, p.column))
    }

    #[test]
    fn locates_values_by_pointer() {
        let levels = Pointer::root().key("levels");
        assert_eq!(at(levels.index(0).key("skills").index(1)), Some((4, 17)));
        assert_eq!(at(levels.index(1).key("skills").index(1)), Some((8, 9)));
        assert_eq!(at(levels.index(1).key("id")), Some((5, 9)));
        assert_eq!(at(Pointer::root().key("a")), Some((1, 4)));
    }

    #[test]
    fn a_missing_path_has_no_position() {
        assert_eq!(at(Pointer::root().key("nothing")), None);
    }

    #[test]
    fn parse_errors_carry_a_position_and_a_bare_message() {
        let err = parse::<std::collections::BTreeMap<String, u32>>("a: 1\nb: [").unwrap_err();
        assert!(err.position.is_some());
        assert!(!err.message.contains(" at line "), "{}", err.message);
    }

    #[test]
    fn the_position_is_cut_from_the_middle_of_a_message_too() {
        let message =
            "found unexpected end of stream at line 4 column 1, while scanning a quoted scalar";
        assert_eq!(
            bare_message(message),
            "found unexpected end of stream, while scanning a quoted scalar"
        );
        assert_eq!(bare_message("x: bad at line 2 column 10"), "x: bad");
        assert_eq!(bare_message("no position here"), "no position here");
    }
}
