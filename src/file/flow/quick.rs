//! The quick scan: tokens by libyaml's rules, as far as it can be sure of them.

use super::scan::{Last, Scan, Verdict, blank, blankz, brk};

impl Scan<'_> {
    pub(super) fn run(mut self) -> Verdict {
        // Whether a block plain scalar ran to the end of the line before: then
        // a line that starts with an indicator may continue it, or may not.
        let mut plain_open = false;
        loop {
            // Blanks, line breaks and comments between tokens.
            while let Some(c) = self.at(self.i) {
                if c == b' ' {
                    // A run of spaces, such as a line's indentation, at once.
                    let rest = &self.b[self.i..];
                    self.i += rest.iter().position(|&b| b != b' ').unwrap_or(rest.len());
                    continue;
                }
                if c == b'\t' && self.depth == 0 && matches!(self.last, Last::LineStart) {
                    // Columns after a tab are not what libyaml counts.
                    return Verdict::Unsure;
                }
                if blank(c) {
                    self.i += 1;
                } else if brk(c) {
                    self.step();
                    self.new_line();
                } else if c == b'#' {
                    // A comment ends a plain scalar that might have gone on.
                    plain_open = false;
                    while self.at(self.i).is_some_and(|c| !brk(c)) {
                        self.i += 1;
                    }
                } else {
                    break;
                }
            }
            let Some(c) = self.at(self.i) else {
                return Verdict::Within;
            };
            if self.lines
                && self.depth == 0
                && !self.returns
                && matches!(self.last, Last::LineStart)
                && !(plain_open && self.plain_parent.is_none_or(|p| self.column() > p))
                && let Some(open) = self.simple_line()
            {
                plain_open = open;
                continue;
            }
            let next = self.at(self.i + 1);
            let col = self.column();
            let (mut plain_continues, mut further) = (false, false);
            if matches!(self.last, Last::LineStart) {
                let continued = std::mem::take(&mut plain_open);
                plain_continues = continued;
                let indicator = matches!(
                    c,
                    b'\''
                        | b'"'
                        | b'['
                        | b'{'
                        | b']'
                        | b'}'
                        | b','
                        | b'!'
                        | b'&'
                        | b'*'
                        | b'|'
                        | b'>'
                        | b'%'
                        | b'@'
                        | b'`'
                ) || (matches!(c, b'-' | b'?' | b':') && blankz(next));
                // A plain scalar whose collection is not known (one on a line
                // of its own, or a document's only scalar) may go on at any column.
                further = self.plain_parent.is_none_or(|parent| col > parent);
                if continued && further && indicator {
                    return Verdict::Unsure;
                }
                let marker =
                    |m: u8| self.b[self.i..].starts_with(&[m, m, m]) && blankz(self.at(self.i + 3));
                if col == 0 && self.depth > 0 && (c == b'%' || marker(b'-') || marker(b'.')) {
                    // A directive or document marker inside a flow collection.
                    return Verdict::Unsure;
                }
                if col == 0 && self.depth == 0 {
                    if c == b'%' {
                        // A directive, to the end of its line.
                        while self.at(self.i).is_some_and(|c| !brk(c)) {
                            self.i += 1;
                        }
                        continue;
                    }
                    if marker(b'-') || marker(b'.') {
                        self.i += 3;
                        continue;
                    }
                }
            }
            let keyable = !matches!(c, b'-' | b'?' | b':' | b',' | b']' | b'}');
            if self.depth == 0 && keyable && std::mem::take(&mut self.key_allowed) {
                self.key_col = Some(col);
            }
            match c {
                b'[' | b'{' => {
                    self.depth += 1;
                    if self.depth > self.limit {
                        return Verdict::Deeper(self.i);
                    }
                    self.i += 1;
                    self.last = Last::Other;
                }
                b']' | b'}' => {
                    self.depth = self.depth.saturating_sub(1);
                    self.i += 1;
                    self.last = Last::Other;
                }
                b',' => {
                    self.i += 1;
                    self.key_allowed = self.depth == 0;
                    self.key_col = None;
                    self.last = Last::Other;
                }
                b'\'' | b'"' => {
                    self.quoted(c);
                    self.last = Last::Other;
                }
                b'!' | b'&' | b'*' => {
                    if c == b'!' {
                        self.tag();
                    } else {
                        self.i += 1;
                        while self
                            .at(self.i)
                            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
                        {
                            self.i += 1;
                        }
                    }
                    // A value's tag or anchor leaves it a value; anything else
                    // is a token on the line, such as a key's.
                    if c == b'*' || !matches!(self.last, Last::Value(_)) {
                        self.last = Last::Other;
                    }
                }
                b'|' | b'>' if self.depth == 0 => {
                    let parent = match self.last {
                        Last::Value(key) => Some(key),
                        Last::Indicator(at) => Some(at),
                        _ => None,
                    };
                    let Some(parent) = parent else {
                        return Verdict::Unsure;
                    };
                    if !self.block_scalar(parent) {
                        return Verdict::Within;
                    }
                }
                b'-' | b'?' if blankz(next) => {
                    self.i += 1;
                    // In a flow collection these open no block collection.
                    if self.depth == 0 {
                        self.key_col = None;
                        self.key_allowed = true;
                        self.last = Last::Indicator(col);
                    } else {
                        self.last = Last::Other;
                    }
                }
                b'?' if self.depth > 0 => {
                    self.i += 1;
                    self.last = Last::Other;
                }
                b':' if blankz(next) || self.depth > 0 => {
                    self.i += 1;
                    let key = std::mem::take(&mut self.key_col);
                    self.key_allowed = true;
                    self.last = match (self.last, key) {
                        (Last::LineStart, _) => Last::Indicator(col),
                        (_, Some(key)) => Last::Value(key),
                        // A value with no key before it on its line, in block
                        // context, opens a mapping libyaml places by rules this
                        // scan does not follow.
                        _ if self.depth == 0 => return Verdict::Unsure,
                        _ => Last::Other,
                    };
                }
                _ => {
                    // The collection a value or entry belongs to; a scalar
                    // that starts a line of its own continues the one before.
                    self.plain_parent = match self.last {
                        Last::Value(key) => Some(key),
                        Last::Indicator(at) => Some(at),
                        Last::LineStart if plain_continues && further => self.plain_parent,
                        _ => None,
                    };
                    self.last = Last::Other;
                    plain_open = self.plain();
                }
            }
        }
    }
}
