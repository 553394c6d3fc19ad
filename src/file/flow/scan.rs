//! The quick scan's state: where it is in the text, how deep, and what it
//! knows of the line it is on; and the classes of bytes libyaml tells apart.

use crate::ladder::text::bytes;

#[derive(Debug, PartialEq, Eq)]
pub(super) enum Verdict {
    Within,
    Deeper(usize),
    Unsure,
}

/// What came last on the current line, for placing a block scalar.
#[derive(Clone, Copy)]
pub(super) enum Last {
    LineStart,
    /// A block entry, explicit key or line-leading value indicator, at a column.
    Indicator(usize),
    /// A value indicator after a key that started at a column.
    Value(usize),
    Other,
}

pub(super) struct Scan<'t> {
    pub(super) b: &'t [u8],
    pub(super) limit: usize,
    pub(super) i: usize,
    pub(super) line_begin: usize,
    pub(super) depth: usize,
    /// The indentation of the collection that holds the plain scalar that ran
    /// to the end of the last line: a line indented further may continue it.
    pub(super) plain_parent: Option<usize>,
    /// The column of the token libyaml would take for a simple key, if a `:`
    /// follows: the first one where a key may start (at a line start, after a
    /// block indicator or a comma) in block context.
    pub(super) key_col: Option<usize>,
    /// Whether a simple key may start at the next token.
    pub(super) key_allowed: bool,
    pub(super) last: Last,
    /// Whether the text has a carriage return: then every plain scalar is
    /// passed by the byte loop, which takes one as a line break, rather than
    /// by `block_chunk`'s search, which looks only for line feeds.
    pub(super) returns: bool,
    /// Whether simple lines are passed a line at a time (`line.rs`); the
    /// tests turn it off to compare.
    pub(super) lines: bool,
}

pub(super) fn blank(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

pub(super) fn brk(b: u8) -> bool {
    b == b'\n' || b == b'\r'
}

/// A blank, a line break, or the end of the text.
pub(super) fn blankz(b: Option<u8>) -> bool {
    b.is_none_or(|b| blank(b) || brk(b))
}

pub(super) fn flow_indicator(b: u8) -> bool {
    matches!(b, b',' | b'[' | b']' | b'{' | b'}')
}

impl<'t> Scan<'t> {
    pub(super) fn new(b: &'t [u8], limit: usize) -> Self {
        Scan {
            b,
            limit,
            i: 0,
            line_begin: 0,
            depth: 0,
            plain_parent: None,
            key_col: None,
            key_allowed: true,
            last: Last::LineStart,
            returns: bytes::find(b'\r', b).is_some(),
            lines: true,
        }
    }

    pub(super) fn at(&self, i: usize) -> Option<u8> {
        self.b.get(i).copied()
    }

    pub(super) fn column(&self) -> usize {
        self.i - self.line_begin
    }

    /// Steps over one byte, keeping track of where lines begin.
    pub(super) fn step(&mut self) {
        if self.b[self.i] == b'\n' {
            self.line_begin = self.i + 1;
        }
        self.i += 1;
    }

    pub(super) fn new_line(&mut self) {
        self.key_col = None;
        self.key_allowed = true;
        self.last = Last::LineStart;
    }

    /// Passes blanks and line breaks, each line's indentation at once; returns
    /// whether it passed a line break.
    pub(super) fn blanks_and_breaks(&mut self) -> bool {
        let mut broke = false;
        while let Some(c) = self.at(self.i).filter(|&c| blank(c) || brk(c)) {
            broke |= brk(c);
            self.step();
            let rest = &self.b[self.i..];
            self.i += rest.iter().position(|&b| b != b' ').unwrap_or(rest.len());
        }
        broke
    }
}
