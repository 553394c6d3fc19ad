//! `--format table`: tables and wrapped text for people, at the terminal's width.

mod columns;
mod diff;
mod level;
mod list;
mod path;
mod search;
mod skill;
mod validation;

use comfy_table::presets::NOTHING;
use comfy_table::{Attribute, Cell, ContentArrangement, LineStyle, Table, TableStyle};

use self::columns::columns;
use super::Style;
use super::text::escape;
use crate::report::Report;

pub fn render(report: &Report, style: &Style) -> String {
    match report {
        Report::List(rows) => list::render(rows, style),
        Report::Level(view) => level::render(view, style),
        Report::Diff(diff) => diff::render(diff, style),
        Report::Path(journey) => path::render(journey, style),
        Report::Search(found) => search::render(found, style),
        Report::Skill(trail) => skill::trail(trail, style),
        Report::Catalogue(entries) => skill::catalogue(entries, style),
        Report::Validation(validation) => validation::render(validation),
        Report::Text(text) => text.clone(),
        Report::Graph(_) | Report::Plan(_) | Report::Export(_) => {
            unreachable!("rendered as diagrams and documents")
        }
    }
}

/// Columns apart by blanks, and one rule under the header.
const HEADER_RULE: TableStyle = NOTHING.header_separator(LineStyle::none().fill('─').junction('─'));

/// A table with a header row, fitted to the width, coloured only when allowed.
fn grid(style: &Style, header: &[&str]) -> Table {
    let mut table = base(style);
    table.load_style(HEADER_RULE);
    table.set_header(
        header
            .iter()
            .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
    );
    table
}

/// Keeps `columns` as wide as their content, leaving the rest of the width to
/// the others.
fn fit(table: &mut Table, columns: &[usize]) {
    for &column in columns {
        if let Some(column) = table.column_mut(column) {
            column.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
        }
    }
}

/// `key  value` lines, keys aligned and bold when colour is on, each value
/// wrapped under itself. Laid out by hand: a table engine costs more here than
/// everything else a command does.
fn pairs<'a>(style: &Style, rows: impl IntoIterator<Item = (&'a str, String)>) -> String {
    let rows: Vec<(&str, String)> = rows.into_iter().collect();
    let keys = rows
        .iter()
        .map(|(key, _)| key.chars().count())
        .max()
        .unwrap_or(0);
    let indent = " ".repeat(keys + 3);
    let mut out = String::new();
    for (key, value) in rows {
        let pad = &indent[..keys + 2 - key.chars().count()];
        let prefix = if style.color {
            format!(" \x1b[1m{key}\x1b[0m{pad}")
        } else {
            format!(" {key}{pad}")
        };
        super::text::hang_after(&mut out, &prefix, &value, style.width, &indent);
    }
    out
}

fn base(style: &Style) -> Table {
    let mut table = Table::new();
    table
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width);
    if style.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table
}

/// A blank line, then a heading.
fn section(out: &mut String, title: &str, style: &Style) {
    out.push('\n');
    out.push_str(&super::text::heading(title, style.color));
    out.push('\n');
}

/// A cell holding untrusted text, escaped.
fn cell(text: &str) -> Cell {
    Cell::new(escape(text))
}

/// `table` as text, each line's trailing blanks trimmed, ending with a newline.
fn finish(table: &Table) -> String {
    let mut out: String = table
        .lines()
        .map(|line| format!("{}\n", line.trim_end()))
        .collect();
    if out.is_empty() {
        out.push('\n');
    }
    out
}
