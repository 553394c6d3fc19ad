//! `ladder validate [FILE…]`: checks ladder files and reports every problem,
//! one `FILE:LINE:COLUMN: message` line each, then a summary line.

use std::path::PathBuf;

use serde::{Serialize, Serializer};

use super::Answer;
use crate::file::kind::is_assessment;
use crate::file::{self, Diagnostic, Origin};
use crate::ladder::CheckedLadder;
use crate::output::markup::{Layout, Markup};

/// What `ladder validate` found, file by file. Machine formats print one flat
/// array of problems.
#[derive(Debug)]
pub struct Validation {
    pub files: Vec<Checked>,
}

/// One checked file and its problems, none when it is valid.
#[derive(Debug)]
pub struct Checked {
    pub file: String,
    pub problems: Vec<Diagnostic>,
}

/// Checks each of `files`, or the ladder in use when there are none. A file
/// that `is_assessment` is checked against the ladder it names (or the one in
/// use), each such ladder read once.
pub fn run(files: &[PathBuf], in_use: &Origin) -> anyhow::Result<Validation> {
    let mut ladders = Vec::new();
    let files = Origin::all_or(files, in_use)?
        .iter()
        .map(|origin| Checked {
            file: origin.file_name(),
            problems: problems(origin, in_use, &mut ladders),
        })
        .collect();
    Ok(Validation { files })
}

/// Every problem of the ladder or assessment at `origin`.
fn problems(
    origin: &Origin,
    in_use: &Origin,
    ladders: &mut Vec<(Origin, Result<CheckedLadder, Vec<Diagnostic>>)>,
) -> Vec<Diagnostic> {
    if *origin == Origin::Builtin {
        return Vec::new();
    }
    let text = match file::read(origin) {
        Ok(text) => text,
        Err(problem) => return vec![problem],
    };
    if is_assessment(&text) {
        super::assess::read::problems(origin, &text, in_use, ladders)
    } else {
        match file::check(origin, &text) {
            Ok(ladder) => {
                super::keep_until_exit(ladder);
                Vec::new()
            }
            Err(problems) => problems,
        }
    }
}

impl Validation {
    pub fn problems(&self) -> usize {
        self.files.iter().map(|f| file::count(&f.problems)).sum()
    }
}

impl Serialize for Validation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // A note that is no problem (the rules come after) is for people.
        let problems = self.files.iter().flat_map(|f| &f.problems);
        serializer.collect_seq(problems.filter(|p| p.stands_for > 0))
    }
}

impl Layout for Validation {
    fn layout(&self, out: &mut dyn Markup) {
        let located: Vec<(String, String)> = (self.files.iter())
            .flat_map(|f| &f.problems)
            .map(Diagnostic::located)
            .collect();
        let mut lines = located;
        let files = self.files.len();
        let broken = self.files.iter().filter(|f| !f.problems.is_empty()).count();
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let summary = match self.problems() {
            0 if files == 1 => format!("{}: valid", self.files[0].file),
            0 => format!("{} checked, all valid", plural(files, "file")),
            n => format!(
                "{} in {broken} of {}",
                plural(n, "problem"),
                plural(files, "file")
            ),
        };
        lines.push((String::new(), summary));
        out.located(&lines);
    }
}

impl Answer for Validation {
    fn failed(&self) -> bool {
        self.problems() > 0
    }
}
