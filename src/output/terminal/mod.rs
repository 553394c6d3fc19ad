//! The terminal backend: wrapped text and aligned tables at the terminal's
//! width, bold headings and coloured marks when colour is on.

use crate::output::width::columns;
use std::fmt::Write as _;

mod spans;
mod tables;

pub use self::spans::flat;
use self::spans::push_spans;
use self::tables::cut_long;
use super::Style;
use super::escape::escape;
use super::grid::{fits, lines_up, widths};
use super::markup::{Line, Markup, Section, Sign};
use super::paragraphs::paragraphs;
use super::wrap::{
    MARK_END, MARK_START, hang, hang_after, hang_onto, heading, heading_onto, room, wrap,
};

/// The widest prose is set, in characters: longer lines are hard to read.
const MEASURE: u16 = 100;

/// The fewest columns a value is given beside its key in `facts`: on a
/// terminal narrower than that leaves, each value goes under its key.
const NARROW: usize = 16;

/// How wide a label of `labelled` is set: room for the longest search field,
/// `responsibility detail`.
const LABEL: usize = 22;

pub struct Terminal<'s> {
    style: &'s Style,
    out: String,
    /// A line's text before it is wrapped into `out`, kept from line to line:
    /// a route of thousands of steps writes tens of thousands of lines.
    line: String,
}

impl<'s> Terminal<'s> {
    /// Whether `facts` sets each value under its key, keys `keys` columns
    /// wide: on a terminal too narrow to leave NARROW columns beside them.
    pub(super) fn values_under_keys(&self, keys: usize) -> bool {
        usize::from(self.width()).saturating_sub(keys + 3) < NARROW
    }

    pub fn new(style: &'s Style) -> Self {
        Terminal {
            style,
            out: String::new(),
            line: String::new(),
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

    /// `items`, each after its marker: a blank line between them when one
    /// has paragraphs, so that each item reads as one.
    fn list(&mut self, items: &[Line], marker: impl Fn(usize) -> String) {
        let apart = (items.iter()).any(|item| paragraphs(item).is_some());
        for (n, item) in items.iter().enumerate() {
            if apart && n > 0 {
                self.out.push('\n');
            }
            self.item(&marker(n), item);
        }
    }

    /// A list item after `marker`, its lines hung under its first word; an
    /// item of several paragraphs keeps a blank line between them.
    fn item(&mut self, marker: &str, item: &Line) {
        let (width, rest) = (self.width(), " ".repeat(marker.chars().count()));
        match paragraphs(item) {
            None => hang_after(&mut self.out, marker, &flat(item, false), width, &rest),
            Some(parts) => {
                for (i, part) in parts.iter().enumerate() {
                    let first = match i {
                        0 => marker,
                        _ => {
                            self.out.push('\n');
                            &rest
                        }
                    };
                    hang_after(&mut self.out, first, &flat(part, false), width, &rest);
                }
            }
        }
    }

    /// `text` wrapped at `width` behind `indent`, a blank line between its
    /// paragraphs.
    fn hung(&mut self, indent: &str, text: &Line, width: u16) {
        let Some(parts) = paragraphs(text) else {
            self.out.push_str(&wrap(&flat(text, false), width, indent));
            return;
        };
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                self.out.push('\n');
            }
            self.out.push_str(&wrap(&flat(part, false), width, indent));
        }
    }
}

impl Markup for Terminal<'_> {
    fn heading(&mut self, depth: usize, line: &Line) {
        if depth > 1 && !self.out.is_empty() {
            self.out.push('\n');
        }
        // A heading wider than the terminal is wrapped, each line bold.
        let width = self.width();
        let text = &mut self.line;
        text.clear();
        push_spans(text, &line.0, false);
        match columns(text) <= usize::from(width) {
            true => {
                heading_onto(&mut self.out, text, self.style.color);
                self.out.push('\n');
            }
            false => {
                for line in wrap(text, width, "").lines() {
                    heading_onto(&mut self.out, line, self.style.color);
                    self.out.push('\n');
                }
            }
        }
    }

    fn paragraph(&mut self, indent: usize, text: &Line) {
        // A text of several paragraphs keeps a blank line between them.
        if let Some(parts) = paragraphs(text) {
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    self.out.push('\n');
                }
                self.paragraph(indent, part);
            }
            return;
        }
        let text = wrap(&flat(text, false), self.width(), &" ".repeat(indent));
        self.out.push_str(&text);
    }

    fn spacer(&mut self) {
        self.out.push('\n');
    }

    fn facts(&mut self, rows: &[(&str, Line)]) {
        // Keys may be a ladder's own words (its categories): escaped like all
        // its text, and measured in terminal columns.
        let shown: Vec<_> = rows.iter().map(|(key, _)| escape(key)).collect();
        let keys = shown.iter().map(|k| columns(k)).max();
        let keys = keys.unwrap_or(0);
        let width = self.width();
        // A word wider than the room for values (a long id) is cut, as in a
        // table; a value with an address is left whole, for a terminal to
        // open or copy the address.
        let fitted = |value: &Line, indent: &str| {
            let (text, room) = (flat(value, false), room(width, indent));
            // No word has more bytes than the room has columns: none to cut.
            match text.contains("://") || text.split(' ').all(|w| w.len() <= room) {
                true => text,
                false => cut_long(&text, room),
            }
        };
        if self.values_under_keys(keys) {
            for ((_, value), key) in rows.iter().zip(&shown) {
                let key = match self.style.color {
                    true => format!(" \x1b[1m{key}\x1b[0m\n"),
                    false => format!(" {key}\n"),
                };
                self.out.push_str(&key);
                hang_after(&mut self.out, "   ", &fitted(value, "   "), width, "   ");
            }
            return;
        }
        let indent = " ".repeat(keys + 3);
        for ((_, value), key) in rows.iter().zip(&shown) {
            let pad = &indent[..keys + 2 - columns(key)];
            let prefix = match self.style.color {
                true => format!(" \x1b[1m{key}\x1b[0m{pad}"),
                false => format!(" {key}{pad}"),
            };
            hang_after(
                &mut self.out,
                &prefix,
                &fitted(value, &indent),
                width,
                &indent,
            );
        }
    }

    fn table(&mut self, header: &[&str], rows: &[Vec<Line>], fit: &[usize]) {
        if !fits(header, rows, usize::from(self.style.width)) {
            return self.stacked(header, rows);
        }
        self.grid(header, rows, fit, None);
    }

    fn sections(&mut self, header: &[&str], sections: &[Section], fit: &[usize]) {
        // One decision and one set of widths for every table, so that they
        // line up: stacked if one of them would not fit.
        let all: Vec<&Vec<Line>> = sections.iter().flat_map(|(_, rows, _)| rows).collect();
        let cells = |row: &Vec<Line>| row.iter().map(|c| flat(c, false)).collect::<Vec<_>>();
        let peers = widths(header, all.iter().map(|row| cells(row)));
        let stack = !lines_up(header, &all, &peers, fit, usize::from(self.style.width));
        for (title, rows, empty) in sections {
            self.heading(2, title);
            match (rows.is_empty(), stack) {
                (true, _) => self.paragraph(0, &(*empty).into()),
                (false, true) => self.stacked(header, rows),
                (false, false) => self.grid(header, rows, fit, Some(&peers)),
            }
        }
    }

    fn bullets(&mut self, items: &[Line]) {
        self.list(items, |_| "  • ".to_string());
    }

    fn numbered(&mut self, items: &[Line]) {
        self.list(items, |n| format!("  {}. ", n + 1));
    }

    fn checklist(&mut self, items: &[Line]) {
        self.list(items, |_| "  [ ] ".to_string());
    }

    fn described(&mut self, items: &[(Line, Line)]) {
        for (term, text) in items {
            // A term wider than the terminal is wrapped, each line bold.
            for line in wrap(&flat(term, false), self.width(), "  ").lines() {
                let words = line.trim_start_matches(' ');
                let _ = writeln!(self.out, "  {}", heading(words, self.style.color));
            }
            let width = self.width();
            self.hung("    ", text, width);
        }
    }

    fn labelled(&mut self, items: &[(&str, Line)]) {
        let (start, end) = match self.style.color {
            true => ("\x1b[1;31m", "\x1b[0m"),
            false => ("", ""),
        };
        // A terminal too narrow for the labels' column and twenty columns of
        // text beside it puts each label on a line of its own.
        let beside = usize::from(self.width()) >= LABEL + 2 + 20;
        for (label, text) in items {
            let (first, rest) = match beside {
                true => (format!("  {label:<LABEL$}"), " ".repeat(LABEL + 2)),
                false => {
                    self.out.push_str(&format!("  {label}\n"));
                    ("    ".to_string(), "    ".to_string())
                }
            };
            let marked = hang(&flat(text, true), self.width(), &first, &rest);
            self.out
                .push_str(&marked.replace(MARK_START, start).replace(MARK_END, end));
        }
    }

    fn changes(&mut self, items: &[(Option<Sign>, &str, Line)]) {
        let width = self.width();
        let text = &mut self.line;
        for (sign, what, how) in items {
            text.clear();
            if let Some(sign) = sign {
                text.push(sign.mark());
                text.push(' ');
            }
            if !what.is_empty() {
                text.push_str(what);
                text.push_str(": ");
            }
            push_spans(text, &how.0, false);
            hang_onto(&mut self.out, text, width, "   ", "     ");
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

    fn located(&mut self, lines: &[(String, String)]) {
        let (bold, plain) = match self.style.color {
            true => ("\x1b[1m", "\x1b[0m"),
            false => ("", ""),
        };
        for (place, text) in lines {
            let text = escape(&text.replace('\n', " ")).into_owned();
            if place.is_empty() {
                let _ = writeln!(self.out, "{text}");
                continue;
            }
            let place = escape(&place.replace('\n', " ")).into_owned();
            let _ = writeln!(self.out, "{bold}{place}:{plain} {text}");
        }
    }
}
