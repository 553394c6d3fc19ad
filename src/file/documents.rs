//! Where a file that the YAML reader finds more than one document in starts
//! its second, as libyaml's events tell it, and what to say of it: a `---`
//! line, content after a `...` line that ended the first document, or
//! neither, when the file is no YAML mapping at all (JSON Lines, TOML,
//! Markdown) and the reader took its top-level values for documents.

use super::events::events;
use super::position::Position;

/// How the second document of a text begins, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Second {
    /// A `---` line.
    Dashes(Position),
    /// A `---` line after a first document with nothing in it (a `---` and
    /// comments): one of the two `---` lines is too many.
    AfterEmpty(Position),
    /// Content after a `...` line ended the first document.
    AfterEnd(Position),
    /// A bracket after the document's end, which closes nothing.
    Stray(Position, char),
    /// A directive (`%YAML`) after the document's end, with no `---` after it.
    Directive(Position),
    /// A second value at the top level, with no marker; or, at `None`, one
    /// the events could not place.
    Unmarked(Option<Position>),
}

impl Second {
    pub fn of(text: &str) -> Second {
        let Some(found) = second_document(text) else {
            return Second::Unmarked(None);
        };
        let at = found.at;
        match found {
            Found { dashes: true, .. } => {
                // The event starts at a directive (`%YAML`) before its `---`.
                let line = (text.lines().enumerate().skip(at.line - 1))
                    .find(|(_, l)| l.starts_with("---"))
                    .map_or(at.line, |(i, _)| i + 1);
                let at = Position { line, column: 1 };
                match found.first_empty {
                    true => Second::AfterEmpty(at),
                    false => Second::Dashes(at),
                }
            }
            // A directive after the end starts no document: libyaml stops at
            // its end, past it.
            _ if directive_before(text, at).is_some() => {
                Second::Directive(directive_before(text, at).unwrap_or(at))
            }
            Found { ended: true, .. } => Second::AfterEnd(at),
            _ => match char_at(text, at) {
                Some(c @ ('}' | ']')) => Second::Stray(at, c),
                // A comma with nothing after it follows nothing; with a value
                // after it, that value is a second one.
                Some(',') if nothing_after(text, at) => Second::Stray(at, ','),
                _ => Second::Unmarked(Some(at)),
            },
        }
    }

    /// Where to place the problem.
    pub fn position(self) -> Option<Position> {
        match self {
            Second::Dashes(at)
            | Second::AfterEmpty(at)
            | Second::AfterEnd(at)
            | Second::Stray(at, _)
            | Second::Directive(at) => Some(at),
            Second::Unmarked(at) => at,
        }
    }

    /// What would be right, after the reader's own words; for a text with
    /// no marker, the whole message.
    pub fn advice(self) -> String {
        match self {
            Second::Dashes(_) => "a file holds one document; remove this `---` line and what \
                                  follows it, or put each document in a file of its own"
                .into(),
            Second::AfterEmpty(_) => "a file holds one document, and the one this `---` line \
                                      ends has nothing in it; remove this line or the `---` \
                                      above it"
                .into(),
            Second::AfterEnd(_) => "a file holds one document, and a `...` line above ended \
                                    it; remove that line, or this one and what follows it"
                .into(),
            Second::Stray(_, c) => format!(
                "this `{c}` comes after the document has ended, and closes or follows nothing; \
                 remove it, or look above it for the bracket it was meant to close"
            ),
            Second::Directive(_) => "a directive here, after the document has ended, starts \
                                     no document of its own; remove it"
                .into(),
            Second::Unmarked(Some(_)) => "the file is no YAML document of keys: read as YAML, \
                                          it holds several values at its top level (the second \
                                          starts here), as JSON Lines, TOML or Markdown do, where \
                                          a ladder or an assessment is one mapping; is this the \
                                          file you meant?"
                .into(),
            Second::Unmarked(None) => "the file is no YAML document of keys: read as YAML, it \
                                       holds several values at its top level, as JSON Lines, \
                                       TOML or Markdown do, where a ladder or an assessment is \
                                       one mapping; is this the file you meant?"
                .into(),
        }
    }

    /// Whether the advice stands alone, without the reader's words before it.
    pub fn alone(self) -> bool {
        matches!(
            self,
            Second::Unmarked(_) | Second::Stray(..) | Second::Directive(_)
        )
    }
}

/// The directive line (`%…`) just before the line of `at`, with nothing but
/// blanks and comments between: where libyaml stops on a directive that no
/// `---` follows (at the text's end, or at a `...`).
fn directive_before(text: &str, at: Position) -> Option<Position> {
    let lines: Vec<&str> = text.lines().take(at.line.saturating_sub(1)).collect();
    (lines.iter().enumerate().rev())
        .find(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .filter(|(_, l)| l.starts_with('%'))
        .map(|(i, _)| Position {
            line: i + 1,
            column: 1,
        })
}

/// Whether only blanks and comments follow the character at `at`.
fn nothing_after(text: &str, at: Position) -> bool {
    let mut lines = text.lines().skip(at.line.saturating_sub(1));
    let first = lines.next().unwrap_or_default();
    let rest_of_line: String = first.chars().skip(at.column).collect();
    std::iter::once(rest_of_line.as_str())
        .chain(lines)
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
}

/// The character at `at` (a line and a column in characters).
fn char_at(text: &str, at: Position) -> Option<char> {
    text.lines()
        .nth(at.line.checked_sub(1)?)?
        .chars()
        .nth(at.column.checked_sub(1)?)
}

/// What the events say of a text's second document.
struct Found {
    /// Where it starts.
    at: Position,
    /// Whether a `---` starts it.
    dashes: bool,
    /// Whether a `...` line ended the first.
    ended: bool,
    /// Whether the first had no value in it.
    first_empty: bool,
}

/// Where a text's second document starts, and how: `None` when the text has
/// one document, or a syntax error comes within the first. A value after the
/// first document with no marker between (`{"a": 1}` on one line and
/// another on the next) is a syntax error to libyaml, placed where the
/// second value starts.
fn second_document(text: &str) -> Option<Found> {
    let (mut documents, mut ended, mut first_done, mut values) = (0, false, false, 0);
    let mut found = None;
    let failed = events(text, |event| {
        use unsafe_libyaml::{
            YAML_ALIAS_EVENT, YAML_DOCUMENT_END_EVENT, YAML_DOCUMENT_START_EVENT,
            YAML_MAPPING_START_EVENT, YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT,
        };
        let kind = event.type_;
        // An empty document reads as one empty plain scalar (`""` is a value).
        // SAFETY: the data of a scalar event is its `scalar`.
        // (`--- &a` and `--- !!null` are empty too; `!!str` makes a text.)
        let empty = kind == YAML_SCALAR_EVENT
            && unsafe {
                let scalar = event.data.scalar;
                let tag = (!scalar.tag.is_null())
                    .then(|| std::ffi::CStr::from_ptr(scalar.tag.cast()).to_bytes());
                scalar.length == 0
                    && scalar.style == unsafe_libyaml::YAML_PLAIN_SCALAR_STYLE
                    && tag != Some(b"tag:yaml.org,2002:str")
            };
        if !first_done
            && !empty
            && (kind == YAML_SCALAR_EVENT
                || kind == YAML_ALIAS_EVENT
                || kind == YAML_MAPPING_START_EVENT
                || kind == YAML_SEQUENCE_START_EVENT)
        {
            values += 1;
        }
        if kind == YAML_DOCUMENT_END_EVENT {
            // SAFETY: the data of a document end event is its `document_end`.
            ended = !unsafe { event.data.document_end.implicit };
            first_done = true;
        }
        if kind != YAML_DOCUMENT_START_EVENT {
            return true;
        }
        documents += 1;
        if documents < 2 {
            return true;
        }
        // SAFETY: the data of a document start event is its `document_start`.
        let dashes = !unsafe { event.data.document_start.implicit };
        let mark = event.start_mark;
        let at = Position {
            line: mark.line as usize + 1,
            column: mark.column as usize + 1,
        };
        found = Some((at, dashes));
        false
    });
    let first_empty = values == 0;
    match (found, failed) {
        (Some((at, dashes)), _) => Some(Found {
            at,
            dashes,
            ended,
            first_empty,
        }),
        (None, Some(at)) if first_done => Some(Found {
            at,
            dashes: false,
            ended,
            first_empty,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
