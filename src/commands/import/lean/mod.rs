//! The ladder as lean block YAML, written straight from the model: no field
//! that is empty (none, or an empty list, but `skills`, which a ladder and a
//! level need even empty), block style, the model's field order, and every
//! text in double quotes, escaped as JSON escapes it (which YAML reads the
//! same), so that no text of an imported source can change the file's
//! structure. Written here rather than by the YAML crate, whose writer costs
//! ten times the parse of a large source, into one buffer, field by field: a
//! test reads what it writes back into the same ladder.

#[cfg(test)]
mod tests;

use std::fmt::Write as _;

use crate::ladder::text::printable_ascii;
use crate::ladder::{CitedRange, Ladder, Level, Link, Responsibility, Text};

/// `ladder` as lean block YAML, after what `out` holds; the length in bytes
/// of its longest text, which the reader holds to a limit.
pub fn write(out: &mut String, ladder: &Ladder) -> usize {
    let mut w = Writer {
        out,
        on_dash: false,
        longest: 0,
    };
    w.number(0, "schema", ladder.schema);
    w.text(0, "title", &ladder.title);
    w.maybe(0, "summary", ladder.summary.as_ref());
    w.items(0, "sources", &ladder.sources, |w, d, s| {
        w.text(d, "id", &s.id);
        w.text(d, "title", &s.title);
        w.maybe(d, "url", s.url.as_ref());
    });
    w.items(0, "roles", &ladder.roles, |w, d, r| {
        w.text(d, "id", &r.id);
        w.text(d, "name", &r.name);
    });
    let categories = ladder.categories.as_deref().unwrap_or_default();
    w.items(0, "categories", categories, |w, d, c| {
        w.text(d, "id", &c.id);
        w.text(d, "name", &c.name);
    });
    w.items(0, "tracks", &ladder.tracks, |w, d, t| {
        w.text(d, "id", &t.id);
        w.text(d, "name", &t.name);
        w.maybe(d, "summary", t.summary.as_ref());
    });
    if ladder.skills.is_empty() {
        w.empty(0, "skills");
    }
    w.items(0, "skills", &ladder.skills, |w, d, s| {
        w.text(d, "id", &s.id);
        w.text(d, "name", &s.name);
        w.text(d, "category", &s.category);
    });
    w.items(0, "levels", &ladder.levels, level);
    if let Some(lint) = &ladder.lint {
        w.key(0, "lint");
        if lint.allow.is_empty() {
            w.out.push_str(" {}\n");
        } else {
            w.out.push('\n');
            w.texts(2, "allow", &lint.allow);
        }
    }
    w.longest
}

/// A level's fields, the first after its dash, the rest at `d`.
fn level(w: &mut Writer, d: usize, l: &Level) {
    w.text(d, "id", &l.id);
    w.text(d, "name", &l.name);
    w.texts(d, "aliases", &l.aliases);
    w.text(d, "track", &l.track);
    w.text(d, "role", &l.role);
    w.maybe(d, "summary", l.summary.as_ref());
    w.text(d, "scope", &l.scope);
    w.range(d, "coding", l.coding.as_ref());
    w.range(d, "span", l.span.as_ref());
    w.texts(d, "reports_to", &l.reports_to);
    w.items(d, "responsibilities", &l.responsibilities, duty);
    if l.skills.is_empty() {
        w.empty(d, "skills");
    }
    w.texts(d, "skills", &l.skills);
    w.maybe(d, "shift", l.shift.as_ref());
    w.texts(d, "pitfalls", &l.pitfalls);
    w.texts(d, "next", &l.next);
    w.items(d, "lateral", &l.lateral, |w, d, link: &Link| {
        w.text(d, "id", &link.id);
        w.texts(d, "sources", &link.sources);
    });
    w.texts(d, "sources", &l.sources);
}

fn duty(w: &mut Writer, d: usize, r: &Responsibility) {
    w.text(d, "id", &r.id);
    w.text(d, "name", &r.name);
    w.maybe(d, "detail", r.detail.as_ref());
    w.texts(d, "sources", &r.sources);
}

/// Where the lines go, and whether the line holds a list item's dash, which
/// its first field follows.
struct Writer<'o> {
    out: &'o mut String,
    on_dash: bool,
    /// The longest text written so far, in bytes.
    longest: usize,
}

impl Writer<'_> {
    /// `n` spaces, the indentation of a line; none after a dash.
    fn indent(&mut self, n: usize) {
        const SPACES: &str = "                                ";
        if std::mem::take(&mut self.on_dash) {
            return;
        }
        match SPACES.get(..n) {
            Some(spaces) => self.out.push_str(spaces),
            None => self.out.extend(std::iter::repeat_n(' ', n)),
        }
    }

    fn key(&mut self, d: usize, key: &str) {
        self.indent(d);
        self.out.push_str(key);
        self.out.push(':');
    }

    /// `key: []`, for a list the format wants even when it is empty.
    fn empty(&mut self, d: usize, key: &str) {
        self.key(d, key);
        self.out.push_str(" []\n");
    }

    fn text(&mut self, d: usize, key: &str, value: &str) {
        self.longest = self.longest.max(value.len());
        self.key(d, key);
        self.out.push(' ');
        push_quoted(self.out, value);
        self.out.push('\n');
    }

    fn maybe(&mut self, d: usize, key: &str, value: Option<&Text>) {
        if let Some(value) = value {
            self.text(d, key, value);
        }
    }

    fn number(&mut self, d: usize, key: &str, value: u32) {
        self.key(d, key);
        let _ = writeln!(self.out, " {value}");
    }

    /// A list of texts under `key`, left out when empty.
    fn texts(&mut self, d: usize, key: &str, list: &[Text]) {
        self.items(d, key, list, |w, _, text| {
            w.longest = w.longest.max(text.len());
            w.on_dash = false;
            push_quoted(w.out, text);
            w.out.push('\n');
        });
    }

    /// A list under `key` at indentation `d`, left out when empty: each item
    /// after `- `, its first field on the dash's line and the rest below it.
    fn items<T>(&mut self, d: usize, key: &str, list: &[T], item: impl Fn(&mut Self, usize, &T)) {
        if list.is_empty() {
            return;
        }
        self.key(d, key);
        self.out.push('\n');
        for value in list {
            self.indent(d + 2);
            self.out.push_str("- ");
            self.on_dash = true;
            item(self, d + 4, value);
        }
    }

    /// A range under `key`, its fields on the lines below it.
    fn range(&mut self, d: usize, key: &str, range: Option<&CitedRange>) {
        let Some(range) = range else { return };
        self.key(d, key);
        self.out.push('\n');
        self.number(d + 2, "min", range.min);
        self.number(d + 2, "max", range.max);
        self.texts(d + 2, "sources", &range.sources);
    }
}

/// `text` in double quotes, escaped as JSON escapes it, and beyond that DEL,
/// the C1 controls and the Unicode line and paragraph separators, which a
/// YAML reader or a terminal would act on, and U+FFFE and U+FFFF, which a
/// YAML reader refuses.
fn push_quoted(out: &mut String, text: &str) {
    // The bytes that may need an escape: the rest is copied in runs.
    const LOOK: [bool; 256] = {
        let mut look = [false; 256];
        let mut b = 0;
        while b < 0x20 {
            look[b] = true;
            b += 1;
        }
        look[b'"' as usize] = true;
        look[b'\\' as usize] = true;
        look[0x7f] = true;
        look[0xc2] = true;
        look[0xe2] = true;
        look[0xef] = true;
        look
    };
    out.reserve(text.len() + 2);
    out.push('"');
    let b = text.as_bytes();
    // Most text has nothing to escape, and is copied whole.
    if printable_ascii(text) && memchr::memchr2(b'"', b'\\', b).is_none() {
        out.push_str(text);
        out.push('"');
        return;
    }
    let (mut from, mut at) = (0, 0);
    while let Some(skip) = b[at..].iter().position(|&c| LOOK[usize::from(c)]) {
        at += skip;
        let (len, short) = match b[at] {
            b'"' => (1, "\\\""),
            b'\\' => (1, "\\\\"),
            b'\n' => (1, "\\n"),
            b'\t' => (1, "\\t"),
            b'\r' => (1, "\\r"),
            0x08 => (1, "\\b"),
            0x0c => (1, "\\f"),
            0..0x20 | 0x7f => (1, ""),
            0xc2 if matches!(b.get(at + 1), Some(0x80..=0x9f)) => (2, ""),
            0xe2 if b.get(at + 1) == Some(&0x80) && matches!(b.get(at + 2), Some(0xa8 | 0xa9)) => {
                (3, "")
            }
            0xef if b.get(at + 1) == Some(&0xbf) && matches!(b.get(at + 2), Some(0xbe | 0xbf)) => {
                (3, "")
            }
            _ => {
                at += 1;
                continue;
            }
        };
        out.push_str(&text[from..at]);
        if short.is_empty() {
            let c = text[at..].chars().next().unwrap_or_default();
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push_str(short);
        }
        at += len;
        from = at;
    }
    out.push_str(&text[from..]);
    out.push('"');
}
