//! The quick scan's way over a simple line in block context, which most lines of
//! a ladder file are: `- ` indicators, then `key: value`, `key:` or a value,
//! each a plain scalar of ordinary characters. Such a line opens no collection;
//! it is passed at a few instructions a byte and left in the state the
//! token-by-token loop would leave (`tests.rs` runs both ways and compares).
//! Any other line is the loop's.

use super::scan::{Last, Scan, brk};

/// The bytes a simple line's plain scalar may hold after its first: the space
/// and every byte above it, those of UTF-8 characters included, but DEL, `#`
/// (a comment after a blank) and `:` (a value indicator before a blank), which
/// are looked at one by one.
const INSIDE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0x20;
    while b < 256 {
        table[b] = b != b'#' as usize && b != b':' as usize && b != 0x7f;
        b += 1;
    }
    table
};

/// The bytes a plain word in a flow sequence may hold after its first: those
/// of `INSIDE` but the flow indicators.
const IN_FLOW: [bool; 256] = {
    let mut table = INSIDE;
    let mut i = 0;
    let indicators = b",[]{}";
    while i < indicators.len() {
        table[indicators[i] as usize] = false;
        i += 1;
    }
    table
};

/// Where a simple line's plain scalar ends.
enum Stop {
    /// At a `:` before a blank or the line's end: the scalar is a key.
    Colon(usize),
    /// At the line's end (its line feed, or the end of the text).
    LineEnd(usize),
}

impl Scan<'_> {
    /// Passes a simple line from its first token as the token loop would, and
    /// returns whether a plain value ran to the line's end (the loop's
    /// `plain_open`); `None`, having changed nothing, when the line is not
    /// simple. For block context, at a line's first token, on a line that
    /// cannot continue a plain scalar, in a text without carriage returns.
    pub(super) fn simple_line(&mut self) -> Option<bool> {
        let (b, begin) = (self.b, self.line_begin);
        let mut at = self.i;
        // `- ` indicators; the scalars after them belong to the last one's
        // collection.
        let mut indicator = None;
        while b.get(at) == Some(&b'-') && b.get(at + 1) == Some(&b' ') {
            indicator = Some(at - begin);
            at += 2;
            at = spaces(b, at);
        }
        let start = at;
        let (parent, value, end) = match self.words(start)? {
            Stop::Colon(colon) => {
                let key = start - begin;
                let value = spaces(b, colon + 1);
                if b.get(value).is_none_or(|&c| brk(c)) {
                    // `key:` and its line's end: as the loop leaves it after
                    // the value indicator.
                    self.plain_parent = indicator;
                    self.key_col = None;
                    self.key_allowed = true;
                    self.last = Last::Value(key);
                    self.i = colon + 1;
                    return Some(false);
                }
                if b[value] == b'[' {
                    return self.flow_value(value);
                }
                // A second `: ` makes a mapping the loop places.
                let Stop::LineEnd(end) = self.words(value)? else {
                    return None;
                };
                (key, value, end)
            }
            Stop::LineEnd(end) => (indicator?, start, end),
        };
        // A value to the line's end: as the loop leaves it once `plain` has
        // passed the line break and the next line's indentation.
        self.plain_parent = Some(parent);
        self.key_col = Some(value - begin);
        self.key_allowed = false;
        self.last = Last::Other;
        self.i = end;
        self.blanks_and_breaks();
        if self.at(self.i).is_none() {
            return Some(false);
        }
        self.new_line();
        Some(true)
    }

    /// Passes a value that is a flow sequence of plain words ending its line,
    /// `[a, b c]`, from its `[` at `open`, as the loop would up to the line's
    /// end; `None`, having changed nothing, for any other value. Its depth
    /// goes to one and back, so it is never too deep unless the limit is 0.
    fn flow_value(&mut self, open: usize) -> Option<bool> {
        let b = self.b;
        if self.limit == 0 {
            return None;
        }
        let (mut at, mut commas) = (open + 1, 0);
        loop {
            at = spaces(b, at);
            if !b.get(at)?.is_ascii_alphanumeric() {
                return None;
            }
            at += b[at..]
                .iter()
                .take_while(|&&c| IN_FLOW[usize::from(c)])
                .count();
            match b.get(at)? {
                b',' => commas += 1,
                b']' => break,
                _ => return None,
            }
            at += 1;
        }
        let close = at + 1;
        if b.get(spaces(b, close)).is_some_and(|&c| !brk(c)) {
            return None;
        }
        // The `[` took the place of a key (block context lets one start
        // there); a `,` gave it up. Every word was a scalar of the flow.
        self.plain_parent = None;
        self.key_col = (commas == 0).then_some(open - self.line_begin);
        self.key_allowed = false;
        self.last = Last::Other;
        self.i = close;
        Some(false)
    }

    /// Where the plain scalar of ordinary characters that starts with a
    /// letter or digit at `from` ends; `None` when it does not start so, or
    /// holds a tab, a `#`, a control character, or a `:` before a tab.
    fn words(&self, from: usize) -> Option<Stop> {
        let b = self.b;
        if !b.get(from)?.is_ascii_alphanumeric() {
            return None;
        }
        let mut at = from + 1;
        loop {
            at += b[at..]
                .iter()
                .take_while(|&&c| INSIDE[usize::from(c)])
                .count();
            match b.get(at) {
                None | Some(b'\n') => return Some(Stop::LineEnd(at)),
                Some(b':') => match b.get(at + 1) {
                    None | Some(b' ' | b'\n') => return Some(Stop::Colon(at)),
                    Some(b'\t') => return None,
                    Some(_) => at += 1,
                },
                Some(_) => return None,
            }
        }
    }
}

/// Past the spaces from `at`.
fn spaces(b: &[u8], at: usize) -> usize {
    at + b[at..].iter().take_while(|&&c| c == b' ').count()
}
