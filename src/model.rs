//! The ladder as typed data: what a ladder file says, field for field.
//!
//! This module knows nothing of YAML or terminals. The field names are the file
//! format's and the JSON/YAML output's, so they are a contract: rename nothing.

use serde::{Deserialize, Serialize};

/// The only file format version this release reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A whole ladder file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Ladder {
    pub schema: u32,
    pub title: String,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
    pub tracks: Vec<Track>,
    pub skills: Vec<Skill>,
    pub levels: Vec<Level>,
}

/// Where a fact in the ladder comes from.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
}

/// A career track, such as the individual-contributor or the management track.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub summary: Option<String>,
}

/// One entry of the skill catalogue that levels refer to.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    pub id: String,
    pub name: String,
    pub category: Category,
}

/// The kind of a skill; the diff counts skills per category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Technical,
    Relational,
    Organizational,
    Business,
}

impl Category {
    /// Every category, in the order output lists them.
    pub const ALL: [Category; 4] = [
        Category::Technical,
        Category::Relational,
        Category::Organizational,
        Category::Business,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Technical => "technical",
            Category::Relational => "relational",
            Category::Organizational => "organizational",
            Category::Business => "business",
        }
    }
}

/// An inclusive range, used for the coding share (percent) and the span of control.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Range {
    pub min: u32,
    pub max: u32,
}

/// One duty of a level. The same id on two levels means the same duty.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub detail: Option<String>,
}

/// One rung of the ladder.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub track: String,
    pub role: String,
    #[serde(default)]
    pub summary: Option<String>,
    pub scope: String,
    #[serde(default)]
    pub coding: Option<Range>,
    #[serde(default)]
    pub span: Option<Range>,
    #[serde(default)]
    pub reports_to: Vec<String>,
    pub responsibilities: Vec<Responsibility>,
    pub skills: Vec<String>,
    #[serde(default)]
    pub shift: Option<String>,
    #[serde(default)]
    pub pitfalls: Vec<String>,
    #[serde(default)]
    pub next: Vec<String>,
    #[serde(default)]
    pub lateral: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}
