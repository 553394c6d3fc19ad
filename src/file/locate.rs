//! Finding where a value or key sits in a document, with nothing but serde.
//!
//! A YAML deserializer does not hand out positions of values read successfully,
//! but it stamps an error with the position of the node being read when the error
//! arises. So these seeds walk down a pointer and fail on purpose at its end; the
//! caller reads the position off the error.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, Visitor};

use super::position::Step;

/// What to fail on at the end of the pointer.
#[derive(Debug, Clone, Copy)]
pub enum Target<'t> {
    /// The value itself.
    Value,
    /// The `nth` (from 0) occurrence of a key in the mapping.
    Key(&'t str, usize),
}

/// Walks `steps` and fails at the target; succeeds when the path is not there.
pub struct Seek<'p>(pub &'p [Step], pub Target<'p>);

impl<'de> DeserializeSeed<'de> for Seek<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        let Seek(steps, target) = self;
        match (steps.split_first(), target) {
            (None, Target::Value) => de.deserialize_any(Here),
            (None, Target::Key(key, nth)) => de.deserialize_map(FindKey { key, nth }),
            (Some((Step::Key(key), rest)), _) => de.deserialize_map(SeekKey { key, rest, target }),
            (Some((Step::Index(index), rest)), _) => de.deserialize_seq(SeekIndex {
                index: *index,
                rest,
                target,
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
    target: Target<'p>,
}

impl<'de> Visitor<'de> for SeekKey<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a mapping with key `{}`", self.key)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let wanted = self.key;
        while let Some(found) = map.next_key_seed(KeyNamed(|key: &str| Ok(key == wanted)))? {
            if found {
                return map.next_value_seed(Seek(self.rest, self.target));
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }
}

struct SeekIndex<'p> {
    index: usize,
    rest: &'p [Step],
    target: Target<'p>,
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
        seq.next_element_seed(Seek(self.rest, self.target))
            .map(|_| ())
    }
}

/// Fails on the `nth` occurrence of `key` in a mapping.
struct FindKey<'p> {
    key: &'p str,
    nth: usize,
}

impl<'de> Visitor<'de> for FindKey<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a mapping with key `{}`", self.key)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = 0;
        loop {
            // An error at the key when it is the wanted one and this is the
            // occurrence sought.
            let sought = seen == self.nth;
            let check = |key: &str| match (key == self.key, sought) {
                (true, true) => Err("the located key"),
                (found, _) => Ok(found),
            };
            let Some(found) = map.next_key_seed(KeyNamed(check))? else {
                return Ok(());
            };
            seen += usize::from(found);
            map.next_value::<IgnoredAny>()?;
        }
    }
}

/// Reads a key as a path names it, whatever its scalar, and gives its name to
/// the function held: text as it is, null as `~`, a boolean or an integer as
/// written in decimal (as the file's tree names them); a float or a
/// collection names nothing a path has.
struct KeyNamed<F>(F);

impl<'de, T, F: FnOnce(&str) -> Result<T, &'static str>> DeserializeSeed<'de> for KeyNamed<F> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<T, D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de, T, F: FnOnce(&str) -> Result<T, &'static str>> Visitor<'de> for KeyNamed<F> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<T, E> {
        (self.0)(key).map_err(E::custom)
    }

    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        self.visit_str("~")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<T, E> {
        self.visit_str(if v { "true" } else { "false" })
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<T, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<T, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<T, E> {
        self.visit_str("\u{0}")
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        self.visit_str("\u{0}")
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        self.visit_str("\u{0}")
    }
}
