//! Where the second document of a text starts, and how it is told.

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
            Second::AfterEmpty(at(3, 1)),
        ),
        ("---\n---\nschema: 1\n", Second::AfterEmpty(at(2, 1))),
        // A directive before the second `---`: placed at the `---`.
        (
            "schema: 1\n...\n%YAML 1.2\n---\nx: 1\n",
            Second::Dashes(at(4, 1)),
        ),
        // A bracket after the end closes nothing; a comma and a value
        // are a second value.
        ("{\"a\": 1}\n}\n", Second::Stray(at(2, 1), '}')),
        (
            "{\"a\": 1}\n, {\"b\": 2}\n",
            Second::Unmarked(Some(at(2, 1))),
        ),
        // An empty string is a value; an empty plain scalar is none.
        ("---\n\"\"\n---\nschema: 1\n", Second::Dashes(at(3, 1))),
        // A lone comma follows nothing.
        ("{\"a\": 1}\n,\n", Second::Stray(at(2, 1), ',')),
        // An anchor or a null tag alone is an empty document.
        ("--- &a\n---\nschema: 1\n", Second::AfterEmpty(at(2, 1))),
        ("--- !!null\n---\nschema: 1\n", Second::AfterEmpty(at(2, 1))),
        ("--- !!str\n---\nschema: 1\n", Second::Dashes(at(2, 1))),
        // A directive followed by a `...`.
        ("a: 1\n...\n%YAML 1.1\n...\n", Second::Directive(at(3, 1))),
        // A directive with no `---` after it.
        ("a: 1\n...\n%YAML 1.1\n", Second::Directive(at(3, 1))),
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
