//! Where a flow list or mapping that is never closed opens. The YAML reader
//! stops where the collection should have ended (often on the next key, a
//! line below) and says it expected `,` or `]`; the mistake is the bracket.

use super::position::Position;
use super::quotes::unquoted;

/// The innermost `[` or `{` still open where the reader stopped at `at`, a
/// byte offset of `text`: found by reading from the start of the nearest
/// line up to `at` that opens one, outside quotes and comments. `None` when
/// none is open there.
pub fn unclosed(text: &str, at: usize) -> Option<(Position, char)> {
    let at = floor_boundary(text, at.min(text.len()));
    // The nearest line with an opening bracket in it, the stop's own first.
    let mut from = None;
    let mut end = at;
    while end > 0 {
        // Bytes, as the byte before `end` may be inside a character.
        let start = (text.as_bytes()[..end - 1].iter())
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        if text[start..end].contains(['[', '{']) {
            from = Some(start);
            break;
        }
        end = start;
    }
    let from = from?;
    let mut open: Vec<(usize, char)> = Vec::new();
    for (offset, line) in lines_from(text, from, at) {
        unquoted(line, |i, c| match c {
            '[' | '{' => open.push((offset + i, c)),
            ']' | '}' => {
                open.pop();
            }
            _ => {}
        });
    }
    let (offset, bracket) = open.pop()?;
    Some((Position::at(text, offset), bracket))
}

/// The lines of `text` from the byte `from` up to `to`, each with its offset.
fn lines_from(text: &str, from: usize, to: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = from;
    text[from..to].split_inclusive('\n').map(move |line| {
        let at = offset;
        offset += line.len();
        (at, line)
    })
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::unclosed;

    #[test]
    fn the_bracket_left_open_is_found_above_where_the_reader_stopped() {
        let text = "a: 1\nnext: [b, \"[x]\", c  # ]\nlateral: [d]\n";
        let stop = text.find("lateral").unwrap();
        let (at, bracket) = unclosed(text, stop).unwrap();
        assert_eq!((at.line, at.column, bracket), (2, 7, '['));
        // Closed on a later line, nothing is open.
        let closed = "next: [b,\n  c]\nlateral: x\n";
        assert!(unclosed(closed, closed.find("lateral").unwrap()).is_none());
        // The innermost of two, where the reader stops at the wrong closer.
        let nested = "next: {a: [b, c}\nx: 1\n";
        let (at, bracket) = unclosed(nested, nested.find('}').unwrap()).unwrap();
        assert_eq!((at.column, bracket), (11, '['));
        // Stopped just after a character of several bytes.
        let accented = "next: [été\nx: 1\n";
        let (at, _) = unclosed(accented, accented.find('\n').unwrap()).unwrap();
        assert_eq!((at.line, at.column), (1, 7));
    }
}
