//! A path into a ladder document, such as `levels[3].skills[2]`.
//!
//! Validation reports problems against a pointer; the YAML module turns a pointer
//! back into a line and column of the file.

use std::fmt;

/// One step of a pointer: a key of a mapping or an index of a sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Key(&'static str),
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
        steps.push(Step::Key(key));
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
}
