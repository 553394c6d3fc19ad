//! A text of several paragraphs (a block scalar with a blank line), split
//! for a layout to set each apart.

use std::borrow::Cow;

use super::markup::{Line, Span};

/// The paragraphs of `line`, where its text has a blank line (a block
/// scalar's `|` text of several paragraphs): `None` when it has none, which
/// is nearly always. Within a paragraph, line breaks stay for the layout to
/// fold.
pub fn paragraphs<'a>(line: &Line<'a>) -> Option<Vec<Line<'a>>> {
    let broken = |t: &str| t.split('\n').skip(1).any(|l| l.trim().is_empty());
    if !(line.0.iter()).any(|s| matches!(s, Span::Text(t) if broken(t))) {
        return None;
    }
    let content =
        |l: &Line| !(l.0.iter()).all(|s| matches!(s, Span::Text(t) if t.trim().is_empty()));
    let mut out = vec![Line::new()];
    for span in &line.0 {
        let Span::Text(text) = span else {
            if let Some(last) = out.last_mut() {
                last.0.push(span.clone());
            }
            continue;
        };
        let mut blank = false;
        for (i, part) in text.split('\n').enumerate() {
            if part.trim().is_empty() && i > 0 {
                blank = true;
                continue;
            }
            if blank && out.last().is_some_and(content) {
                out.push(Line::new());
            }
            blank = false;
            // A line break within a paragraph stays, as the layout folds it.
            let part = match i > 0 && out.last().is_some_and(content) {
                true => format!("\n{part}"),
                false => part.to_string(),
            };
            if let Some(last) = out.last_mut() {
                last.0.push(Span::Text(Cow::Owned(part)));
            }
        }
    }
    out.retain(content);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_with_a_blank_line_is_several_paragraphs() {
        let texts = |line: &Line| -> Vec<String> {
            (paragraphs(line).unwrap().iter())
                .map(|l| {
                    (l.0.iter())
                        .map(|s| match s {
                            Span::Text(t) | Span::Code(t) => t.to_string(),
                            _ => String::new(),
                        })
                        .collect()
                })
                .collect()
        };
        assert!(paragraphs(&Line::text("one\ntwo")).is_none());
        assert_eq!(texts(&Line::text("S1\n\nS2 para")), ["S1", "S2 para"]);
        assert_eq!(texts(&Line::text("\n\na\nb\n \n\nc\n")), ["a\nb", "c"]);
        let mixed = Line::text("x\n\ny ").code("id");
        assert_eq!(texts(&mixed), ["x", "y id"]);
    }
}
