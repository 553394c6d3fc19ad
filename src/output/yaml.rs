//! The YAML format of a view: block YAML in which every text is a
//! double-quoted scalar escaped as JSON escapes it. A reader of YAML 1.1
//! (PyYAML, say) would take a plain `yes`, `on`, `2026-01-01` or `1_000` for
//! a boolean, a date or a number; quoted, each is read as the text it is, by
//! any YAML reader.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::json_escaped;

/// `value` as a block YAML document, ending with a newline.
pub fn document(value: &Value) -> String {
    from_json(&value.to_string()).unwrap_or_default()
}

/// The JSON document `json` as block YAML, written as it is read: a view
/// serialized to JSON text costs a tenth of the same view as a tree of
/// `Value`s, which for a large ladder would pass the memory `ladder` keeps to.
pub fn from_json(json: &str) -> serde_json::Result<String> {
    let mut out = String::with_capacity(json.len() + json.len() / 4);
    let mut reader = serde_json::Deserializer::from_str(json);
    Node {
        out: &mut out,
        at: At::Top,
        lead: "",
    }
    .deserialize(&mut reader)?;
    reader.end()?;
    Ok(out)
}

/// Where a value goes: the document itself, after a key whose other keys are
/// `indent` deep (its value's own keys `indent + 2`), or as an item of a
/// sequence `indent` deep, after its dash.
#[derive(Clone, Copy)]
enum At {
    Top,
    Key(usize),
    Item(usize),
}

/// One value to write at `at`, after `lead`; an item writes its dash first.
struct Node<'o> {
    out: &'o mut String,
    at: At,
    lead: &'static str,
}

impl Node<'_> {
    /// What goes before the value: the lead, and an item's dash.
    fn start(&mut self) {
        self.out.push_str(self.lead);
        if let At::Item(indent) = self.at {
            pad(self.out, indent);
            self.out.push('-');
        }
    }

    /// A scalar (or an empty collection, `{}` or `[]`) and its line's end.
    fn scalar(mut self, text: &str) {
        self.start();
        if !matches!(self.at, At::Top) {
            self.out.push(' ');
        }
        self.out.push_str(text);
        self.out.push('\n');
    }
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, reader: D) -> Result<(), D::Error> {
        reader.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.scalar("null");
        Ok(())
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<(), E> {
        self.scalar(if b { "true" } else { "false" });
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<(), E> {
        self.scalar(&n.to_string());
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<(), E> {
        self.scalar(&n.to_string());
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<(), E> {
        let number = serde_json::Number::from_f64(n).map_or("null".to_string(), |n| n.to_string());
        self.scalar(&number);
        Ok(())
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<(), E> {
        let mut quoted = String::new();
        push_quoted(&mut quoted, text);
        self.scalar(&quoted);
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        let Some(mut key) = map.next_key::<String>()? else {
            self.scalar("{}");
            return Ok(());
        };
        self.start();
        // A mapping's first key goes on its item's line, or the line below
        // its own key.
        let indent = match self.at {
            At::Top => 0,
            At::Key(indent) => {
                self.out.push('\n');
                indent
            }
            At::Item(indent) => {
                self.out.push(' ');
                indent + 2
            }
        };
        let mut first = true;
        loop {
            if !first || !matches!(self.at, At::Item(_)) {
                pad(self.out, indent);
            }
            first = false;
            push_key(self.out, &key);
            self.out.push(':');
            map.next_value_seed(Node {
                out: self.out,
                at: At::Key(indent + 2),
                lead: "",
            })?;
            match map.next_key::<String>()? {
                Some(next) => key = next,
                None => return Ok(()),
            }
        }
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut list: A) -> Result<(), A::Error> {
        // The items go on the lines below, but for the document's own.
        let (indent, lead) = match self.at {
            At::Top => (0, ""),
            At::Key(indent) => (indent, "\n"),
            At::Item(indent) => (indent + 2, "\n"),
        };
        let before = self.out.len();
        self.start();
        let started = self.out.len();
        let mut lead = lead;
        while list
            .next_element_seed(Node {
                out: self.out,
                at: At::Item(indent),
                lead,
            })?
            .is_some()
        {
            lead = "";
        }
        if self.out.len() == started {
            self.out.truncate(before);
            self.scalar("[]");
        }
        Ok(())
    }
}

/// A text as JSON writes it, which YAML reads as the same text: line breaks
/// YAML would fold (NEL, LS, PS) escaped too.
fn push_quoted(out: &mut String, text: &str) {
    let quoted = serde_json::to_string(text).unwrap_or_default();
    out.push_str(&json_escaped(quoted));
}

/// A key plain when it is a word no YAML reader takes for anything but
/// text, quoted otherwise.
fn push_key(out: &mut String, key: &str) {
    let word = key.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    let special = matches!(
        key,
        "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null"
    );
    if word && !special {
        out.push_str(key);
    } else {
        push_quoted(out, key);
    }
}

fn pad(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_reads_back_as_text() {
        let value = serde_json::json!({
            "title": "2026-01-01",
            "on": "yes",
            "levels": [
                {"id": "a", "scope": "on", "role": "1_000", "skills": [], "coding": null},
                {"id": "b", "name": "Line\u{2028}break \"quoted\"", "next": ["a"], "min": 10}
            ],
            "empty": {}
        });
        let text = document(&value);
        assert_eq!(
            text,
            "title: \"2026-01-01\"\n\"on\": \"yes\"\nlevels:\n  - id: \"a\"\n    scope: \"on\"\n    role: \"1_000\"\n    skills: []\n    coding: null\n  - id: \"b\"\n    name: \"Line\\u2028break \\\"quoted\\\"\"\n    next:\n      - \"a\"\n    min: 10\nempty: {}\n"
        );
        let back: Value = crate::file::yaml::parse(&text).unwrap();
        assert_eq!(back, value);
    }

    /// Collections in collections, empty or not, in every place, written as
    /// they are read and read back the same.
    #[test]
    fn nested_collections_read_back_the_same() {
        let value = serde_json::json!({
            "lists": [[1, [2.5, true]], [], {}, [{"a": []}]],
            "maps": [{"x": [], "y": {"z": {"deep": null}}}],
            "none": []
        });
        let text = document(&value);
        assert_eq!(
            text,
            "lists:\n  -\n    - 1\n    -\n      - 2.5\n      - true\n  - []\n  - {}\n  -\n    - a: []\nmaps:\n  - x: []\n    \"y\":\n      z:\n        deep: null\nnone: []\n"
        );
        let back: Value = crate::file::yaml::parse(&text).unwrap();
        assert_eq!(back, value);
        for top in [
            serde_json::json!([]),
            serde_json::json!({}),
            serde_json::json!("t"),
        ] {
            let back: Value = crate::file::yaml::parse(&document(&top)).unwrap();
            assert_eq!(back, top);
        }
    }
}
