//! Output formats: each turns a `Report` into text and does no I/O.

mod json;
mod table;
pub mod text;
mod yaml;

use crate::cli::Format;
use crate::report::Report;

/// What the human format may assume of the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
    pub width: u16,
}

/// `report` in `format`, ending with a newline.
pub fn render(report: &Report, format: Format, style: &Style) -> anyhow::Result<String> {
    if let Report::Text(text) = report {
        return Ok(text.to_string());
    }
    match format {
        Format::Table => Ok(table::render(report, style)),
        Format::Json => json::render(report),
        Format::Yaml => yaml::render(report),
    }
}
