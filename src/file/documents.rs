//! Where a file that the YAML reader finds more than one document in starts
//! its second, and what to say of it: a `---` line after the first document's
//! content, content after a `...` line that ended it, or neither, when the
//! file is no YAML mapping at all (JSON Lines, TOML, Markdown) and the reader
//! took its top-level values for documents.

/// How the second document of a text begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Second {
    /// A `---` line, at this byte offset.
    Dashes(usize),
    /// Content at this offset, after a `...` line ended the first document.
    AfterEnd(usize),
    /// No marker: the text holds several values at its top level.
    Unmarked,
}

impl Second {
    pub fn of(text: &str) -> Second {
        let mut offset = 0;
        // Whether the first document has content yet, and whether a `...`
        // line has ended it.
        let (mut content, mut ended) = (false, false);
        for line in text.split_inclusive('\n') {
            let at = offset;
            offset += line.len();
            let (marker, rest) = match marker(line) {
                Some((marker, rest)) => (Some(marker), rest),
                None => (None, line),
            };
            match marker {
                Some("---") if content || ended => return Second::Dashes(at),
                Some("...") => {
                    ended |= content;
                    continue;
                }
                _ => {}
            }
            let rest = rest.trim_start_matches([' ', '\t', '\u{feff}']);
            let nothing = rest.trim_end().is_empty() || rest.starts_with('#');
            // A directive (`%YAML 1.2`) is no content: it goes before a document.
            if nothing || (marker.is_none() && line.starts_with('%')) {
                continue;
            }
            if ended {
                return Second::AfterEnd(at);
            }
            content = true;
        }
        Second::Unmarked
    }

    /// The offset to place the problem at.
    pub fn offset(self) -> Option<usize> {
        match self {
            Second::Dashes(at) | Second::AfterEnd(at) => Some(at),
            Second::Unmarked => None,
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
            Second::Unmarked => {
                "the file is no YAML document of keys: read as YAML, it holds several values \
                 at its top level, as JSON Lines, TOML or Markdown do, where a ladder or an \
                 assessment is one mapping; is this the file you meant?"
            }
        }
    }
}

/// The document marker a line begins with (`---` or `...`, then a blank or
/// the line's end), and the rest of the line.
fn marker(line: &str) -> Option<(&'static str, &str)> {
    ["---", "..."].into_iter().find_map(|marker| {
        let rest = line.strip_prefix(marker)?;
        let ends = rest.is_empty() || rest.starts_with([' ', '\t', '\n', '\r']);
        ends.then_some((marker, rest))
    })
}

#[cfg(test)]
mod tests {
    use super::Second;

    #[test]
    fn the_second_document_starts_where_its_marker_says() {
        for (text, second) in [
            ("schema: 1\n---\nx: 1\n", Second::Dashes(10)),
            // A `---` before any content starts the first document.
            ("# c\n---\nschema: 1\n---\n", Second::Dashes(18)),
            (
                "  # indented comment\n---\nschema: 1\n--- x\n",
                Second::Dashes(35),
            ),
            ("%YAML 1.2\n---\na: 1\n", Second::Unmarked),
            ("--- a: 1\n--- b\n", Second::Dashes(9)),
            // After a `...` end, a `---` or content starts the second.
            ("schema: 1\n...\n---\ntitle: x\n", Second::Dashes(14)),
            ("schema: 1\n...\n# c\ntitle: x\n", Second::AfterEnd(18)),
            // `----` and `...x` are no markers.
            ("a: |\n  ---\n----\n", Second::Unmarked),
            ("{\"a\": 1}\n{\"b\": 2}\n", Second::Unmarked),
        ] {
            assert_eq!(Second::of(text), second, "{text:?}");
        }
    }
}
