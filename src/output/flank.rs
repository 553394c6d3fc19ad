//! A search match in Markdown's strong emphasis (`**…**`), placed so that a
//! CommonMark reader takes the asterisks for emphasis and not for text.

use super::markup::Span;

/// A piece of a line as `flank` leaves it: a span as it was, or a text or
/// a match made anew.
pub enum Piece<'s, 'a> {
    Span(&'s Span<'a>),
    Text(String),
    Match(String),
}

/// `spans` with each match (`**…**`) widened so that CommonMark reads its
/// asterisks as emphasis: an opening `**` before punctuation must follow a
/// blank or punctuation, and a closing one after punctuation must precede
/// one, so a match that starts with punctuation inside a word (`)` in
/// `evil)`) takes in the letters before it, and one that ends so the letters
/// after it. Blanks at a match's ends, which no `**` may touch, go to the
/// text beside it.
pub fn flank<'s, 'a>(spans: &'s [Span<'a>]) -> Vec<Piece<'s, 'a>> {
    let word = |c: char| c.is_alphanumeric();
    let mut out: Vec<Piece> = Vec::with_capacity(spans.len());
    let mut at = 0;
    while let Some(span) = spans.get(at) {
        at += 1;
        let matched = match span {
            Span::Match(matched) => matched,
            Span::Text(text) if matches!(spans.get(at), Some(Span::Match(_))) => {
                out.push(Piece::Text(text.to_string()));
                continue;
            }
            span => {
                out.push(Piece::Span(span));
                continue;
            }
        };
        let mut before = match out.last_mut() {
            Some(Piece::Text(text)) => std::mem::take(text),
            _ => String::new(),
        };
        let mut middle = matched.to_string();
        let mut after = match spans.get(at) {
            Some(Span::Text(text)) => {
                at += 1;
                text.to_string()
            }
            _ => String::new(),
        };
        let lead = middle.len() - middle.trim_start().len();
        before.extend(middle.drain(..lead));
        let trail = middle.trim_end().len();
        after.insert_str(0, &middle.split_off(trail));
        let first = middle.chars().next().filter(|&c| !word(c));
        if first.is_some() && before.chars().next_back().is_some_and(word) {
            let keep = before.trim_end_matches(word).len();
            middle.insert_str(0, &before.split_off(keep));
        }
        // A match with no text left between it and the one before (either
        // took it in) runs on from that one: one `**…**`, never `**a****b**`.
        if before.is_empty()
            && let [.., Piece::Match(_), Piece::Text(_)] = out.as_slice()
        {
            out.pop();
            if let Some(Piece::Match(last)) = out.pop() {
                middle.insert_str(0, &last);
            }
            // The text before the earlier match is now before this one.
            if let Some(Piece::Text(text)) = out.last_mut() {
                before = std::mem::take(text);
            }
        }
        let last = middle.chars().next_back().filter(|&c| !word(c));
        if last.is_some() && after.chars().next().is_some_and(word) {
            let taken = after.len() - after.trim_start_matches(word).len();
            middle.extend(after.drain(..taken));
        }
        match out.last_mut() {
            Some(Piece::Text(text)) => *text = before,
            _ => out.push(Piece::Text(before)),
        }
        if !middle.is_empty() {
            out.push(Piece::Match(middle));
        }
        out.push(Piece::Text(after));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::output::markup::{Line, Span};

    /// Each match of a search, rendered and read back by a CommonMark
    /// parser, is strong text that holds the match, and no asterisk is left
    /// as text.
    #[test]
    fn every_match_reads_as_strong_text() {
        let cases: &[(&str, &[(usize, usize)])] = &[
            ("http://evil)", &[(11, 12)]),
            ("back\\slash*x", &[(11, 12)]),
            ("CI/CD pipeline", &[(2, 5)]),
            ("a (b) c", &[(2, 5)]),
            ("Code review", &[(5, 11)]),
            ("review", &[(0, 6)]),
            ("x, y", &[(1, 3)]),
            ("one two", &[(3, 5)]),
            ("**x**", &[(0, 2)]),
            ("a_b_c", &[(1, 4)]),
            // Matches that widening joins.
            ("One-on-ones", &[(3, 4), (6, 7)]),
            ("e.g.", &[(1, 2), (3, 4)]),
            ("CI/CD/CI", &[(2, 3), (5, 6)]),
            ("a)b)c", &[(1, 2), (3, 4)]),
            // ... with text before them, which stays.
            ("Owns the CI/CD/release tooling", &[(11, 12), (14, 15)]),
            ("Owns e.g. builds.", &[(6, 7), (8, 9), (16, 17)]),
            (
                "first a-b-c mid d-e-f last",
                &[(7, 8), (9, 10), (17, 18), (19, 20)],
            ),
            ("x *em* y", &[(2, 3), (5, 6)]),
            // ... or the later match takes in the text between.
            ("Owns a/bc/b", &[(6, 8), (9, 11)]),
            ("a/bc/b/d", &[(1, 3), (4, 6)]),
        ];
        for &(text, ranges) in cases {
            reads_as_strong(text, ranges);
        }
        // And texts made of words, blanks and punctuation, with every match
        // of a term in them, as `search` finds them.
        let mut next = crate::testing::draws(7);
        let alphabet = ['a', 'b', '/', ' ', '.', '-', ')', '*'];
        for _ in 0..3_000 {
            let text: String = (0..1 + next(12)).map(|_| alphabet[next(8)]).collect();
            // A paragraph's blanks at either end are not its text, and one
            // that starts with a dash is a list: the text follows a word.
            let text = format!("w {text}").trim_end().to_string();
            let from = next(text.len());
            let term = &text[from..from + 1 + next(text.len() - from).min(2)];
            if term.trim().is_empty() {
                continue;
            }
            let ranges: Vec<(usize, usize)> = (text.match_indices(term))
                .map(|(at, t)| (at, at + t.len()))
                .collect();
            reads_as_strong(&text, &ranges);
        }
    }

    /// `text` with `ranges` as matches, rendered and read back by a CommonMark
    /// parser: every match is strong text, and every character is kept.
    fn reads_as_strong(text: &str, ranges: &[(usize, usize)]) {
        use pulldown_cmark::{Event, Parser, Tag, TagEnd};
        {
            let mut line = Line::new();
            let mut from = 0;
            for &(start, end) in ranges {
                line = (line.plain(&text[from..start])).span(Span::Match(&text[start..end]));
                from = end;
            }
            let line = line.plain(&text[from..]);
            let rendered = super::super::markdown::render(&line);
            let (mut strong, mut all, mut inside) = (String::new(), String::new(), false);
            for event in Parser::new(&rendered) {
                match event {
                    Event::Start(Tag::Strong) => inside = true,
                    Event::End(TagEnd::Strong) => inside = false,
                    Event::Text(t) => {
                        all.push_str(&t);
                        if inside {
                            strong.push_str(&t);
                        }
                    }
                    _ => {}
                }
            }
            for &(start, end) in ranges {
                let matched = text[start..end].trim();
                assert!(
                    strong.contains(matched),
                    "{text:?}: {rendered:?} → {strong:?}"
                );
            }
            // Every character of the text, and no asterisk of the markup.
            assert_eq!(all, text, "{rendered:?}");
        }
    }
}
