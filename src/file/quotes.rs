//! A quoted value left open. YAML lets a quoted value run on across lines,
//! so a missing closing quote shows only where a later quote closes the
//! value (text then follows it, lines below: `team's results`) or where the
//! file ends inside it. What the reader reports there is far from the slip:
//! these say where the value opened.

use super::position::Position;

/// A quoted value that opened on an earlier line than the quote that closed it.
#[derive(Debug, PartialEq, Eq)]
pub struct RunOn {
    /// The opening quote: `'` or `"`.
    pub quote: char,
    pub opened: Position,
    pub closed: Position,
}

impl RunOn {
    /// The message for it, placed at `opened`.
    pub fn message(&self) -> String {
        let (line, column) = (self.closed.line, self.closed.column);
        format!(
            "a quoted value opens here and runs on to line {line}, where the {q} at column \
             {column} closes it and text follows; close the value on this line ({escape})",
            q = self.quote,
            escape = escape(self.quote),
        )
    }
}

/// How to write the quote inside a value it quotes.
fn escape(quote: char) -> &'static str {
    match quote {
        '\'' => "in '…', write a ' as ''",
        _ => "in \"…\", write a \" as \\\"",
    }
}

/// The quoted value closed by the quote just before byte `stop` (where the
/// reader found text after it), when it opened on an earlier line where a
/// value can start (after `key: `, `- `, or a flow collection's `[`, `{` or
/// `,`; not in a comment or a block scalar) and swallowed a line that reads
/// as the file's structure (`key: …` or `- …`): a value that rightly runs on
/// across lines, with a stray character after it, is another slip.
pub fn run_on(text: &str, stop: usize) -> Option<RunOn> {
    let bytes = text.as_bytes();
    // The closing quote, blanks after it passed over (`engineers' work`).
    let close = stop.checked_sub(
        1 + bytes[..stop.min(bytes.len())]
            .iter()
            .rev()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count(),
    )?;
    let quote = *bytes.get(close)?;
    let open = match quote {
        b'\'' => single_opening(bytes, close)?,
        b'"' => double_opening(bytes, close)?,
        _ => return None,
    };
    // An anchor or a tag may stand before the value (`name: &hd 'Lead`).
    let before = without_properties(&text[..open]);
    let dash_first = before.strip_suffix('-').is_some_and(|rest| {
        let rest = rest.trim_end_matches(' ');
        rest.is_empty() || rest.ends_with('\n')
    });
    let starts_value =
        before.is_empty() || before.ends_with(['\n', '[', '{', ',', ':']) || dash_first;
    let line_start = text[..open].rfind('\n').map_or(0, |i| i + 1);
    let after_open = text[open..].find('\n').map_or(text.len(), |i| open + i);
    let swallowed = text.get(after_open..close).unwrap_or_default();
    let (opened, closed) = (Position::at(text, open), Position::at(text, close));
    // A swallowed line that reads as structure at the opening line's depth
    // or above: deeper, it may be the value's own text (`Note: draft`).
    let depth = content_indent(&text[line_start..open]);
    let structure = |line: &str| spaces_before(line) <= depth && reads_as_structure(line);
    let found = starts_value
        && opened.line < closed.line
        && comment_at(&text[line_start..=open]).is_none()
        && !in_block_scalar(&text[..line_start], spaces_before(&text[line_start..open]))
        && swallowed.lines().any(structure);
    found.then_some(RunOn {
        quote: char::from(quote),
        opened,
        closed,
    })
}

/// `text` without the blanks it ends with and the anchor and tag (`&s`,
/// `!!str`) that may stand before a value: what the value follows.
fn without_properties(text: &str) -> &str {
    let mut text = text.trim_end_matches([' ', '\t']);
    for _ in 0..2 {
        match text.rsplit_once([' ', '\t']) {
            Some((head, last)) if last.starts_with(['&', '!']) && !last.contains(['\'', '"']) => {
                text = head.trim_end_matches([' ', '\t']);
            }
            _ => break,
        }
    }
    text
}

/// Where a comment begins on a line: a `#` at its start or after a blank,
/// outside quotes. A quote opens only where a value starts (at the line's
/// start, after a key's `: `, an entry's `- `, or a flow collection's `[`,
/// `{` or `,`, blanks between), so an apostrophe in a word or mid-text
/// (`class of '98`) opens nothing; `''` and `\"` stay inside their quotes.
pub fn comment_at(line: &str) -> Option<usize> {
    unquoted(line, |_, _| {})
}

/// Calls `each` with every character of `line` outside quotes and blanks,
/// with its byte offset, up to a comment (as `comment_at` finds it); then
/// the comment's offset, if there is one.
pub fn unquoted(line: &str, mut each: impl FnMut(usize, char)) -> Option<usize> {
    let mut quote: Option<char> = None;
    let (mut previous, mut at_value) = (' ', true);
    let mut chars = line.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match (quote, c) {
            (Some('"'), '\\') => {
                chars.next();
            }
            (Some('\''), '\'') if chars.peek().is_some_and(|&(_, n)| n == '\'') => {
                chars.next();
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '#') if matches!(previous, ' ' | '\t') => return Some(at),
            (None, ' ' | '\t' | '\r' | '\n') => {}
            (None, '\'' | '"') if at_value => quote = Some(c),
            (None, c) => {
                each(at, c);
                at_value = match c {
                    '[' | '{' | ',' => true,
                    ':' | '-' => chars.peek().is_none_or(|&(_, n)| n == ' ' || n == '\t'),
                    _ => false,
                };
            }
        }
        previous = c;
    }
    None
}

/// How many spaces begin a line.
fn spaces_before(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// How far a line's content is indented: its spaces, and each list item's
/// dash and the blanks after it (`- - key:`).
fn content_indent(line: &str) -> usize {
    let mut at = spaces_before(line);
    while let Some(after) = line[at..].strip_prefix('-')
        && after.starts_with([' ', '\t'])
    {
        at = line.len() - after.trim_start_matches([' ', '\t']).len();
    }
    at
}

/// Whether a line indented `spaces` lies in a block scalar:
/// going up, each line indented less than every line below it is either a
/// block scalar's header (a value of `|` or `>`, with chomping and
/// indentation marks and a comment allowed), whose text is what is indented
/// deeper than its key, or a line that holds it, up to the top level.
fn in_block_scalar(above: &str, spaces: usize) -> bool {
    // The least indentation of the lines from here up to the one looked at:
    // a block scalar's text is every line between its header and here.
    let mut least = spaces;
    for line in above.lines().rev().filter(|l| !l.trim().is_empty()) {
        let indent = spaces_before(line);
        if indent >= least {
            continue;
        }
        let value = &line[..comment_at(line).unwrap_or(line.len())];
        let value = value.trim_end_matches([' ', '\t', '\r']);
        let marks = value.trim_end_matches(|c: char| c == '-' || c == '+' || c.is_ascii_digit());
        // Its text is what is indented deeper than the node it is the value
        // of: a key's column (`- role: |`), or an entry's dash (`-   |`).
        // An anchor or a tag may stand before the indicator (`&s >-`).
        if let Some(head) = marks.strip_suffix(['|', '>']) {
            let head = without_properties(head);
            if head.ends_with(':') {
                return least > content_indent(line);
            }
            // A dash that begins the line's content (`- >`), not text that
            // ends in one (`Path: IC ->`).
            if let Some(dash) = head.strip_suffix('-')
                && dash.trim_matches(|c| c == ' ' || c == '-').is_empty()
            {
                return least > dash.len();
            }
        }
        if indent == 0 {
            return false;
        }
        least = indent;
    }
    false
}

/// Whether a line reads as the file's structure: a key and a colon, or a
/// list item's dash, after its indentation.
fn reads_as_structure(line: &str) -> bool {
    let line = line.trim_start_matches(' ');
    if line.starts_with("- ") || line == "-" {
        return true;
    }
    let key = line.split(':').next().unwrap_or("");
    !key.is_empty()
        && key.len() < line.len()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        && matches!(
            line.as_bytes().get(key.len() + 1),
            None | Some(b' ' | b'\r')
        )
}

/// The `'` that opens the single-quoted value the `'` at `close` ends: the
/// one before it that is not half of a `''`, which writes a quote inside.
fn single_opening(bytes: &[u8], close: usize) -> Option<usize> {
    let mut at = close;
    loop {
        at = bytes[..at].iter().rposition(|&b| b == b'\'')?;
        match at.checked_sub(1) {
            Some(before) if bytes[before] == b'\'' => at = before,
            _ => return Some(at),
        }
    }
}

/// The `"` that opens the double-quoted value the `"` at `close` ends: the
/// one before it not escaped by an odd number of backslashes.
fn double_opening(bytes: &[u8], close: usize) -> Option<usize> {
    let mut at = close;
    loop {
        at = bytes[..at].iter().rposition(|&b| b == b'"')?;
        let slashes = bytes[..at]
            .iter()
            .rev()
            .take_while(|&&b| b == b'\\')
            .count();
        if slashes % 2 == 0 {
            return Some(at);
        }
    }
}

/// Where a quoted value the file ends inside opened, from the reader's
/// message (`… while scanning a quoted scalar at line L column C`).
pub fn never_closed(raw: &str) -> Option<Position> {
    if !raw.starts_with("found unexpected end of stream") {
        return None;
    }
    let (_, rest) = raw.split_once(", while scanning a quoted scalar at line ")?;
    let (line, rest) = rest.split_once(" column ")?;
    let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some(Position {
        line: line.parse().ok()?,
        column: column.parse().ok()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, after: &str) -> usize {
        text.find(after).map(|i| i + after.len()).unwrap()
    }

    #[test]
    fn a_value_that_runs_on_is_placed_where_it_opened() {
        let text = "a:\n  scope: 'team\n  role: Leads the team's work.\n";
        let found = run_on(text, at(text, "team'")).unwrap();
        assert_eq!((found.opened.line, found.opened.column), (2, 10));
        assert_eq!((found.closed.line, found.closed.column), (3, 23));
        assert_eq!(found.quote, '\'');
        // A quote written inside as '' is passed over.
        let text = "- 'it''s\n- and team's\n";
        let found = run_on(text, at(text, "team'")).unwrap();
        assert_eq!((found.opened.line, found.opened.column), (1, 3));
        // Double quotes, an escaped one passed over, in a flow sequence.
        let text = "x: [a, \"b \\\" c\nd: \"how\": e]\n";
        let found = run_on(text, at(text, "d: \"")).unwrap();
        assert_eq!(
            (found.opened.line, found.opened.column, found.quote),
            (1, 8, '"')
        );
    }

    #[test]
    fn a_value_closed_on_its_own_line_or_not_after_a_key_is_no_run_on() {
        // Text after a closing quote on the line it opened: another slip.
        let text = "a: 'team' lead\n";
        assert_eq!(run_on(text, at(text, "team'")), None);
        // A value that rightly runs on, and a stray character after it.
        let text = "a: 'Builds\n  features'.\nb: c\n";
        assert_eq!(run_on(text, at(text, "features'")), None);
        // A stop after a quote that opens nothing: a quote inside words, one
        // in a comment, one in a block scalar.
        let text = "a: it's\nb: c\n  d's\n";
        assert_eq!(run_on(text, at(text, "d'")), None);
        let text = "# a: 'note\nb: c\nd: e'f\n";
        assert_eq!(run_on(text, at(text, "e'")), None);
        let text = "s: |\n  Tip: 'quote\nb: c\nd: e'f\n";
        assert_eq!(run_on(text, at(text, "e'")), None);
        // The same without the comment or the block scalar is found.
        let text = "a: 'note\nb: c\nd: e'f\n";
        assert!(run_on(text, at(text, "e'")).is_some());
        // A block scalar ends where a line is no deeper than its key, or
        // than the dash of the entry it is.
        let text = "- role: |\n    Builds.\n  name: 'Lead\n  id: a\n  d: e'f\n";
        assert!(run_on(text, at(text, "e'")).is_some());
        let text = "-   |\n  Tip: 'quote\nb: c\nd: e'f\n";
        assert_eq!(run_on(text, at(text, "e'")), None);
        let text = "s:   >+2 # note\n  Tip: 'quote\nb: c\nd: e'f\n";
        assert_eq!(run_on(text, at(text, "e'")), None);
        let text = "s: &s !!str |\n  Tip: 'quote\nb: c\nd: e'f\n";
        assert_eq!(run_on(text, at(text, "e'")), None);
        // A text line that ends in `->` is no block scalar's header.
        let text = "s: |\n  Path: IC ->\n    Tip: 'quote\nb: c\nd: e'f\n";
        assert_eq!(run_on(text, at(text, "e'")), None);
        // A sibling entry after one written as a block scalar is not its
        // text, nor is a line after a shallower one that ended it.
        let text = "p:\n  - >-\n    Words.\n  - 'Left open\n  - b: c\n  - d: e'f\n";
        assert!(run_on(text, at(text, "e'")).is_some());
        let text = "- s: >-\n    Words.\n  r:\n    - n: 'Left\n    - b: c\n    - d: e'f\n";
        assert!(run_on(text, at(text, "e'")).is_some());
        // An anchor or a tag before the opening quote.
        let text = "a: &x !!str 'note\nb: c\nd: e'f\n";
        assert!(run_on(text, at(text, "e'")).is_some());
        // Blanks between the closing quote and the stop.
        let text = "a: 'note\nb: c\nd: e' f\n";
        assert!(run_on(text, at(text, "e' ")).is_some());
        let text = "a: 'note\nb: c\nd: e'\tf\n";
        assert!(run_on(text, at(text, "e'\t")).is_some());
        // A compact nested entry's key stands after every dash.
        let text = "- - s: |\n      Words.\n    r: 'Left\n    b: c\n    d: e'f\n";
        assert!(run_on(text, at(text, "e'")).is_some());
        // A swallowed line deeper than the opening key may be the value's
        // own words.
        let text = "title: 'Ladder v2\n  Note: draft'.\n";
        assert_eq!(run_on(text, at(text, "draft'")), None);
    }

    #[test]
    fn a_comment_begins_at_a_hash_after_a_blank_outside_quotes() {
        assert_eq!(comment_at("a: b # c"), Some(5));
        assert_eq!(comment_at("a: b#c"), None);
        assert_eq!(comment_at("[\"C #1\", d #2]"), Some(11));
        // An apostrophe in a word or mid-text opens nothing; `''` and `\"`
        // stay inside.
        assert_eq!(comment_at("[team's, b #1,"), Some(11));
        assert_eq!(comment_at("[class of '98, senior #2]"), Some(22));
        assert_eq!(comment_at("a: 'x #1' # y"), Some(10));
        assert_eq!(comment_at("['it''s #1', b]"), None);
        assert_eq!(comment_at("[\"a \\\" #1\", c #2]"), Some(14));
    }

    #[test]
    fn the_reader_s_message_gives_where_a_value_never_closed_opened() {
        let raw = "found unexpected end of stream at line 86 column 1, while scanning a quoted scalar at line 80 column 9";
        assert_eq!(
            never_closed(raw),
            Some(Position {
                line: 80,
                column: 9
            })
        );
        assert_eq!(
            never_closed("did not find expected key at line 3 column 1"),
            None
        );
        // Only the reader's own message: a key that quotes it is not one.
        let quoted =
            "ratings: 'x, while scanning a quoted scalar at line 1 column 1' is rated twice";
        assert_eq!(never_closed(quoted), None);
    }
}
