//! The terminal backend: wrapped text and aligned tables at the terminal's
//! width, bold headings and coloured marks when colour is on.

use std::fmt::Write as _;

use comfy_table::presets::NOTHING;
use comfy_table::{Attribute, Cell, ColumnConstraint, ContentArrangement, LineStyle, Table};

use super::Style;
use super::columns::columns;
use super::escape::escape;
use super::markup::{Line, Markup, Sign, Span};
use super::wrap::{MARK_END, MARK_START, hang, hang_after, heading, wrap};

/// The widest prose is set, in characters: longer lines are hard to read.
const MEASURE: u16 = 100;

/// How wide a label of `labelled` is set: room for the longest search field,
/// `responsibility detail`.
const LABEL: usize = 22;

pub struct Terminal<'s> {
    style: &'s Style,
    out: String,
}

impl<'s> Terminal<'s> {
    pub fn new(style: &'s Style) -> Self {
        Terminal {
            style,
            out: String::new(),
        }
    }

    pub fn finish(self) -> String {
        self.out
    }

    /// How wide prose is set: the terminal's width, but no wider than a
    /// readable measure. Tables take the whole width.
    fn width(&self) -> u16 {
        self.style.width.min(MEASURE)
    }
}

/// `line` as plain text, unescaped; a search match between marks when `marks`
/// is set, and any mark already in the text made harmless.
fn flat(line: &Line, marks: bool) -> String {
    let mut out = String::new();
    push_spans(&mut out, &line.0, marks);
    out
}

fn push_spans(out: &mut String, spans: &[Span], marks: bool) {
    let clean = |text: &str| match marks {
        true => text.replace([MARK_START, MARK_END], "\u{fffd}"),
        false => text.to_string(),
    };
    for span in spans {
        match span {
            Span::Text(text) | Span::Code(text) => out.push_str(&clean(text)),
            Span::Strong(inner) => push_spans(out, inner, marks),
            Span::Match(text) if marks => {
                out.push(MARK_START);
                out.push_str(&clean(text));
                out.push(MARK_END);
            }
            Span::Match(text) => out.push_str(text),
            Span::Link { text, url } => {
                out.push_str(&clean(text));
                let _ = write!(out, " <{}>", clean(url));
            }
            Span::Url(url) => {
                let _ = write!(out, "<{}>", clean(url));
            }
            Span::Sign(sign) => out.push(sign.mark()),
            Span::Level { id, .. } => out.push_str(&clean(id)),
            Span::Named { id, name } => {
                let _ = write!(out, "{} ({})", clean(name), clean(id));
            }
        }
    }
}

impl Markup for Terminal<'_> {
    fn heading(&mut self, depth: usize, text: &Line) {
        if depth > 1 && !self.out.is_empty() {
            self.out.push('\n');
        }
        // A heading wider than the terminal is wrapped, each line bold.
        let text = flat(text, false);
        match text.chars().count() <= usize::from(self.width()) {
            true => {
                self.out.push_str(&heading(&text, self.style.color));
                self.out.push('\n');
            }
            false => {
                for line in wrap(&text, self.width(), "").lines() {
                    self.out.push_str(&heading(line, self.style.color));
                    self.out.push('\n');
                }
            }
        }
    }

    fn paragraph(&mut self, indent: usize, text: &Line) {
        let text = wrap(&flat(text, false), self.width(), &" ".repeat(indent));
        self.out.push_str(&text);
    }

    fn spacer(&mut self) {
        self.out.push('\n');
    }

    fn facts(&mut self, rows: &[(&str, Line)]) {
        let keys = rows.iter().map(|(k, _)| k.chars().count()).max();
        let keys = keys.unwrap_or(0);
        let indent = " ".repeat(keys + 3);
        for (key, value) in rows {
            let pad = &indent[..keys + 2 - key.chars().count()];
            let prefix = match self.style.color {
                true => format!(" \x1b[1m{key}\x1b[0m{pad}"),
                false => format!(" {key}{pad}"),
            };
            let width = self.width();
            hang_after(&mut self.out, &prefix, &flat(value, false), width, &indent);
        }
    }

    fn table(&mut self, header: &[&str], rows: &[Vec<Line>], fit: &[usize]) {
        if !fits(header, rows, usize::from(self.style.width)) {
            return self.stacked(header, rows);
        }
        let header: Vec<String> = header.iter().map(|h| h.to_uppercase()).collect();
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let cells: Vec<Vec<String>> = rows
            .iter()
            .map(|row| row.iter().map(|cell| flat(cell, false)).collect())
            .collect();
        let table = match fit {
            [] => columns(self.style, &header, &cells),
            fit => grid(self.style, &header, &cells, fit),
        };
        let signed = rows
            .iter()
            .any(|row| matches!(row[..], [Line(ref s), ..] if matches!(s[..], [Span::Sign(_)])));
        match signed && self.style.color {
            true => self
                .out
                .extend(table.lines().map(|line| paint_sign(line) + "\n")),
            false => self.out.push_str(&table),
        }
    }

    fn bullets(&mut self, items: &[Line]) {
        for item in items {
            let width = self.width();
            hang_after(&mut self.out, "  • ", &flat(item, false), width, "    ");
        }
    }

    fn numbered(&mut self, items: &[Line]) {
        for (n, item) in items.iter().enumerate() {
            let prefix = format!("  {}. ", n + 1);
            let rest = " ".repeat(prefix.len());
            let width = self.width();
            hang_after(&mut self.out, &prefix, &flat(item, false), width, &rest);
        }
    }

    fn checklist(&mut self, items: &[Line]) {
        for item in items {
            let width = self.width();
            hang_after(&mut self.out, "  [ ] ", &flat(item, false), width, "      ");
        }
    }

    fn described(&mut self, items: &[(Line, Line)]) {
        for (term, text) in items {
            let term = heading(&flat(term, false), self.style.color);
            let _ = writeln!(self.out, "  {term}");
            self.out
                .push_str(&wrap(&flat(text, false), self.width(), "    "));
        }
    }

    fn labelled(&mut self, items: &[(&str, Line)]) {
        let (start, end) = match self.style.color {
            true => ("\x1b[1;31m", "\x1b[0m"),
            false => ("", ""),
        };
        for (label, text) in items {
            let first = format!("  {label:<LABEL$}");
            let rest = " ".repeat(LABEL + 2);
            let marked = hang(&flat(text, true), self.width(), &first, &rest);
            self.out
                .push_str(&marked.replace(MARK_START, start).replace(MARK_END, end));
        }
    }

    fn changes(&mut self, items: &[(Option<Sign>, &str, Line)]) {
        for (sign, what, how) in items {
            let mut text = String::new();
            if let Some(sign) = sign {
                text.push(sign.mark());
                text.push(' ');
            }
            if !what.is_empty() {
                let _ = write!(text, "{what}: ");
            }
            text.push_str(&flat(how, false));
            self.out
                .push_str(&hang(&text, self.width(), "   ", "     "));
        }
    }

    fn code(&mut self, _language: &str, code: &str) {
        self.out.push_str(code);
    }

    fn lines(&mut self, lines: &[String]) {
        for line in lines {
            self.out.push_str(&escape(&line.replace('\n', " ")));
            self.out.push('\n');
        }
    }
}

/// Whether a table fits `width` without breaking a word: each column as wide
/// as its longest word, with a blank either side.
fn fits(header: &[&str], rows: &[Vec<Line>], width: usize) -> bool {
    let longest = |text: &str| {
        text.split_whitespace()
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0)
    };
    let need: usize = (0..header.len())
        .map(|c| {
            let cells = rows
                .iter()
                .filter_map(|row| row.get(c))
                .map(|cell| longest(&flat(cell, false)));
            cells.fold(longest(header[c]), usize::max) + 2
        })
        .sum();
    need <= width
}

impl Terminal<'_> {
    /// A table too wide for the terminal, as one block a row: `field: value`
    /// lines, the blocks a blank line apart (as `kubectl describe` does).
    fn stacked(&mut self, header: &[&str], rows: &[Vec<Line>]) {
        for (n, row) in rows.iter().enumerate() {
            if n > 0 {
                self.out.push('\n');
            }
            // A word wider than the room for values is broken into pieces.
            let keys = header.iter().map(|h| h.chars().count()).max().unwrap_or(0);
            let room = usize::from(self.width()).saturating_sub(keys + 3).max(8);
            // A column without a name (a sign) goes in front of the next value.
            let mut fields: Vec<(&str, Line)> = Vec::new();
            let mut before = String::new();
            for (name, cell) in header.iter().zip(row) {
                let text = broken(&flat(cell, false), room, room).replace('\n', " ");
                if name.is_empty() {
                    before = format!("{text} ");
                } else if !text.is_empty() {
                    fields.push((
                        name,
                        Line::text(format!("{}{text}", std::mem::take(&mut before))),
                    ));
                }
            }
            self.facts(&fields);
        }
    }
}

/// A table row's sign in green (gained) or red (dropped).
fn paint_sign(line: &str) -> String {
    match line.strip_prefix(" +") {
        Some(rest) => format!(" \x1b[32m+\x1b[0m{rest}"),
        None => match line.strip_prefix(" -") {
            Some(rest) => format!(" \x1b[31m-\x1b[0m{rest}"),
            None => line.to_string(),
        },
    }
}

/// `cell` with every word longer than `width` characters broken into lines of
/// `piece`: comfy-table's own breaking of such a word costs the square of its
/// length, and no column is wider than the table anyway.
fn broken(cell: &str, width: usize, piece: usize) -> String {
    let piece = piece.max(8);
    if cell.len() <= width || !cell.split_whitespace().any(|w| w.chars().count() > width) {
        return cell.to_string();
    }
    let mut out = String::with_capacity(cell.len() + cell.len() / width + 1);
    for (i, word) in cell.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        for (n, c) in word.chars().enumerate() {
            if n > 0 && n % piece == 0 && word.len() > width {
                out.push('\n');
            }
            out.push(c);
        }
    }
    out
}

/// A table laid out by comfy-table: the columns in `fit` as wide as their
/// content, the others sharing what is left, each line's trailing blanks trimmed.
fn grid(style: &Style, header: &[&str], rows: &[Vec<String>], fit: &[usize]) -> String {
    let mut table = Table::new();
    table
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width);
    if style.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table.load_style(NOTHING.header_separator(LineStyle::none().fill('─').junction('─')));
    table.set_header(
        header
            .iter()
            .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
    );
    // A word wider than the table is broken into pieces a column can hold.
    let width = usize::from(style.width);
    let piece = width / header.len().max(1);
    for row in rows {
        let cells = row.iter().map(|cell| broken(&escape(cell), width, piece));
        table.add_row(cells.map(Cell::new));
    }
    for &column in fit {
        if let Some(column) = table.column_mut(column) {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
    let mut out: String = table
        .lines()
        .map(|line| format!("{}\n", line.trim_end()))
        .collect();
    if out.is_empty() {
        out.push('\n');
    }
    out
}
