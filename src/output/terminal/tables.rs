//! Tables on the terminal: aligned columns when they fit, one block a row
//! when they do not, and the signs of gained and dropped rows in colour.

use super::{Terminal, flat};
use crate::output::breaks::pieces;
use crate::output::columns::columns;
use crate::output::grid::{cut, grid};
use crate::output::markup::{Line, Markup, Span};
use crate::output::width;
use crate::output::wrap::room;

impl Terminal<'_> {
    /// A table that fits, its columns as wide as `peers` says when other
    /// tables must line up with it.
    pub(super) fn grid(
        &mut self,
        header: &[&str],
        rows: &[Vec<Line>],
        fit: &[usize],
        peers: Option<&[usize]>,
    ) {
        let header: Vec<String> = header.iter().map(|h| h.to_uppercase()).collect();
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let cells: Vec<Vec<String>> = rows
            .iter()
            .map(|row| row.iter().map(|cell| flat(cell, false)).collect())
            .collect();
        let table = match (fit, peers) {
            ([], None) => columns(self.style, &header, &cells),
            (fit, peers) => grid(self.style, &header, &cells, fit, peers),
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

    /// A table too wide for the terminal, as one block a row: `field: value`
    /// lines, the blocks a blank line apart (as `kubectl describe` does).
    pub(super) fn stacked(&mut self, header: &[&str], rows: &[Vec<Line>]) {
        for (n, row) in rows.iter().enumerate() {
            if n > 0 {
                self.out.push('\n');
            }
            // A column without a name (a sign) goes in front of the next value.
            let mut fields: Vec<(&str, String)> = Vec::new();
            let mut before = String::new();
            for (name, cell) in header.iter().zip(row) {
                let text = flat(cell, false);
                if name.is_empty() {
                    before = format!("{text} ");
                } else if !text.is_empty() {
                    fields.push((name, format!("{}{text}", std::mem::take(&mut before))));
                }
            }
            // A word wider than the room `facts` gives values is cut into
            // pieces as wide as it, which the wrapper then sets a line each;
            // Chinese and Japanese the wrapper breaks itself, by its rules.
            let keys = fields.iter().map(|(k, _)| width::columns(k)).max();
            let keys = keys.unwrap_or(0);
            let indent = match self.values_under_keys(keys) {
                true => "   ".to_string(),
                false => " ".repeat(keys + 3),
            };
            let room = room(self.width(), &indent);
            let fields: Vec<(&str, Line)> = (fields.into_iter())
                .map(|(name, text)| (name, Line::text(cut_long(&text, room))))
                .collect();
            self.facts(&fields);
        }
    }
}

/// `text` with each word wider than `room` cut into pieces of `room`
/// columns, a blank between each two; in a word of Chinese or Japanese, which
/// the wrapper breaks by its own rules, only a run of other script that is
/// wider than `room` (an address, say) is cut.
pub(super) fn cut_long(text: &str, room: usize) -> String {
    let long = |word: &str| pieces(word).any(|(_, size)| size > room);
    if !text.split(' ').any(long) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + text.len() / room + 1);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        for (piece, size) in pieces(word) {
            match size > room {
                true => cut(&mut out, piece, room, ' '),
                false => out.push_str(piece),
            }
        }
    }
    out
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
