//! `ladder schema`: the JSON Schema of the ladder file format.

/// The schema, kept in `data/ladder.schema.json` where editors can find it.
pub const SCHEMA: &str = include_str!("../../data/ladder.schema.json");
