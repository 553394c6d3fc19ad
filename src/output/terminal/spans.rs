//! A line's spans as the terminal shows them: plain text, ids as they are,
//! and search matches between marks until the text is wrapped.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::output::markup::{Line, Span};
use crate::output::wrap::{MARK_END, MARK_START};

/// `line` as plain text, unescaped; a search match between marks when `marks`
/// is set. A mark's own character already in the text is made harmless
/// either way: the wrapper gives marks no columns and keeps them with the
/// text beside them.
pub fn flat(line: &Line, marks: bool) -> String {
    // Room for most lines at once, rather than growing from nothing.
    let mut out = String::with_capacity(80);
    push_spans(&mut out, &line.0, marks);
    out
}

pub(super) fn push_spans(out: &mut String, spans: &[Span], marks: bool) {
    // Text that holds a mark's own character loses it. Both begin with the
    // byte 0xEE, which only a character of the private use area does. (Not
    // the memchr crate: its first call asks the processor what it can do,
    // which a virtual machine answers slowly, on a path every run takes.)
    fn clean(text: &str) -> Cow<'_, str> {
        match text.as_bytes().contains(&0xee) {
            true => text.replace([MARK_START, MARK_END], "\u{fffd}").into(),
            false => text.into(),
        }
    }
    for span in spans {
        match span {
            Span::Text(text) | Span::Code(text) => out.push_str(&clean(text)),
            Span::Strong(inner) => push_spans(out, inner, marks),
            Span::Match(text) if marks => {
                out.push(MARK_START);
                out.push_str(&clean(text));
                out.push(MARK_END);
            }
            Span::Match(text) => out.push_str(&clean(text)),
            Span::Link { text, url } => {
                out.push_str(&clean(text));
                let _ = write!(out, " <{}>", clean(url));
            }
            Span::Url(url) => {
                let _ = write!(out, "<{}>", clean(url));
            }
            Span::Sign(sign) => out.push(sign.mark()),
            Span::Level { id, .. } => out.push_str(&clean(id)),
            Span::Skill { name, .. } => out.push_str(&clean(name)),
            Span::Named { id, name } => {
                let _ = write!(out, "{} ({})", clean(name), clean(id));
            }
        }
    }
}
