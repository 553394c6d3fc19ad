//! `ladder schema`: the JSON Schema of the ladder file format.

use super::{Answer, View};
use crate::file::yaml;
use crate::output::markup::{Layout, Markup};

/// The schema, kept in `data/ladder.schema.json` where editors can find it.
pub use crate::file::shape::SCHEMA;

/// The schema as a view: JSON as it is kept, or the same data as YAML.
#[derive(Debug)]
pub struct Schema;

impl View for Schema {
    fn json(&self) -> serde_json::Result<String> {
        Ok(SCHEMA.trim_end().to_string())
    }

    fn yaml(&self) -> anyhow::Result<String> {
        let schema: serde_json::Value = serde_json::from_str(SCHEMA)?;
        yaml::to_string(&schema)
    }
}

impl Answer for Schema {}

/// `ladder schema` writes JSON and YAML only; a document shows the JSON.
impl Layout for Schema {
    fn layout(&self, out: &mut dyn Markup) {
        out.code("json", SCHEMA);
    }
}
