//! The anchors GitHub gives a Markdown page's headings, so that a link to a
//! section of `ladder export` goes to that section: each heading's text in
//! lower case, punctuation dropped and spaces as hyphens, and a heading whose
//! anchor an earlier one took given the next free `-1`, `-2`, … in page order.
//! Two levels can make one anchor (`A B` with id `c`, `A` with id `b-c`), and
//! so can a level and a part of a level's section (`Skills` with id `1`, and
//! the second section's `Skills`): only the whole page's headings tell which.

use std::collections::HashSet;

use super::escape::escape;
use super::markup::{Line, Markup, Sign, Span};

/// The anchor of a heading reading `text`, before it is told apart: as
/// GitHub's slugger makes it, the text in lower case with every character
/// but a space, a hyphen, an alphabetic one (a letter, a letter number such
/// as `Ⅻ`, a circled letter), a mark (a Thai tone mark, a Devanagari virama),
/// a decimal digit or connector punctuation (`_`, `‿`) dropped, and each
/// space a hyphen.
pub fn slug(text: &str) -> String {
    use unicode_general_category::{GeneralCategory as G, get_general_category};
    let kept = |c: char| match c {
        ' ' | '-' | '_' => true,
        c if c.is_ascii() => c.is_ascii_alphanumeric(),
        c => {
            c.is_alphabetic()
                || matches!(
                    get_general_category(c),
                    G::NonspacingMark
                        | G::SpacingMark
                        | G::EnclosingMark
                        | G::DecimalNumber
                        | G::ConnectorPunctuation
                )
        }
    };
    (text.to_lowercase().chars())
        .filter(|&c| kept(c))
        .map(|c| if c == ' ' { '-' } else { c })
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

/// The text a reader sees of a line once the Markdown backend has written it
/// and Markdown rendered it: controls as the escapes written for them (a tab
/// as `\t`), line breaks as spaces.
pub fn plain(line: &Line) -> String {
    let mut out = String::new();
    spans(&line.0, &mut out);
    out
}

fn spans(spans: &[Span], out: &mut String) {
    let text = |t: &str, out: &mut String| out.push_str(&escape(t).replace(['\n', '\r'], " "));
    for span in spans {
        match span {
            Span::Text(t) | Span::Code(t) => text(t, out),
            Span::Match(t) | Span::Url(t) => text(t, out),
            Span::Strong(inner) => self::spans(inner, out),
            Span::Link { text: t, .. } => text(t, out),
            Span::Sign(sign) => out.push_str(sign.word()),
            Span::Level { name, .. } | Span::Named { name, .. } | Span::Skill { name, .. } => {
                text(name, out)
            }
        }
    }
}

/// A page laid out for its headings alone: their depths and texts, in order.
#[derive(Default)]
pub struct Headings(pub Vec<(usize, String)>);

impl Markup for Headings {
    fn heading(&mut self, depth: usize, text: &Line) {
        // Markdown drops the blanks around a heading's text.
        let text = plain(text);
        self.0
            .push((depth, text.trim_matches([' ', '\t']).to_string()));
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
    fn anchors_keep_what_githubs_slugger_keeps() {
        for (text, anchor) in [
            // A Thai tone mark and a Devanagari virama are marks, kept.
            ("ผู้จัดการ (mgr)", "ผู้จัดการ-mgr"),
            ("प्रबंधक (hi)", "प्रबंधक-hi"),
            // A decomposed accent is a mark; İ lower-cases to i and a mark.
            ("Cafe\u{301} İstanbul", "cafe\u{301}-i\u{307}stanbul"),
            // Other numbers and symbols go; letter numbers, circled letters,
            // decimal digits of any script and connector punctuation stay.
            ("Level² ½ Ⅻ Ⓐ ٣ Tie‿in a_b", "level--ⅻ-ⓐ-٣-tie‿in-a_b"),
            ("Lead 🚀 & Co.", "lead---co"),
        ] {
            assert_eq!(slug(text), anchor, "{text}");
        }
    }

    #[test]
    fn a_heading_reads_as_rendered_text() {
        let line = Line::named("Ünïcode & *Co*", "u-co");
        assert_eq!(plain(&line), "Ünïcode & *Co* (u-co)");
        assert_eq!(slug(&plain(&line)), "ünïcode--co-u-co");
        // Blanks around a heading go; a control reads as its escape.
        let mut headings = Headings::default();
        headings.heading(3, &Line::named("  Tab\tname", "y"));
        assert_eq!(headings.0, [(3, "Tab\\tname (y)".to_string())]);
        assert_eq!(slug(&headings.0[0].1), "tabtname-y");
    }
}
