//! Output formats: each turns a `Report` into text and does no I/O.

mod dot;
mod json;
mod markdown;
mod mermaid;
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
    Ok(match (format, report) {
        (Format::Json, _) => json::render(report)?,
        (Format::Yaml, _) => yaml::render(report)?,
        (Format::Dot, Report::Graph(graph)) => dot::render(graph),
        (Format::Mermaid | Format::Table, Report::Graph(graph)) => mermaid::render(graph),
        (Format::Mermaid | Format::Dot, _) => anyhow::bail!("only `ladder graph` draws diagrams"),
        // Plans and exports are documents: people read them as Markdown.
        (Format::Table, Report::Plan(_) | Report::Export(_)) => markdown::render(report),
        // Problem lines read the same in a document as on a terminal.
        (Format::Markdown, Report::Validation(_)) | (Format::Table, _) => {
            table::render(report, style)
        }
        (Format::Markdown, _) => markdown::render(report),
    })
}
