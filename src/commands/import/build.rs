//! What every importer shares: levels with the fields the format requires,
//! text on one line, and warnings at a place in a source. Ids are made in
//! ids.rs.

use crate::file::Position;
use crate::ladder::text::{blank, single_spaced};
use crate::ladder::{Category, Ladder, Level, Responsibility, Skill, Source, Text, Track};

/// What a Markdown source's file is called, for a track it names: its file
/// name without the directory and the `.md` or `.markdown`; standard input,
/// which has no name, is `Track`.
pub fn stem(name: &str) -> &str {
    if name == crate::file::origin::STDIN_NAME {
        return "Track";
    }
    let file = name.rsplit('/').next().unwrap_or(name);
    (file
        .strip_suffix(".md")
        .or_else(|| file.strip_suffix(".markdown")))
    .unwrap_or(file)
}

/// The most warnings an import lists; the rest are counted. A reader holds
/// ten times as many before it counts instead, as some are dropped with the
/// sections they are in.
pub const MAX_WARNINGS: usize = 1_000;

/// Something in a source that could not be mapped, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub file: String,
    pub position: Option<Position>,
    pub message: String,
}

impl Warning {
    /// `file:line:column`, or the file alone when there is no position.
    pub fn place(&self) -> String {
        match self.position {
            Some(Position { line, column }) => format!("{}:{line}:{column}", self.file),
            None => self.file.clone(),
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.place(), self.message)
    }
}

/// What in a Markdown source did not fit the format, and where: an error
/// that the command places before what it says of the format.
#[derive(Debug)]
pub struct Unfit(pub Warning);

impl std::fmt::Display for Unfit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.message)
    }
}

impl std::error::Error for Unfit {}

/// Where a level is in its source, for an error about it: a place, or in a
/// YAML source the path of its entry, placed only when the error is made.
pub enum Spot {
    At(Position),
    Path(crate::file::position::Pointer),
}

/// A ladder being built, with what was inferred and what was left out.
#[derive(Default)]
pub struct Built {
    pub title: String,
    pub summary: Option<String>,
    pub sources: Vec<Source>,
    pub categories: Vec<Category>,
    pub tracks: Vec<Track>,
    pub skills: Vec<Skill>,
    pub levels: Vec<Level>,
    /// Sentences for the header: what the importer inferred.
    pub inferred: Vec<String>,
    pub warnings: Vec<Warning>,
    /// Warnings past the most an import lists, counted.
    pub unlisted: usize,
    /// Whether a reader held no more warnings and counted the rest before it
    /// folded or dropped some (a matrix's), so the count is about right.
    pub rough: bool,
    /// Where levels are in the sources, by id, with the source's name: for
    /// the importers whose levels can be refused (a level with no duty).
    pub spots: crate::ladder::hash::HashMap<String, (String, Spot)>,
}

impl Built {
    pub fn into_ladder(self) -> Ladder {
        Ladder {
            schema: crate::ladder::model::SCHEMA_VERSION,
            title: self.title.into(),
            summary: self.summary.map(Text::from),
            sources: self.sources,
            roles: Vec::new(),
            categories: (!self.categories.is_empty()).then_some(self.categories),
            tracks: self.tracks,
            skills: self.skills,
            levels: self.levels,
            lint: None,
        }
    }
}

/// Positions in one source, from a table of its line starts made once, when
/// the first position is asked for: most sources need none.
pub struct Lines<'t> {
    text: &'t str,
    starts: std::cell::OnceCell<Vec<usize>>,
}

impl<'t> Lines<'t> {
    pub fn new(text: &'t str) -> Self {
        Lines {
            text,
            starts: std::cell::OnceCell::new(),
        }
    }

    /// The line and column of byte `offset`.
    pub fn at(&self, offset: usize) -> Position {
        let starts = self.starts.get_or_init(|| {
            let breaks = memchr::memchr_iter(b'\n', self.text.as_bytes());
            std::iter::once(0).chain(breaks.map(|i| i + 1)).collect()
        });
        let offset = offset.min(self.text.len());
        let line = starts.partition_point(|&s| s <= offset).max(1);
        let start = starts[line - 1];
        let mut end = offset;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        Position {
            line,
            column: self.text[start..end.max(start)].chars().count() + 1,
        }
    }
}

/// Text safe in a one-line comment or message: no line break, no control
/// character, nothing a terminal or YAML reader acts on.
pub fn plain(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control()
                || matches!(
                    c,
                    '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
                )
            {
                '?'
            } else {
                c
            }
        })
        .collect()
}

/// Text on one line: a source's line breaks become spaces, and each run of
/// white space one space.
pub fn one_line(text: &str) -> String {
    if single_spaced(text) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `one_line` of a text the caller owns: most text already is on one line,
/// and is kept as it is.
pub fn into_one_line(text: String) -> String {
    if single_spaced(&text) {
        text
    } else {
        one_line(&text)
    }
}

/// A level with the fields every level needs.
pub fn level(id: String, name: &str, track: &str, role: &str, scope: &str) -> Level {
    Level {
        id: id.into(),
        name: one_line(name).into(),
        aliases: Vec::new(),
        track: track.into(),
        role: one_line(role).into(),
        summary: None,
        scope: one_line(scope).into(),
        coding: None,
        span: None,
        reports_to: Vec::new(),
        responsibilities: Vec::new(),
        skills: Vec::new(),
        shift: None,
        pitfalls: Vec::new(),
        next: Vec::new(),
        lateral: Vec::new(),
        sources: Vec::new(),
    }
}

/// A responsibility named by text already on one line.
pub fn duty(id: impl Into<Text>, name: impl Into<Text>, detail: Option<String>) -> Responsibility {
    Responsibility {
        id: id.into(),
        name: name.into(),
        detail: detail.filter(|d| !blank(d)).map(Text::from),
        sources: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn one_line_joins_every_run_of_white_space_into_one_space() {
        assert_eq!(one_line("  a\tb\n\n c  "), "a b c");
        assert_eq!(one_line("plain"), "plain");
        assert_eq!(one_line(" \u{2003}"), "");
        for (text, line) in [
            ("a  b", "a b"),
            (" a", "a"),
            ("a ", "a"),
            ("a\u{b}b", "a b"),
            ("a\u{c}b", "a b"),
            ("a\u{85}b", "a b"),
            ("a\u{a0}b", "a b"),
            ("a\u{1f}b", "a\u{1f}b"),
        ] {
            assert_eq!(one_line(text), line, "{text:?}");
        }
    }
}
