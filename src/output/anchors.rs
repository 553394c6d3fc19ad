//! The anchors GitHub gives a Markdown page's headings, so that a link to a
//! section of `ladder export` goes to that section: each heading's text in
//! lower case, punctuation dropped and spaces as hyphens, and a heading whose
//! anchor an earlier one took given the next free `-1`, `-2`, … in page order.
//! Two levels can make one anchor (`A B` with id `c`, `A` with id `b-c`), and
//! so can a level and a part of a level's section (`Skills` with id `1`, and
//! the second section's `Skills`): only the whole page's headings tell which.

use std::collections::HashSet;

use super::markup::{Line, Markup, Sign, Span};

/// The anchor of a heading reading `text`, before it is told apart.
pub fn slug(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The anchors of headings reading `texts`, in page order.
pub fn told_apart<'t>(texts: impl IntoIterator<Item = &'t str>) -> Vec<String> {
    let mut taken: HashSet<String> = HashSet::new();
    // How many times each first anchor was met, for the next number to try.
    let mut met: std::collections::HashMap<String, usize> = Default::default();
    let mut out = Vec::new();
    for text in texts {
        let first = slug(text);
        let mut anchor = first.clone();
        while taken.contains(&anchor) {
            let n = met.entry(first.clone()).or_insert(0);
            *n += 1;
            anchor = format!("{first}-{n}");
        }
        taken.insert(anchor.clone());
        out.push(anchor);
    }
    out
}

/// The text a reader sees of a line once Markdown is rendered.
pub fn plain(line: &Line) -> String {
    let mut out = String::new();
    spans(&line.0, &mut out);
    out
}

fn spans(spans: &[Span], out: &mut String) {
    for span in spans {
        match span {
            Span::Text(t) | Span::Code(t) => out.push_str(t),
            Span::Match(t) | Span::Url(t) => out.push_str(t),
            Span::Strong(inner) => self::spans(inner, out),
            Span::Link { text, .. } => out.push_str(text),
            Span::Sign(sign) => out.push_str(sign.word()),
            Span::Level { name, .. } | Span::Named { name, .. } => out.push_str(name),
        }
    }
}

/// A page laid out for its headings alone: their depths and texts, in order.
#[derive(Default)]
pub struct Headings(pub Vec<(usize, String)>);

impl Markup for Headings {
    fn heading(&mut self, depth: usize, text: &Line) {
        self.0.push((depth, plain(text)));
    }
    fn paragraph(&mut self, _: usize, _: &Line) {}
    fn spacer(&mut self) {}
    fn facts(&mut self, _: &[(&str, Line)]) {}
    fn table(&mut self, _: &[&str], _: &[Vec<Line>], _: &[usize]) {}
    fn bullets(&mut self, _: &[Line]) {}
    fn numbered(&mut self, _: &[Line]) {}
    fn checklist(&mut self, _: &[Line]) {}
    fn described(&mut self, _: &[(Line, Line)]) {}
    fn labelled(&mut self, _: &[(&str, Line)]) {}
    fn changes(&mut self, _: &[(Option<Sign>, &str, Line)]) {}
    fn code(&mut self, _: &str, _: &str) {}
    fn lines(&mut self, _: &[String]) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_anchors_take_the_next_free_number_in_page_order() {
        let texts = [
            "Skills",
            "A B (c)",
            "Skills",
            "A (b-c)",
            "Skills (1)",
            "Skills",
        ];
        assert_eq!(
            told_apart(texts),
            [
                "skills",
                "a-b-c",
                "skills-1",
                "a-b-c-1",
                "skills-1-1",
                "skills-2"
            ]
        );
    }

    #[test]
    fn a_heading_reads_as_rendered_text() {
        let line = Line::named("Ünïcode & *Co*", "u-co");
        assert_eq!(plain(&line), "Ünïcode & *Co* (u-co)");
        assert_eq!(slug(&plain(&line)), "ünïcode--co-u-co");
    }
}
