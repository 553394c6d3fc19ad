//! Where things are in a ladder document: a path such as `levels[3].skills[2]`,
//! and a line and column.
//!
//! Validation reports problems against a pointer; the YAML module turns a pointer
//! back into a line and column of the file.

use std::borrow::Cow;
use std::fmt;

/// A line and column in a file, both counted from 1; the column in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` of `text` (clamped to the text and to the
    /// start of the character it falls in).
    pub fn at(text: &str, offset: usize) -> Self {
        let mut end = offset.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let before = &text[..end];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// One step of a pointer: a key of a mapping or an index of a sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(Cow<'static, str>),
    Index(usize),
}

/// Where a value sits in a ladder document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pointer(Vec<Step>);

impl Pointer {
    pub fn root() -> Self {
        Pointer(Vec::new())
    }

    /// This pointer extended by a key.
    pub fn key(&self, key: &'static str) -> Self {
        let mut steps = self.0.clone();
        steps.push(Step::Key(Cow::Borrowed(key)));
        Pointer(steps)
    }

    /// This pointer extended by a key read from the document.
    pub fn key_owned(&self, key: String) -> Self {
        let mut steps = self.0.clone();
        steps.push(Step::Key(Cow::Owned(key)));
        Pointer(steps)
    }

    /// This pointer extended by an index.
    pub fn index(&self, index: usize) -> Self {
        let mut steps = self.0.clone();
        steps.push(Step::Index(index));
        Pointer(steps)
    }

    pub fn steps(&self) -> &[Step] {
        &self.0
    }

    /// Reads the notation `Display` writes (`levels[3].skills`, or `.` for the root).
    pub fn parse(text: &str) -> Option<Self> {
        let mut steps = Vec::new();
        if text == "." {
            return Some(Pointer(steps));
        }
        for part in text.split('.') {
            let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
            if key.is_empty() && steps.is_empty() {
                return None;
            }
            if !key.is_empty() {
                steps.push(Step::Key(Cow::Owned(key.to_string())));
            }
            while !rest.is_empty() {
                let (index, after) = rest.split_once(']')?;
                steps.push(Step::Index(index.parse().ok()?));
                rest = after.strip_prefix('[').unwrap_or(after);
            }
        }
        Some(Pointer(steps))
    }
}

/// `levels[3].skills[2]`, the same notation serde_yaml uses in its own messages.
impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str(".");
        }
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(key) if i == 0 => f.write_str(key)?,
                Step::Key(key) => write!(f, ".{key}")?,
                Step::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_like_serde_yaml_paths() {
        let p = Pointer::root()
            .key("levels")
            .index(3)
            .key("skills")
            .index(2);
        assert_eq!(p.to_string(), "levels[3].skills[2]");
        assert_eq!(Pointer::root().to_string(), ".");
    }

    #[test]
    fn positions_count_lines_and_characters() {
        assert_eq!(
            Position::at("ab\ncé\nd", 6),
            Position { line: 2, column: 3 }
        );
        assert_eq!(Position::at("ab", 99), Position { line: 1, column: 3 });
        assert_eq!(Position::at("é", 1), Position { line: 1, column: 1 });
    }

    #[test]
    fn parses_what_it_displays() {
        let p = Pointer::root()
            .key("levels")
            .index(3)
            .key("skills")
            .index(2);
        assert_eq!(Pointer::parse("levels[3].skills[2]"), Some(p));
        assert_eq!(Pointer::parse("."), Some(Pointer::root()));
        assert_eq!(
            Pointer::parse("a[1][2]"),
            Some(Pointer::root().key("a").index(1).index(2))
        );
        assert_eq!(Pointer::parse("a[x]"), None);
    }
}
