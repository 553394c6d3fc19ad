//! How the quick scan steps over the text of one token: quoted and plain
//! scalars, tags, and block scalars, each as libyaml reads it.

use super::scan::{Last, Scan, blank, blankz, brk, flow_indicator};
use crate::ladder::text::bytes;

/// The bytes that may end a chunk of a plain scalar in block and in flow context.
const BLOCK_STOPS: [bool; 256] = stops(b" \t\r\n:");
const FLOW_STOPS: [bool; 256] = stops(b" \t\r\n:,[]{}");

const fn stops(bytes: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
}

impl Scan<'_> {
    /// Skips a quoted scalar from its opening quote; to the end of the text
    /// when it is not closed, where libyaml stops with an error.
    pub(super) fn quoted(&mut self, quote: u8) {
        self.i += 1;
        while let Some(c) = self.at(self.i) {
            if quote == b'"' && c == b'\\' {
                self.i += 1;
                if self.at(self.i).is_some() {
                    self.step();
                }
                continue;
            }
            if c == quote {
                if quote == b'\'' && self.at(self.i + 1) == Some(b'\'') {
                    self.i += 2;
                    continue;
                }
                self.i += 1;
                return;
            }
            self.step();
        }
    }

    /// Skips a tag: `!<verbatim>`, or `!handle!suffix` whose characters are
    /// libyaml's URI characters but for `,`, `[` and `]`.
    pub(super) fn tag(&mut self) {
        self.i += 1;
        if self.at(self.i) == Some(b'<') {
            while self
                .at(self.i)
                .is_some_and(|c| c != b'>' && !blank(c) && !brk(c))
            {
                self.i += 1;
            }
            if self.at(self.i) == Some(b'>') {
                self.i += 1;
            }
            return;
        }
        while self
            .at(self.i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || b"_-;/?:@&=+$.%!~*'()".contains(&c))
        {
            self.i += 1;
        }
    }

    /// Skips a plain scalar as libyaml reads it: it ends at `: `, at a comment,
    /// in flow context at a flow indicator, and in block context at the end of
    /// its line, where the next line may continue it. Returns whether it ran
    /// to the end of a line in block context.
    pub(super) fn plain(&mut self) -> bool {
        loop {
            // The bytes that may end a chunk of the scalar; the others are
            // stepped over by a table, which is most of the text.
            let stops = if self.depth > 0 {
                &FLOW_STOPS
            } else {
                &BLOCK_STOPS
            };
            match self.block_chunk() {
                Some(true) => return false,
                Some(false) => {}
                None => loop {
                    let rest = &self.b[self.i..];
                    self.i += rest
                        .iter()
                        .position(|&c| stops[c as usize])
                        .unwrap_or(rest.len());
                    let next = self.at(self.i + 1);
                    let Some(c) = self.at(self.i).filter(|&c| !blank(c) && !brk(c)) else {
                        // One blank between words, which is most of them, goes on
                        // with the scalar: what ends it after blanks is a line
                        // break, more blanks or a comment.
                        if self.at(self.i).is_some_and(blank)
                            && next.is_some_and(|n| !blank(n) && !brk(n) && n != b'#')
                        {
                            self.i += 1;
                            continue;
                        }
                        break;
                    };
                    if c == b':'
                        && (blankz(next)
                            || (self.depth > 0
                                && next.is_some_and(|n| flow_indicator(n) || n == b'?')))
                    {
                        return false;
                    }
                    if self.depth > 0 && flow_indicator(c) {
                        return false;
                    }
                    self.i += 1;
                },
            }
            let broke = self.blanks_and_breaks();
            match self.at(self.i) {
                None => return false,
                Some(_) if broke && self.depth == 0 => {
                    self.new_line();
                    return true;
                }
                Some(b'#') => return false,
                Some(_) if broke && self.column() == 0 => {
                    // A document marker ends it in flow context too.
                    let at = &self.b[self.i..];
                    if (at.starts_with(b"---") || at.starts_with(b"..."))
                        && blankz(self.at(self.i + 3))
                    {
                        self.new_line();
                        return false;
                    }
                }
                Some(_) => {}
            }
            if broke {
                self.new_line();
                self.last = Last::Other;
            }
        }
    }

    /// A plain scalar's text in block context, where it ends at a `:` before a
    /// blank or the line's end, at a `#` after a blank, or with its line:
    /// found with an SSE2 search rather than a byte at a time. `Some(true)` when it
    /// ended on the line, where it ended; `Some(false)` when it ran to the
    /// line's end, now at the end; `None` in flow context, or in a text with a
    /// carriage return, which the byte loop handles.
    fn block_chunk(&mut self) -> Option<bool> {
        if self.depth > 0 || self.returns {
            return None;
        }
        let rest = &self.b[self.i..];
        for at in bytes::each3(b':', b'#', b'\n', rest) {
            let ends = match rest[at] {
                b'\n' => {
                    self.i += at;
                    return Some(false);
                }
                b':' => rest
                    .get(at + 1)
                    .is_none_or(|&next| blank(next) || brk(next)),
                _ => at > 0 && blank(rest[at - 1]),
            };
            if ends {
                self.i += at;
                return Some(true);
            }
        }
        self.i += rest.len();
        Some(false)
    }

    /// Skips a block scalar from its `|` or `>` to its last line, whose parent
    /// collection is indented `parent` columns. Returns false when its header
    /// is malformed, where libyaml stops with an error.
    pub(super) fn block_scalar(&mut self, parent: usize) -> bool {
        self.i += 1;
        let mut increment = None;
        while let Some(c) = self.at(self.i) {
            match c {
                b'1'..=b'9' if increment.is_none() => increment = Some(usize::from(c - b'0')),
                b'+' | b'-' => {}
                _ => break,
            }
            self.i += 1;
        }
        while self.at(self.i).is_some_and(blank) {
            self.i += 1;
        }
        if self.at(self.i) == Some(b'#') {
            while self.at(self.i).is_some_and(|c| !brk(c)) {
                self.i += 1;
            }
        }
        match self.at(self.i) {
            None => return true,
            Some(c) if !brk(c) => return false,
            Some(_) => {}
        }
        self.step();
        // The content's indentation: given, or that of the first line with
        // text (and no less than any blank line before it), at least one more
        // than the parent's.
        let spaces = |from: usize| self.b[from..].iter().take_while(|&&b| b == b' ').count();
        let indent = increment.map_or_else(
            || {
                let (mut at, mut most) = (self.i, 0);
                loop {
                    let n = spaces(at);
                    most = most.max(n);
                    match self.at(at + n) {
                        Some(b'\n') => at += n + 1,
                        Some(b'\r') if self.at(at + n + 1) == Some(b'\n') => at += n + 2,
                        _ => break most,
                    }
                }
            },
            |m| parent + m,
        );
        let indent = indent.max(parent + 1).max(1);
        // Content lines: blank ones, and those indented at least that far.
        loop {
            let n = spaces(self.i);
            let end = self.i + n;
            match self.at(end) {
                None => {
                    self.i = end;
                    return true;
                }
                Some(c) if brk(c) || n >= indent => {
                    while self.at(self.i).is_some_and(|c| c != b'\n') {
                        self.i += 1;
                    }
                    if self.at(self.i).is_none() {
                        return true;
                    }
                    self.step();
                }
                Some(_) => {
                    self.new_line();
                    return true;
                }
            }
        }
    }
}
