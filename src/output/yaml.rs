//! `--format yaml`: the report as a YAML document, same shape as the JSON.

use crate::report::Report;
use crate::yaml;

pub fn render(report: &Report) -> anyhow::Result<String> {
    yaml::to_string(report)
}
