//! Limits that keep hostile documents from costing more than a ladder file can,
//! checked before the YAML reader runs: how many values a file holds, and line
//! breaks and tags the reader would take otherwise than they look. Flow nesting
//! and alias expansion have modules of their own, flow and aliases.

/// The memory a file may take to read. The YAML reader keeps every node of a
/// document in memory before the ladder is built from it, in a list that grows
/// by doubling, at about 135 bytes a node: counted at 260 bytes a value of the
/// bound (room for a bound up to a third short, and for the list's doubling
/// past 512 Ki nodes), with three times the text
/// (the text, the nodes' strings and the ladder's), a file stays within the
/// 100 MiB promised, the program's own memory included.
const MEMORY: usize = 96 << 20;
const BYTES_PER_VALUE: usize = 260;
const COPIES_OF_TEXT: usize = 3;

/// The most values (YAML nodes) a file of `len` bytes may hold: as many as
/// keep reading it within `MEMORY`.
pub fn max_values(len: usize) -> usize {
    MEMORY.saturating_sub(COPIES_OF_TEXT * len) / BYTES_PER_VALUE
}

/// A bound on the number of nodes (the reader's events) in `text`, found from
/// the bytes that can begin, separate or end one. A flow collection's bracket
/// stands for its start, its end and its first entry; a line break for the
/// next key; a comma for one and a half (the next entry, or a key and its
/// empty value in a flow mapping); a block entry (`- `) or complex key (`? `)
/// for a block collection's start and end, the entry, and a mapping's start
/// and end in it; a value indicator before a blank for one and a half (the
/// value, and a share of a one-pair mapping's start and end), and before
/// anything else for a nested collection's start and end and the value. The
/// only shape it counts short is a flow sequence of one-pair mappings
/// (`[a: b, …]`, four events for three): `max_values` leaves room for that.
/// Text in scalars and comments can only make the bound larger.
pub fn values_bound(text: &str) -> usize {
    crate::file::survey::values(text)
}

/// The first line break other than LF and CRLF, as a byte offset and a name
/// for it. YAML also breaks lines at a lone CR, NEL (U+0085), LS (U+2028) and
/// PS (U+2029), where editors and this tool's positions do not: such a file
/// would be read differently from how it looks, and its problems reported on
/// the wrong lines. Inside double quotes they can be written as escapes.
pub fn odd_line_break(text: &str) -> Option<(usize, &'static str)> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(skip) = bytes[from..]
        .iter()
        .position(|&b| b == b'\r' || b == 0xc2 || b == 0xe2)
    {
        let at = from + skip;
        let next = |n: usize| bytes.get(at + n).copied();
        let found = match bytes[at] {
            b'\r' if next(1) != Some(b'\n') => {
                Some("a carriage return (U+000D) not followed by a line feed")
            }
            0xc2 if next(1) == Some(0x85) => Some("a next-line character (U+0085)"),
            0xe2 if next(1) == Some(0x80) && next(2) == Some(0xa8) => {
                Some("a line separator (U+2028)")
            }
            0xe2 if next(1) == Some(0x80) && next(2) == Some(0xa9) => {
                Some("a paragraph separator (U+2029)")
            }
            _ => None,
        };
        if let Some(what) = found {
            return Some((at, what));
        }
        from = at + 1;
    }
    None
}

/// The first tag of the YAML schema that the reader would drop, leaving the
/// value as its spelling (`!!binary aGk=` would read as the text `aGk=`), as a
/// byte offset and the tag. The tags it honours (`!!str`, `!!int`, `!!float`,
/// `!!bool`, `!!null`, `!!seq`, `!!map`) pass; other tags are refused by the
/// typed reader itself.
pub fn dropped_tag(text: &str) -> Option<(usize, &str)> {
    const HONOURED: [&str; 7] = ["str", "int", "float", "bool", "null", "seq", "map"];
    let bytes = text.as_bytes();
    text.match_indices("!!").find_map(|(at, _)| {
        // A tag starts a node: after a blank, a line break, or a flow indicator.
        let starts = at == 0
            || matches!(
                bytes[at - 1],
                b' ' | b'\t' | b'\n' | b'\r' | b'[' | b'{' | b','
            );
        let name_end = text[at + 2..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .map_or(text.len(), |n| at + 2 + n);
        let name = &text[at + 2..name_end];
        (starts && !name.is_empty() && !HONOURED.contains(&name)).then(|| (at, &text[at..name_end]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_line_breaks_are_found_and_named() {
        assert_eq!(odd_line_break("a: 1\r\nb: 2\n"), None);
        assert_eq!(odd_line_break("a: é\nb: ‘x’"), None);
        assert_eq!(odd_line_break("a: 1\rb: 2").map(|f| f.0), Some(4));
        for (text, at) in [("ab\u{85}", 2), ("a\u{2028}", 1), ("\u{2029}", 0)] {
            assert_eq!(odd_line_break(text).map(|f| f.0), Some(at), "{text:?}");
        }
    }

    #[test]
    fn tags_the_reader_would_drop_are_found() {
        assert_eq!(dropped_tag("a: !!binary aGk="), Some((3, "!!binary")));
        assert_eq!(
            dropped_tag("a: [x, !!timestamp 2001-12-14]").map(|t| t.1),
            Some("!!timestamp")
        );
        assert_eq!(dropped_tag("a: !!str 1\nb: \"Wow!!\"\nc: Wow!!x"), None);
    }

    #[test]
    fn the_value_bound_is_never_below_the_count() {
        // (text, nodes a YAML reader makes of it, stream and document included)
        for (text, nodes) in [
            ("a: b\n", 6),
            ("[a, b, [c], {d: e}]", 12),
            ("- a\n- - b\n  - c\n", 10),
            ("a:\n  b: [ ]\n  c: {}\n", 12),
            ("? a\n: b\n", 6),
            ("- a: b\n  c: d\n- e: f\n", 16),
            ("a:\n  b:\n    c: d\n", 12),
            ("[{a: b}, {c: d}, [], {}]", 18),
            ("-\n  - - a\n", 12),
            ("[\"\":, \"\":, {a, b}]", 13),
        ] {
            assert!(
                values_bound(text) >= nodes,
                "{text:?}: {}",
                values_bound(text)
            );
        }
    }
}
