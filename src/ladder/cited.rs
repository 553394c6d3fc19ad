//! Facts that carry their own sources: a range (a coding share, a span of
//! control) and a lateral move, each able to name where it comes from.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::Text;
use super::model::{Range, whole};
use super::text::TextVisitor;

/// An inclusive range as a file writes it, with the sources that give it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CitedRange {
    #[serde(deserialize_with = "whole")]
    pub min: u32,
    #[serde(deserialize_with = "whole")]
    pub max: u32,
    #[serde(default)]
    pub sources: Vec<Text>,
}

impl CitedRange {
    /// The range alone, as views compare and print it.
    pub fn range(&self) -> Range {
        Range {
            min: self.min,
            max: self.max,
        }
    }
}

/// A lateral move to another level. A file writes its id, or `{id, sources}`
/// to say who pairs the two levels; output always writes `{id, sources}`, so
/// that scripts meet one shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    pub id: Text,
    pub sources: Vec<Text>,
}

impl Link {
    /// A move to `id` that names no source.
    pub fn to(id: Text) -> Link {
        Link {
            id,
            sources: Vec::new(),
        }
    }
}

impl AsRef<str> for Link {
    fn as_ref(&self) -> &str {
        &self.id
    }
}

impl<'de> Deserialize<'de> for Link {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Link, D::Error> {
        deserializer.deserialize_any(LinkVisitor)
    }
}

/// The long form, read with the same strictness as every other mapping.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LongLink {
    id: Text,
    #[serde(default)]
    sources: Vec<Text>,
}

struct LinkVisitor;

impl<'de> Visitor<'de> for LinkVisitor {
    type Value = Link;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a level id, or {id, sources}")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Link, E> {
        Ok(Link {
            id: v.into(),
            sources: Vec::new(),
        })
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Link, E> {
        Ok(Link {
            id: v.into(),
            sources: Vec::new(),
        })
    }

    // Any other scalar is refused as text is: `0x10` and `false` with the hint
    // to quote them, a tagged value as such.
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Link, E> {
        TextVisitor.visit_bool(v).map(Link::to)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Link, E> {
        TextVisitor.visit_i64(v).map(Link::to)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Link, E> {
        TextVisitor.visit_u64(v).map(Link::to)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Link, E> {
        TextVisitor.visit_f64(v).map(Link::to)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Link, E> {
        TextVisitor.visit_unit().map(Link::to)
    }

    fn visit_none<E: de::Error>(self) -> Result<Link, E> {
        TextVisitor.visit_none().map(Link::to)
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Link, A::Error> {
        TextVisitor.visit_enum(data).map(Link::to)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Link, A::Error> {
        let long = LongLink::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(Link {
            id: long.id,
            sources: long.sources,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_reads_both_forms_and_writes_the_long_one() {
        let short: Link = serde_json::from_str(r#""em""#).unwrap();
        assert_eq!(short.id, "em");
        let back = serde_json::to_string(&short).unwrap();
        assert_eq!(back, r#"{"id":"em","sources":[]}"#);
        let long: Link = serde_json::from_str(r#"{"id":"em","sources":["a"]}"#).unwrap();
        assert_eq!(long.sources, vec![Text::from("a")]);
        let back = serde_json::to_string(&long).unwrap();
        assert_eq!(back, r#"{"id":"em","sources":["a"]}"#);
        let wrong = serde_json::from_str::<Link>(r#"{"id":"em","by":["a"]}"#).unwrap_err();
        assert!(wrong.to_string().contains("unknown field `by`"), "{wrong}");
        let number = serde_json::from_str::<Link>("3").unwrap_err();
        assert!(
            number
                .to_string()
                .contains("expected text, found the number 3; put the value in quotes"),
            "{number}"
        );
    }
}
