//! A flow list or mapping the YAML reader stopped inside: where its bracket
//! opens, as libyaml's own events place it (quotes, comments and block
//! scalars in between are the reader's to skip, not a guess's), and whether
//! the reader stopped on the next key, which says the bracket was never
//! closed, or on an item, which says a comma is missing.

use super::events::events;
use super::position::Position;

/// The innermost flow collection open where reading `text` stops on a syntax
/// error: its bracket's position, the bracket, and where the reader stopped.
pub fn open_at_error(text: &str) -> Option<(Position, char, Position)> {
    use unsafe_libyaml::{
        YAML_FLOW_MAPPING_STYLE, YAML_FLOW_SEQUENCE_STYLE, YAML_MAPPING_END_EVENT,
        YAML_MAPPING_START_EVENT, YAML_SEQUENCE_END_EVENT, YAML_SEQUENCE_START_EVENT,
    };
    // Every open collection, with its bracket when it is a flow one.
    let mut open: Vec<Option<(Position, char)>> = Vec::new();
    let stop = events(text, |event| {
        let at = || Position {
            line: event.start_mark.line as usize + 1,
            column: event.start_mark.column as usize + 1,
        };
        match event.type_ {
            // SAFETY: the data of a start event is its own kind's.
            YAML_SEQUENCE_START_EVENT => open.push(
                (unsafe { event.data.sequence_start.style } == YAML_FLOW_SEQUENCE_STYLE)
                    .then(|| (at(), '[')),
            ),
            YAML_MAPPING_START_EVENT => open.push(
                (unsafe { event.data.mapping_start.style } == YAML_FLOW_MAPPING_STYLE)
                    .then(|| (at(), '{')),
            ),
            YAML_SEQUENCE_END_EVENT | YAML_MAPPING_END_EVENT => {
                open.pop();
            }
            _ => {}
        }
        true
    })?;
    let (opened, bracket) = open.into_iter().flatten().next_back()?;
    Some((opened, bracket, stop))
}

/// Whether the reader, stopped at `stop`, stopped on a line below the one
/// where the collection opened at `opened` that starts a key or a list item
/// of the block around it, no deeper than the keys of that line: the
/// collection ran on into what follows it (a plain text in a mapping takes
/// the key's first word in), so its bracket is not closed. So does one the
/// file ends inside.
pub fn ran_on(text: &str, opened: Position, stop: Position) -> bool {
    if text
        .lines()
        .skip(stop.line - 1)
        .all(|l| l.trim().is_empty())
    {
        return true;
    }
    let line = |n: usize| text.lines().nth(n.saturating_sub(1)).unwrap_or("");
    let (here, there) = (line(stop.line), line(opened.line));
    // Where a line's keys start: past its indentation and any `- `.
    let keys = |l: &str| {
        let mut at = l.len() - l.trim_start_matches(' ').len();
        while l[at..].starts_with("- ") {
            at += 2 + (l[at + 2..].len() - l[at + 2..].trim_start_matches(' ').len());
        }
        at
    };
    let indent = here.len() - here.trim_start_matches(' ').len();
    let rest = &here[indent..];
    let item = rest.starts_with("- ") || rest == "-";
    let key = rest.split_once(':').is_some_and(|(key, after)| {
        !key.is_empty()
            && !key.contains([' ', '"', '\'', '[', '{', ',', '#'])
            && (after.is_empty() || after.starts_with([' ', '\t']))
    });
    stop.line > opened.line && (item && indent < keys(there) || key && indent <= keys(there))
}

#[cfg(test)]
mod tests {
    use super::{open_at_error, ran_on};

    /// The bracket and whether it ran on, for `text`.
    fn found(text: &str) -> Option<(usize, usize, char, bool)> {
        let (at, bracket, stop) = open_at_error(text)?;
        Some((at.line, at.column, bracket, ran_on(text, at, stop)))
    }

    #[test]
    fn the_bracket_open_where_the_reader_stopped_is_found_as_libyaml_reads() {
        // Left open: the next key ends it.
        let open = "a: 1\nnext: [b, \"[x]\", c  # ]\nlateral: [d]\n";
        assert_eq!(found(open), Some((2, 7, '[', true)));
        // Closed on a later line, with a comma missing: no run-on.
        let comma = "skills: [\n  \"s1\"\n  \"s2\"\n]\n";
        assert_eq!(found(comma), Some((1, 9, '[', false)));
        // Open over several lines of items that close their own brackets.
        let long = "tracks: [\n  {id: a, name: A},\n  {id: b, name: B}\nskills: []\n";
        assert_eq!(found(long), Some((1, 9, '[', true)));
        // A quoted text over two lines with a bracket in it is the reader's.
        let quoted = "skills: [\"s1\", \"a\n  [b\"\nlevels: []\n";
        assert_eq!(found(quoted), Some((1, 9, '[', true)));
        // A mapping, indented under a list item.
        let map = "tracks:\n  - {id: a, name: A\nskills: []\n";
        assert_eq!(found(map), Some((2, 5, '{', true)));
        // The file ends inside it.
        assert_eq!(found("levels: [a, [b\n"), Some((1, 13, '[', true)));
        // Run on into the next item of the block list around it.
        let item = "levels:\n  - id: x\n    next: [a\n  - id: y\n";
        assert_eq!(found(item), Some((3, 11, '[', true)));
        let inline = "levels:\n  - {id: em, sources: [x]\n  - {id: b}\n";
        assert_eq!(found(inline), Some((2, 5, '{', true)));
        let key = "levels:\n  - next: [a, b\n    id: x\n";
        assert_eq!(found(key), Some((2, 11, '[', true)));
        // No flow collection open: nothing to say.
        assert_eq!(found("a: b: c\n"), None);
    }
}
