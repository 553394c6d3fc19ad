//! The ladder as typed data: what a ladder file says, field for field.
//!
//! This module knows nothing of YAML or terminals. The field names are the file
//! format's and the JSON/YAML output's, so they are a contract: rename nothing.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

use super::Text;
use super::cited::{CitedRange, Link};

/// The only file format version this release reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A whole ladder file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Ladder {
    #[serde(deserialize_with = "whole")]
    pub schema: u32,
    pub title: Text,
    #[serde(default)]
    pub summary: Option<Text>,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Roles outside the ladder that its levels report to, such as the CEO.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// The skill categories; `None` in a file means `Category::defaults()`,
    /// which a checked ladder holds.
    #[serde(default)]
    pub categories: Option<Vec<Category>>,
    pub tracks: Vec<Track>,
    pub skills: Vec<Skill>,
    pub levels: Vec<Level>,
    /// Settings for `ladder lint`.
    #[serde(default)]
    pub lint: Option<LintSettings>,
}

/// What `ladder lint` should leave alone in this file.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LintSettings {
    /// Rule names whose advice is not given.
    #[serde(default)]
    pub allow: Vec<Text>,
}

/// Where a fact in the ladder comes from.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Text,
    pub title: Text,
    #[serde(default)]
    pub url: Option<Text>,
}

/// A role outside the ladder that a level may report to, such as the CEO.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: Text,
    pub name: Text,
}

/// A career track, such as the individual-contributor or the management track.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    pub id: Text,
    pub name: Text,
    #[serde(default)]
    pub summary: Option<Text>,
}

/// One entry of the skill catalogue that levels refer to.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    pub id: Text,
    pub name: Text,
    /// A category id.
    pub category: Text,
}

/// A kind of skill; the diff counts skills per category. A file may list its
/// own; without, `Category::defaults()` apply.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: Text,
    pub name: Text,
}

impl Category {
    /// The categories of a ladder that lists none: technical, relational,
    /// organizational and business.
    pub fn defaults() -> Vec<Category> {
        [
            ("technical", "Technical"),
            ("relational", "Relational"),
            ("organizational", "Organizational"),
            ("business", "Business"),
        ]
        .into_iter()
        .map(|(id, name)| Category {
            id: Text::borrowed(id),
            name: Text::borrowed(name),
        })
        .collect()
    }
}

/// An inclusive range, used for the coding share (percent) and the span of
/// control, as views compare and print it; a file writes it as a `CitedRange`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Range {
    pub min: u32,
    pub max: u32,
}

/// One duty of a level. The same id on two levels means the same duty.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    pub id: Text,
    pub name: Text,
    #[serde(default)]
    pub detail: Option<Text>,
    /// Where this duty comes from, when it is not the level's own sources.
    #[serde(default)]
    pub sources: Vec<Text>,
}

/// One rung of the ladder.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub id: Text,
    pub name: Text,
    #[serde(default)]
    pub aliases: Vec<Text>,
    pub track: Text,
    pub role: Text,
    #[serde(default)]
    pub summary: Option<Text>,
    pub scope: Text,
    #[serde(default)]
    pub coding: Option<CitedRange>,
    #[serde(default)]
    pub span: Option<CitedRange>,
    /// Levels, or roles outside the ladder.
    #[serde(default)]
    pub reports_to: Vec<Text>,
    pub responsibilities: Vec<Responsibility>,
    pub skills: Vec<Text>,
    #[serde(default)]
    pub shift: Option<Text>,
    #[serde(default)]
    pub pitfalls: Vec<Text>,
    #[serde(default)]
    pub next: Vec<Text>,
    #[serde(default)]
    pub lateral: Vec<Link>,
    #[serde(default)]
    pub sources: Vec<Text>,
}

/// Reads a whole number strictly: quoted digits are text, as a tag `!!str`
/// says, and are refused like any other text.
pub(super) fn whole<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    struct Whole;

    impl Visitor<'_> for Whole {
        type Value = u32;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a whole number")
        }

        fn visit_u64<E: de::Error>(self, v: u64) -> Result<u32, E> {
            u32::try_from(v).map_err(|_| too_large(v))
        }

        fn visit_i64<E: de::Error>(self, v: i64) -> Result<u32, E> {
            match u64::try_from(v) {
                Ok(v) => self.visit_u64(v),
                Err(_) => Err(E::custom(format!(
                    "{v} is negative; expected a whole number, 0 or more"
                ))),
            }
        }

        /// Past 64 bits a reader hands the number as 128 bits.
        fn visit_u128<E: de::Error>(self, v: u128) -> Result<u32, E> {
            match u64::try_from(v) {
                Ok(v) => self.visit_u64(v),
                Err(_) => Err(too_large(v)),
            }
        }

        fn visit_i128<E: de::Error>(self, v: i128) -> Result<u32, E> {
            match u128::try_from(v) {
                Ok(v) => self.visit_u128(v),
                Err(_) => Err(E::custom(format!(
                    "{v} is negative; expected a whole number, 0 or more"
                ))),
            }
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<u32, E> {
            // A number too large for a decimal (`1e400`) is read as text.
            if past_decimals(v) {
                return Err(E::custom(format!(
                    "found the text \"{v}\", a number past what a decimal holds; expected a whole number from 0 up to {}",
                    u32::MAX
                )));
            }
            Err(E::custom(format!(
                "expected a whole number, found the text \"{v}\"; write the number without quotes"
            )))
        }

        /// `90.0` is the whole number 90, as JSON Schema counts it, so that
        /// the file format's schema and `validate` agree.
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<u32, E> {
            match whole_float(v) {
                Some(n) => self.visit_i64(n),
                // Whole, but past what a decimal holds exactly: too large
                // either way, and told in exponent form, not in 300 digits.
                None if v.is_finite() && v.fract() == 0.0 => Err(E::custom(format!(
                    "{v:e} is {}; expected a whole number from 0 up to {}",
                    if v < 0.0 { "negative" } else { "too large" },
                    u32::MAX
                ))),
                None => Err(E::custom(format!(
                    "expected a whole number, found the number {v}"
                ))),
            }
        }
    }

    deserializer.deserialize_any(Whole)
}

/// Whether `text` is a number written with digits that is too large (or
/// too far below zero) for a decimal, which YAML then reads as text:
/// `1e400`, not `inf`.
pub fn past_decimals(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
        && text.trim().parse::<f64>().is_ok_and(f64::is_infinite)
}

/// The error of a number past the largest whole number a field holds.
fn too_large<E: de::Error>(v: impl fmt::Display) -> E {
    E::custom(format!(
        "{v} is too large; expected a whole number up to {}",
        u32::MAX
    ))
}

/// `v` as a whole number, when it is one (`90.0`, `9e1`) of a size a
/// decimal holds exactly.
pub fn whole_float(v: f64) -> Option<i64> {
    (v.fract() == 0.0 && v.abs() < 1e15).then_some(v as i64)
}

impl Level {
    /// The share of time spent coding, without its sources.
    pub fn coding_share(&self) -> Option<Range> {
        self.coding.as_ref().map(CitedRange::range)
    }

    /// The number of direct reports, without its sources.
    pub fn span_of_control(&self) -> Option<Range> {
        self.span.as_ref().map(CitedRange::range)
    }

    /// Every source the level cites: its own, then those of its ranges, its
    /// lateral moves and its responsibilities; repeats included.
    pub fn cited(&self) -> impl Iterator<Item = &Text> {
        let ranges = [&self.coding, &self.span].into_iter().flatten();
        self.sources
            .iter()
            .chain(ranges.flat_map(|r| &r.sources))
            .chain(self.lateral.iter().flat_map(|l| &l.sources))
            .chain(self.responsibilities.iter().flat_map(|r| &r.sources))
    }
}
