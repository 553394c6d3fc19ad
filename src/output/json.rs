//! `--format json`: the report as pretty-printed JSON.

use crate::report::Report;

pub fn render(report: &Report) -> anyhow::Result<String> {
    let mut text = serde_json::to_string_pretty(report)?;
    text.push('\n');
    Ok(text)
}
