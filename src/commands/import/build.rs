//! What every importer shares: ids made from the source's names, levels with
//! the fields the format requires, and warnings at a place in a source.

use std::collections::{HashMap, HashSet};

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::file::Position;
use crate::ladder::{Category, Ladder, Level, Responsibility, Skill, Source, Text, Track};

/// Something in a source that could not be mapped, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub file: String,
    pub position: Option<Position>,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.position {
            Some(Position { line, column }) => {
                write!(f, "{}:{line}:{column}: {}", self.file, self.message)
            }
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
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

/// An id from a name: lower-case ASCII letters and digits in words joined by
/// `-`; `fallback` when the name has none.
pub fn slug(name: &str, fallback: &str) -> String {
    // Lower-case ASCII letters and digits, each other run of characters one
    // '-' between them. A character outside ASCII is decomposed first, its
    // accents dropped, and lower-cased, so that 'Ünïcödé' gives 'unicode', a
    // full-width 'Ｋ' a 'k' and 'ﬁ' 'fi'; what is left outside ASCII separates.
    let mut out = String::with_capacity(name.len().min(64));
    let mut dash = false;
    let take = |c: char, out: &mut String, dash: &mut bool| {
        if c.is_ascii_alphanumeric() {
            if *dash && !out.is_empty() {
                out.push('-');
            }
            *dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            *dash = true;
        }
    };
    let bytes = name.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii_alphanumeric() {
            at += 1;
            take(char::from(b), &mut out, &mut dash);
        } else if b.is_ascii() {
            at += 1;
            // Past 48 characters and between words, what follows is cut below.
            if out.len() > 48 {
                break;
            }
            dash = true;
        } else {
            let c = name[at..].chars().next().unwrap_or_default();
            at += c.len_utf8();
            std::iter::once(c)
                .nfkd()
                .filter(|&d| !is_combining_mark(d))
                .flat_map(char::to_lowercase)
                .for_each(|l| take(l, &mut out, &mut dash));
        }
    }
    // Long names make long ids: keep the words that end within 48
    // characters, or the first word when it alone is longer.
    if out.len() > 48 {
        let cut = match out.as_bytes()[..=48].iter().rposition(|&b| b == b'-') {
            Some(dash) => dash,
            None => out.find('-').unwrap_or(out.len()),
        };
        out.truncate(cut);
    }
    if out.is_empty() {
        fallback.to_string()
    } else {
        out
    }
}

/// Ids made unique: the second `x` becomes `x-2`, and so on. Each id
/// remembers the next number to try, so a thousand `x` cost a thousand steps.
#[derive(Default)]
pub struct Unique {
    taken: HashSet<String>,
    next: HashMap<String, usize>,
}

impl Unique {
    pub fn id(&mut self, wanted: String) -> String {
        if self.taken.insert(wanted.clone()) {
            return wanted;
        }
        let n = self.next.entry(wanted.clone()).or_insert(2);
        loop {
            let candidate = format!("{wanted}-{n}");
            *n += 1;
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

/// Positions in one source, from a table of its line starts made once.
pub struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    pub fn new(text: &'t str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines { text, starts }
    }

    /// The line and column of byte `offset`.
    pub fn at(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
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
            if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{feff}') {
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
    if is_one_line(text) {
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
    if is_one_line(&text) {
        text
    } else {
        one_line(&text)
    }
}

/// Whether `text` is ASCII words with one space between them.
fn is_one_line(text: &str) -> bool {
    let mut last = b' ';
    text.bytes().all(|b| {
        let word = b.is_ascii_graphic() || (b == b' ' && last != b' ');
        last = b;
        word
    }) && last != b' '
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

/// A responsibility.
pub fn duty(id: String, name: String, detail: Option<String>) -> Responsibility {
    Responsibility {
        id: id.into(),
        name: into_one_line(name).into(),
        detail: detail.filter(|d| !d.trim().is_empty()).map(Text::from),
        sources: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::{one_line, slug};

    #[test]
    fn slugs_are_kebab_case_ascii_from_any_name() {
        for (name, id) in [
            ("Senior Engineer", "senior-engineer"),
            ("  -- Tech   Lead (TL) --", "tech-lead-tl"),
            ("Ünïcödé Lëvel", "unicode-level"),
            ("ＫＰＩ ﬁxing", "kpi-fixing"),
            ("Straße", "stra-e"),
            ("日本語", "fallback"),
            ("", "fallback"),
            ("D4 - Developer 4", "d4-developer-4"),
        ] {
            assert_eq!(slug(name, "fallback"), id, "{name}");
        }
        // Long names keep their first words, within 48 characters.
        let long = slug(&"word ".repeat(40), "x");
        assert!(long.len() <= 48 && long.starts_with("word-word"), "{long}");
    }

    /// The rule `slug` keeps, written the plain way: every character
    /// mapped, then whole words kept while they fit in 48.
    fn slug_by_words(name: &str, fallback: &str) -> String {
        use unicode_normalization::UnicodeNormalization;
        use unicode_normalization::char::is_combining_mark;
        let mapped: String = (name.nfkd())
            .filter(|&d| !is_combining_mark(d))
            .flat_map(char::to_lowercase)
            .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
            .collect();
        let mut short = String::new();
        for word in mapped.split_whitespace() {
            if !short.is_empty() && short.len() + 1 + word.len() > 48 {
                break;
            }
            if !short.is_empty() {
                short.push('-');
            }
            short.push_str(word);
        }
        if short.is_empty() {
            fallback.to_string()
        } else {
            short
        }
    }

    #[test]
    fn slugs_cut_long_names_between_words_as_the_plain_rule_does() {
        // Words of every length around the 48-character cut, joined by
        // ASCII and other separators, with accented letters among them.
        let words = [
            "a",
            "bc",
            "déf",
            "ghij",
            "klmnopq",
            &"r".repeat(20),
            &"s".repeat(46),
            &"t".repeat(49),
        ];
        let seps = [" ", " -- ", "\u{2014}", "_"];
        let mut seed = 7u32;
        let edge = format!("a {} y", "x".repeat(46));
        assert_eq!(slug(&edge, "x"), format!("a-{}", "x".repeat(46)));
        for _ in 0..4000 {
            let mut name = String::new();
            for _ in 0..(seed % 14) {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                name.push_str(words[(seed >> 8) as usize % words.len()]);
                name.push_str(seps[(seed >> 16) as usize % seps.len()]);
            }
            assert_eq!(slug(&name, "x"), slug_by_words(&name, "x"), "{name:?}");
        }
    }

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
