//! `ladder lint [FILE…]`: advice on ladder files beyond validity, each piece
//! at `FILE:LINE:COLUMN` with the name of its rule, which `--allow RULE` or
//! the file's own `lint: {allow: [RULE]}` silences.

mod rules;

use std::path::PathBuf;

use anyhow::bail;
use serde::{Serialize, Serializer};

pub use self::rules::RULES;
use self::rules::{Finding, Place};
use super::Answer;
use crate::file::{self, Diagnostic, Origin, Position};
use crate::ladder::find;
use crate::output::markup::{Layout, Markup};

/// The advice on every file linted.
#[derive(Debug)]
pub struct Lint {
    pub files: Vec<Linted>,
    /// `--deny`: advice fails the run.
    pub deny: bool,
}

/// One file and its advice; an invalid file has its problems instead.
#[derive(Debug)]
pub struct Linted {
    pub file: String,
    pub advice: Vec<Advice>,
    pub invalid: bool,
    /// The file as `ladder validate` is given it, to list its problems;
    /// `None` for the ladder in use, which it reads by itself.
    pub word: Option<String>,
}

/// One piece of advice. Field names are the JSON contract.
#[derive(Debug, Serialize)]
pub struct Advice {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub rule: &'static str,
    pub message: String,
}

/// Lints each of `files`, or the ladder in use when there are none.
pub fn run(
    files: &[PathBuf],
    in_use: &Origin,
    allow: &[String],
    deny: bool,
) -> anyhow::Result<Lint> {
    // Rule names on the command line are read in any case, as other named
    // choices are; a file's own list is code, and is held to their spelling.
    let allow: Vec<&str> = (allow.iter())
        .map(|rule| known_in_any_case(rule))
        .collect::<anyhow::Result<_>>()?;
    let files = Origin::all_or(files, in_use)?
        .iter()
        .map(|origin| lint_one(origin, &allow))
        .collect();
    Ok(Lint { files, deny })
}

/// `rule` when it names a rule; otherwise an error that suggests the nearest.
pub fn known(rule: &str) -> anyhow::Result<&'static str> {
    named(rule, rule)
}

/// `known`, of a rule named on the command line in any case; the error
/// quotes it as typed.
pub fn known_in_any_case(typed: &str) -> anyhow::Result<&'static str> {
    named(&typed.to_ascii_lowercase(), typed)
}

/// The rule `rule` names, or an error that quotes `typed` and suggests the
/// nearest rule.
fn named(rule: &str, typed: &str) -> anyhow::Result<&'static str> {
    if let Some((name, _)) = RULES.iter().find(|(name, _)| *name == rule) {
        return Ok(name);
    }
    let names: Vec<&str> = RULES.iter().map(|(name, _)| *name).collect();
    let hint = match find::suggest(rule, names.iter().map(|&n| (n, n))).first() {
        Some(near) => format!("; did you mean '{near}'?"),
        None => String::new(),
    };
    bail!("no lint rule '{typed}'{hint} (known: {})", names.join(", "))
}

fn lint_one(origin: &Origin, allow: &[&str]) -> Linted {
    let name = origin.file_name();
    let word = origin.given_word();
    let invalid = |problems: Vec<Diagnostic>| Linted {
        file: name.clone(),
        // A note that is no problem (the rules come after) is validate's.
        advice: (problems.into_iter().filter(|d| d.stands_for > 0))
            .map(|d| advice(d, "invalid"))
            .collect(),
        invalid: true,
        word: word.clone(),
    };
    let text = match file::read(origin) {
        Ok(text) => text,
        Err(problem) => return invalid(vec![problem]),
    };
    let ladder = match file::check(origin, &text) {
        Ok(ladder) => ladder,
        Err(problems) => return invalid(file::said_of(origin, &text, problems)),
    };
    let mut findings = rules::lint(&ladder, &text);
    // The file's own settings: rules it allows, and names that are no rule.
    let listed = ladder
        .data()
        .lint
        .as_ref()
        .map(|l| l.allow.as_slice())
        .unwrap_or_default();
    for (i, rule) in listed.iter().enumerate() {
        if let Err(err) = known(rule) {
            let at = file::position::Pointer::root()
                .key("lint")
                .key("allow")
                .index(i);
            findings.push(Finding {
                rule: "lint-settings",
                at: Place::Value(at),
                message: format!("{err:#}"),
            });
        }
    }
    findings.retain(|f| !allow.contains(&f.rule) && !listed.iter().any(|a| a == f.rule));
    let pointers: Vec<Option<&file::position::Pointer>> = findings
        .iter()
        .map(|f| match &f.at {
            Place::Value(pointer) => Some(pointer),
            Place::Text { .. } => None,
        })
        .collect();
    let located = file::locate_all(&text, &pointers);
    let mut advice: Vec<Advice> = findings
        .into_iter()
        .zip(located)
        .map(|(f, position)| {
            let position = match f.at {
                Place::Text { line, column } => Some(Position { line, column }),
                Place::Value(_) => position,
            };
            Advice {
                file: name.clone(),
                line: position.map(|p| p.line),
                column: position.map(|p| p.column),
                rule: f.rule,
                message: f.message,
            }
        })
        .collect();
    advice.sort_by_key(|a| (a.line.unwrap_or(usize::MAX), a.column.unwrap_or(0)));
    super::keep_until_exit(ladder);
    Linted {
        file: name,
        advice,
        invalid: false,
        word,
    }
}

/// A problem of an invalid file, as advice of the rule `rule`.
fn advice(d: Diagnostic, rule: &'static str) -> Advice {
    Advice {
        file: d.file,
        line: d.position.map(|p| p.line),
        column: d.position.map(|p| p.column),
        rule,
        message: d.message,
    }
}

impl Lint {
    fn count(&self) -> usize {
        self.files.iter().map(|f| f.advice.len()).sum()
    }
}

impl Serialize for Lint {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.files.iter().flat_map(|f| &f.advice))
    }
}

impl Layout for Lint {
    fn layout(&self, out: &mut dyn Markup) {
        let located: Vec<(String, String)> = (self.files.iter().flat_map(|f| &f.advice))
            .map(|a| {
                let place = match (a.line, a.column) {
                    (Some(line), Some(column)) => format!("{}:{line}:{column}", a.file),
                    _ => a.file.clone(),
                };
                (place, format!("{} [{}]", a.message, a.rule))
            })
            .collect();
        let mut lines = located;
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let invalid = self.files.iter().filter(|f| f.invalid).count();
        let summary = match self.count() {
            0 if self.files.len() == 1 => format!("{}: no advice", self.files[0].file),
            0 => format!("{} linted, no advice", plural(self.files.len(), "file")),
            n => {
                let mut line = format!(
                    "{} in {}",
                    plural(n, "finding"),
                    plural(self.files.len(), "file")
                );
                if invalid > 0 {
                    let words = (self.files.iter().filter(|f| f.invalid))
                        .filter_map(|f| f.word.as_deref().map(|w| format!(" {w}")));
                    let command = format!("ladder validate{}", words.collect::<String>());
                    line.push_str(&format!(" ({invalid} invalid: run `{command}`)"));
                }
                line
            }
        };
        lines.push((String::new(), summary));
        out.located(&lines);
    }
}

impl Answer for Lint {
    /// An invalid file always fails the run; advice does with `--deny`.
    fn failed(&self) -> bool {
        self.files.iter().any(|f| f.invalid) || (self.deny && self.count() > 0)
    }
}
