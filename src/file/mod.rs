//! Everything about reading a ladder file: where it comes from (a file,
//! standard input, a git revision), its size and hostile-input limits, the YAML
//! module (the one place that names the YAML crate), the shape of a file that
//! does not read as a ladder (checked as a tree against the JSON Schema),
//! positions for messages, and the rules a ladder must follow. A ladder becomes
//! a `CheckedLadder` here, or a list of `Diagnostic`s, each naming the file and,
//! where it has one, the line and column. Files written for the user (`init`,
//! `man --dir`) are written here too, whole or not at all.

pub mod aliases;
pub mod brackets;
pub mod builtin;
mod check;
pub mod documents;
pub mod events;
pub mod flow;
pub mod git;
pub mod guard;
pub mod kind;
pub mod locate;
pub mod origin;
pub mod position;
pub mod quotes;
pub mod read;
mod repaired;
pub mod rules;
pub mod scalar;
pub mod shape;
mod stops;
pub mod stream;
pub mod survey;
pub mod tree;
pub mod write;
pub mod yaml;

use std::fmt;

use crate::ladder::CheckedLadder;

use self::position::{Pointer, Step};

pub use self::check::{at_keys, check, shape_problems, unknown_key, unlisted};
pub use self::origin::Origin;
pub use self::position::Position;
pub use self::read::{MAX_BYTES, decode, read, read_as};

/// Up to this many positions are found one parse each; more, in one pass
/// over the file's events.
const ONE_BY_ONE: usize = 8;

/// How many bytes of text may be parsed again to find where problems are: all the
/// problems of an ordinary file, a few of a file of many megabytes.
const LOCATE_BUDGET: usize = 16 * 1024 * 1024;

/// One problem with a ladder file, printed as `file:line:column: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub position: Option<Position>,
    pub message: String,
    /// How many problems the line stands for: 1, but on the last line of a
    /// file with more problems than are listed, and 0 on a note that is no
    /// problem (that the rules are checked once the shape is right).
    pub stands_for: usize,
}

/// How many problems `problems` report, counting the unlisted ones.
pub fn count(problems: &[Diagnostic]) -> usize {
    problems.iter().map(|d| d.stands_for).sum()
}

impl Diagnostic {
    /// The place (`file:line:column`, or the file) and the message, apart.
    pub fn located(&self) -> (String, String) {
        let place = match self.position {
            Some(Position { line, column }) => format!("{}:{line}:{column}", self.file),
            None => self.file.clone(),
        };
        (place, self.message.clone())
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(Position { line, column }) => {
                write!(f, "{}:{line}:{column}: {}", self.file, self.message)
            }
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// A problem for scripts: `{file, line, column, message, count}`, line and
/// column `null` when the problem has no position, and `count` the problems
/// it stands for: 1, or the number not listed on the line that counts them.
impl serde::Serialize for Diagnostic {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Diagnostic", 5)?;
        s.serialize_field("file", &self.file)?;
        s.serialize_field("line", &self.position.map(|p| p.line))?;
        s.serialize_field("column", &self.position.map(|p| p.column))?;
        s.serialize_field("message", &self.message)?;
        s.serialize_field("count", &self.stands_for)?;
        s.end()
    }
}

/// Reads, parses and checks the ladder; a broken one fails with its first
/// problem and the number of others. Its text is kept for the rest of the
/// run, as `inspect` says: load a ladder once, not in a loop.
pub fn load(origin: &Origin) -> anyhow::Result<CheckedLadder> {
    if *origin == Origin::Builtin {
        return Ok(builtin::ladder());
    }
    inspect(origin).map_err(|problems| {
        let more = match count(&problems) {
            1 => String::new(),
            n => format!(
                " ({} more problem{}: run `{}` to see them all)",
                n - 1,
                if n > 2 { "s" } else { "" },
                validate_command(origin)
            ),
        };
        // A file named by the environment says so, as `LADDER_FILE=path:…`.
        let named = if matches!(origin, Origin::Env(_)) {
            "LADDER_FILE="
        } else {
            ""
        };
        anyhow::anyhow!("{named}{}{more}", problems[0])
    })
}

/// The command that lists every problem of the ladder at `origin`: `ladder
/// validate` reads `LADDER_FILE` itself, a file a flag named is named to it.
fn validate_command(origin: &Origin) -> String {
    match origin.given_word() {
        Some(word) => format!("ladder validate {word}"),
        None => "ladder validate".to_string(),
    }
}

/// Reads, parses and checks the ladder; on failure, every problem found. Its
/// text is kept for the rest of the run, as a command keeps its ladder (also
/// when it is broken: the command then stops): the ladder's text fields borrow
/// from it instead of holding a copy each.
pub fn inspect(origin: &Origin) -> Result<CheckedLadder, Vec<Diagnostic>> {
    let text: &'static str = match origin {
        Origin::Builtin => builtin::TEXT,
        _ => {
            let text = read(origin).map_err(|problem| vec![problem])?;
            // Without the spare room a text read from a pipe grew with.
            Box::leak(text.into_boxed_str())
        }
    };
    check::check_in(origin, text, Some(text)).map_err(|problems| said_of(origin, text, problems))
}

/// The `problems` of `text` read as a ladder; for an assessment given for a
/// ladder, that it is one, rather than a ladder missing every key.
pub fn said_of(origin: &Origin, text: &str, problems: Vec<Diagnostic>) -> Vec<Diagnostic> {
    match kind::is_assessment(text) {
        false => problems,
        true => vec![Diagnostic {
            file: origin.file_name(),
            position: None,
            message: "this is an assessment, not a ladder: give it to `ladder assess`, and the \
                      ladder it is made against to --ladder"
                .to_string(),
            stands_for: 1,
        }],
    }
}

/// Where each of `pointers` sits in `text`. Each position costs a parse of
/// the file: past `LOCATE_BUDGET` bytes parsed, the rest get none, so that
/// thousands of messages cannot take minutes.
pub fn locate_all(text: &str, pointers: &[Option<&Pointer>]) -> Vec<Option<Position>> {
    // Many positions come cheaper from one pass over the file's events; and
    // only the events tell an alias (`*a`) from the anchored value it repeats,
    // which a parse reads in its place: a problem in a repeated value is
    // placed at the alias, where it is repeated, not at the anchor.
    let by_events = pointers.iter().flatten().count() > ONE_BY_ONE
        || (text.contains('*') && text.contains('&') && events::has_alias(text));
    let found = by_events.then(|| {
        let paths: Vec<String> = (pointers.iter())
            .map(|p| p.map(ToString::to_string).unwrap_or_default())
            .collect();
        events::positions(text, &paths)
    });
    // A key with `.`, `[` or `]` in it cannot be spelled in the events'
    // paths: its value is found by a parse.
    let spelled = |pointer: &Pointer| {
        (pointer.steps().iter())
            .all(|step| !matches!(step, Step::Key(k) if k.contains(['.', '[', ']'])))
    };
    let mut budget = LOCATE_BUDGET;
    (pointers.iter().enumerate())
        .map(|(i, pointer)| {
            let pointer = (*pointer)?;
            if let Some(found) = found.as_ref().filter(|_| spelled(pointer)) {
                return found[i];
            }
            if budget < text.len() {
                return None;
            }
            budget -= text.len();
            yaml::locate(text, pointer)
        })
        .collect()
}

#[cfg(test)]
mod tests;
