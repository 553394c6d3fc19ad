//! `ladder schema [ladder|assessment]`: the JSON Schema of a file format.

use super::{Answer, View};
use crate::output::markup::{Layout, Markup};

/// The schema, kept in `data/ladder.schema.json` where editors can find it.
pub use crate::file::shape::SCHEMA;

/// A schema as a view: JSON as it is kept, or the same data as YAML.
#[derive(Debug)]
pub struct Schema(pub &'static str);

impl View for Schema {
    fn json(&self) -> serde_json::Result<String> {
        Ok(self.0.trim_end().to_string())
    }

    fn yaml(&self) -> anyhow::Result<String> {
        // As every view's YAML: each text double-quoted as JSON quotes it.
        let schema: serde_json::Value = serde_json::from_str(self.0)?;
        Ok(crate::output::yaml::document(&schema))
    }
}

impl Answer for Schema {}

/// `ladder schema` writes JSON and YAML only; a document shows the JSON.
impl Layout for Schema {
    fn layout(&self, out: &mut dyn Markup) {
        out.code("json", self.0);
    }
}
