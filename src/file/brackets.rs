//! A flow list or mapping the YAML reader stopped inside: where its bracket
//! opens, as libyaml's own events place it (quotes, comments and block
//! scalars in between are the reader's to skip, not a guess's), and whether
//! the reader stopped on the next key, which says the bracket was never
//! closed, or on an item, which says a comma is missing.

use super::events::events;
use super::position::Position;

/// A flow collection open where the reader stopped on a syntax error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Open {
    /// Where its bracket is, and the bracket.
    pub at: Position,
    pub bracket: char,
    /// The bracket of the flow collection around it, if it is in one.
    pub outer: Option<char>,
    /// Where the reader stopped.
    pub stop: Position,
}

/// The innermost flow collection open where reading `text` stops on a syntax
/// error.
pub fn open_at_error(text: &str) -> Option<Open> {
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
    let mut flow = open.into_iter().flatten().rev();
    let (at, bracket) = flow.next()?;
    let outer = flow.next().map(|(_, b)| b);
    Some(Open {
        at,
        bracket,
        outer,
        stop,
    })
}

/// Whether the reader, stopped at `stop`, stopped on a line below the one
/// where the collection opened at `opened` that starts what follows the
/// collection in the block around it: a list item no deeper than that line,
/// or a key no deeper than its keys (shallower than the line, when the line
/// holds no key of its own but the collection). Then the collection ran on
/// into it (a plain text in a mapping takes the key's first word in), so
/// its bracket is not closed. So did one the file ends inside.
pub fn ran_on(text: &str, opened: Position, stop: Position) -> bool {
    if at_end(text, stop) {
        return true;
    }
    let line = |n: usize| text.lines().nth(n.saturating_sub(1)).unwrap_or("");
    let (here, there) = (line(stop.line), line(opened.line));
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    // Where the opening line's keys start: past any `- `; none when what
    // follows its dashes is the flow collection itself.
    let keys = {
        let mut at = indent(there);
        while there[at..].starts_with("- ") {
            at += 2 + indent(&there[at + 2..]);
        }
        (!there[at..].starts_with(['[', '{'])).then_some(at)
    };
    let (depth, rest) = (indent(here), here.trim_start_matches(' '));
    let item = rest.starts_with("- ") || rest == "-";
    let key = rest.split_once(':').is_some_and(|(key, after)| {
        !key.is_empty()
            && !key.contains([' ', '"', '\'', '[', '{', ',', '#'])
            && (after.is_empty() || after.starts_with([' ', '\t']))
    });
    let under = match keys {
        Some(k) => depth <= k,
        None => depth <= indent(there),
    };
    stop.line > opened.line && (item && depth <= indent(there) || key && under)
}

/// Whether nothing but blank lines is left from the line of `stop`: the
/// file ended inside the collection.
pub fn at_end(text: &str, stop: Position) -> bool {
    text.lines()
        .skip(stop.line.saturating_sub(1))
        .all(|l| l.trim().is_empty())
}

/// What to say of a stop at `stopped_on` (`then` the character after it that
/// is no blank) inside the flow collection `open`: a closer of the other kind
/// (one short, when it ends the collection around), a colon (a key with no
/// comma before it, or text with a colon), or an item with no comma before
/// it.
pub fn inside(m: &str, open: Open, (stopped_on, then): (Option<char>, Option<char>)) -> String {
    let kind = |b: char| match b {
        '[' | ']' => ("list", ']'),
        _ => ("mapping", '}'),
    };
    let (what, close) = kind(open.bracket);
    match stopped_on {
        Some(c @ (']' | '}')) if c != close => {
            let (other, _) = kind(c);
            // It closes the collection around, with nothing of that one
            // after it: the inner one's closer is missing, not mistyped.
            let outer_ends = !matches!(then, Some(',' | ']' | '}'));
            match open.outer.map(|o| kind(o).1) == Some(c) && outer_ends {
                true => format!(
                    "the `{}` at line {}, column {} opens a {what} that is not closed: add its `{close}` before this `{c}`, which closes the {other} around it",
                    open.bracket, open.at.line, open.at.column
                ),
                false => format!(
                    "this `{c}` closes a {other}, but the `{}` at line {}, column {} opened a {what}: close it with `{close}`",
                    open.bracket, open.at.line, open.at.column
                ),
            }
        }
        Some(':') if open.bracket == '[' => {
            format!("{m}; a colon and a space inside an item start a key: put the item in quotes")
        }
        Some(':') => format!(
            "{m}; a comma is missing before the key this `:` ends, or, if the colon is part of the text, put the value in quotes"
        ),
        _ => format!(
            "{m}; the items of a {what} in {} are separated by commas: add one before this item",
            if open.bracket == '[' {
                "brackets"
            } else {
                "braces"
            }
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::{open_at_error, ran_on};

    /// The bracket and whether it ran on, for `text`.
    fn found(text: &str) -> Option<(usize, usize, char, bool)> {
        let open = open_at_error(text)?;
        let ran = ran_on(text, open.at, open.stop);
        Some((open.at.line, open.at.column, open.bracket, ran))
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
        // An indentless list's item, the next key at its dash's column.
        let indentless = "roles:\n- {id: ceo, name: CEO\ncategories: []\n";
        assert_eq!(found(indentless), Some((2, 3, '{', true)));
        assert_eq!(found(inline), Some((2, 5, '{', true)));
        let key = "levels:\n  - next: [a, b\n    id: x\n";
        assert_eq!(found(key), Some((2, 11, '[', true)));
        // An item that is itself the mapping, its next key on the line
        // below: a comma missing, not a closer.
        let wrapped = "levels:\n  - {id: em\n    sources: [x]}\n";
        assert_eq!(found(wrapped), Some((2, 5, '{', false)));
        // No flow collection open: nothing to say.
        assert_eq!(found("a: b: c\n"), None);
    }
}
