//! A line's spans as the terminal shows them: plain text, ids as they are,
//! and search matches between marks until the text is wrapped.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::output::markup::{Line, Span};
use crate::output::wrap::{MARK_END, MARK_START};

/// `line` as plain text, unescaped; a search match between marks when `marks`
/// is set, and any mark already in the text made harmless.
pub fn flat(line: &Line, marks: bool) -> String {
    // Room for most lines at once, rather than growing from nothing.
    let mut out = String::with_capacity(80);
    push_spans(&mut out, &line.0, marks);
    out
}

pub(super) fn push_spans(out: &mut String, spans: &[Span], marks: bool) {
    // Text that holds a mark's own character loses it when marks are made.
    fn clean(text: &str, marks: bool) -> Cow<'_, str> {
        match marks {
            true => text.replace([MARK_START, MARK_END], "\u{fffd}").into(),
            false => text.into(),
        }
    }
    for span in spans {
        match span {
            Span::Text(text) | Span::Code(text) => out.push_str(&clean(text, marks)),
            Span::Strong(inner) => push_spans(out, inner, marks),
            Span::Match(text) if marks => {
                out.push(MARK_START);
                out.push_str(&clean(text, marks));
                out.push(MARK_END);
            }
            Span::Match(text) => out.push_str(text),
            Span::Link { text, url } => {
                out.push_str(&clean(text, marks));
                let _ = write!(out, " <{}>", clean(url, marks));
            }
            Span::Url(url) => {
                let _ = write!(out, "<{}>", clean(url, marks));
            }
            Span::Sign(sign) => out.push(sign.mark()),
            Span::Level { id, .. } => out.push_str(&clean(id, marks)),
            Span::Named { id, name } => {
                let _ = write!(out, "{} ({})", clean(name, marks), clean(id, marks));
            }
        }
    }
}
