//! Output formats: each turns a `Report` into text and does no I/O.

mod json;
mod markdown;
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
        return Ok(text.clone());
    }
    match format {
        Format::Table => Ok(table::render(report, style)),
        Format::Json => json::render(report),
        Format::Yaml => yaml::render(report),
        // Problem lines read the same in a document as on a terminal.
        Format::Markdown if matches!(report, Report::Validation(_)) => {
            Ok(table::render(report, style))
        }
        Format::Markdown => Ok(markdown::render(report)),
    }
}
