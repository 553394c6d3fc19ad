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
    /// Content after a `...` line ended the first document.
    AfterEnd(Position),
    /// A second value at the top level, with no marker; or, at `None`, one
    /// the events could not place.
    Unmarked(Option<Position>),
}

impl Second {
    pub fn of(text: &str) -> Second {
        match second_document(text) {
            Some((at, true, _)) => Second::Dashes(at),
            Some((at, false, true)) => Second::AfterEnd(at),
            Some((at, false, false)) => Second::Unmarked(Some(at)),
            None => Second::Unmarked(None),
        }
    }

    /// Where to place the problem.
    pub fn position(self) -> Option<Position> {
        match self {
            Second::Dashes(at) | Second::AfterEnd(at) => Some(at),
            Second::Unmarked(at) => at,
        }
    }

    /// What would be right, after the reader's own words; for a text with
    /// no marker, the whole message.
    pub fn advice(self) -> &'static str {
        match self {
            Second::Dashes(_) => {
                "a file holds one document; remove this `---` line and what follows it, or \
                 put each document in a file of its own"
            }
            Second::AfterEnd(_) => {
                "a file holds one document, and a `...` line above ended it; remove that line, \
                 or this one and what follows it"
            }
            Second::Unmarked(Some(_)) => {
                "the file is no YAML document of keys: read as YAML, it holds several values \
                 at its top level (the second starts here), as JSON Lines, TOML or Markdown \
                 do, where a ladder or an assessment is one mapping; is this the file you meant?"
            }
            Second::Unmarked(None) => {
                "the file is no YAML document of keys: read as YAML, it holds several values \
                 at its top level, as JSON Lines, TOML or Markdown do, where a ladder or an \
                 assessment is one mapping; is this the file you meant?"
            }
        }
    }
}

/// Where a text's second document starts, whether a `---` starts it, and
/// whether a `...` line ended the first: `None` when the text has one
/// document, or a syntax error comes within the first. A value after the
/// first document with no marker between (`{"a": 1}` on one line and
/// another on the next) is a syntax error to libyaml, placed where the
/// second value starts.
fn second_document(text: &str) -> Option<(Position, bool, bool)> {
    let (mut documents, mut ended, mut first_done, mut found) = (0, false, false, None);
    let failed = events(text, |event| {
        use unsafe_libyaml::{YAML_DOCUMENT_END_EVENT, YAML_DOCUMENT_START_EVENT};
        if event.type_ == YAML_DOCUMENT_END_EVENT {
            // SAFETY: the data of a document end event is its `document_end`.
            ended = !unsafe { event.data.document_end.implicit };
            first_done = true;
        }
        if event.type_ != YAML_DOCUMENT_START_EVENT {
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
        found = Some((at, dashes, ended));
        false
    });
    match (found, failed) {
        (None, Some(at)) if first_done => Some((at, false, ended)),
        (found, _) => found,
    }
}

#[cfg(test)]
mod tests {
    use super::Second;
    use crate::file::position::Position;

    #[test]
    fn the_second_document_starts_where_the_reader_finds_it() {
        let at = |line, column| Position { line, column };
        for (text, second) in [
            ("schema: 1\n---\nx: 1\n", Second::Dashes(at(2, 1))),
            // A `---` before any content starts the first document, and a
            // second `---` the second, whatever the first holds.
            ("# c\n---\nschema: 1\n---\n", Second::Dashes(at(4, 1))),
            (
                "---\n# only a comment\n---\nschema: 1\n",
                Second::Dashes(at(3, 1)),
            ),
            (
                "  # indented comment\n---\nschema: 1\n--- x\n",
                Second::Dashes(at(4, 1)),
            ),
            ("%YAML 1.2\n---\na: 1\n", Second::Unmarked(None)),
            // After a `...` end, a `---` or content starts the second.
            ("schema: 1\n...\n---\ntitle: x\n", Second::Dashes(at(3, 1))),
            (
                "schema: 1\n...\n# c\ntitle: x\n",
                Second::AfterEnd(at(4, 1)),
            ),
            // Values with no marker, as JSON Lines or Markdown read as YAML;
            // a later `---` is not where the second starts.
            ("{\"a\": 1}\n{\"b\": 2}\n", Second::Unmarked(Some(at(2, 1)))),
            (
                "[x]\n\ntext\n\n---\n\nfoot\n",
                Second::Unmarked(Some(at(3, 1))),
            ),
        ] {
            assert_eq!(Second::of(text), second, "{text:?}");
        }
    }
}
