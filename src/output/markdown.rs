//! The Markdown backend: CommonMark with GitHub tables and task lists, to paste
//! into documents. Every piece of text is escaped so that it renders as written:
//! a ladder file cannot add markup, links or HTML.

use std::fmt::Write as _;

use super::escape::escape;
use super::flank;
use super::markup::{Line, Markup, Sign, Span, is_web};
use super::paragraphs::paragraphs;

#[derive(Default)]
pub struct Markdown {
    out: String,
}

impl Markdown {
    pub fn new() -> Self {
        Markdown::default()
    }

    pub fn finish(self) -> String {
        self.out
    }

    /// Starts a block: blocks stand a blank line apart.
    fn block(&mut self) -> &mut String {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        &mut self.out
    }

    /// A block of lines, each ending with a newline; nothing when there are none.
    fn items(&mut self, items: impl IntoIterator<Item = String>) {
        let mut items = items.into_iter().peekable();
        if items.peek().is_none() {
            return;
        }
        let out = self.block();
        for item in items {
            out.push_str(&item);
            out.push('\n');
        }
    }
}

/// `text` as inline Markdown: terminal controls escaped, line breaks folded,
/// every character with a meaning in Markdown backslash-escaped, and an `@`
/// that GitHub would take for a mention (`@name`, `@org/team`, which notify
/// people when a page such as `ladder changes --format markdown` is posted
/// on a pull request) kept from being one by an invisible zero-width space
/// after it, as Dependabot's pull requests do; an address such as
/// `a@b.example` is no mention and is left as it is.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let escaped = escape(text);
    let mut chars = escaped.chars().peekable();
    // Whether the character before is one a mention cannot follow; whether
    // a line break was read, whose blanks around it become one space.
    let (mut in_word, mut broke) = (false, false);
    while let Some(c) = chars.next() {
        if matches!(c, '\n' | '\r') {
            out.truncate(out.trim_end_matches([' ', '\t']).len());
            (broke, in_word) = (true, false);
            continue;
        }
        if broke && matches!(c, ' ' | '\t') {
            continue;
        }
        // The break parts this text from what is before it, in this span
        // or the one before.
        if std::mem::take(&mut broke) {
            out.push(' ');
        }
        let was_in_word = std::mem::replace(&mut in_word, c.is_ascii_alphanumeric() || c == '_');
        match c {
            '@' if !was_in_word && chars.peek().is_some_and(char::is_ascii_alphanumeric) => {
                out.push_str("@&#8203;");
            }
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    // A break at the end still parts this text from the next span's.
    if broke {
        out.push(' ');
    }
    out
}

/// `line` as inline Markdown.
pub fn render(line: &Line) -> String {
    let mut out = String::new();
    push_spans(&mut out, &line.0);
    out
}

/// A list item: `marker`, then `item` as `first` renders it. An item of
/// several paragraphs continues each after a blank line, indented under the
/// marker's first character after `- `, so that it stays in the item.
fn item_of(marker: &str, item: &Line, first: fn(&Line) -> String) -> String {
    let Some(parts) = paragraphs(item) else {
        return format!("{marker}{}", first(item));
    };
    let indent = if marker.starts_with('-') {
        2
    } else {
        marker.len()
    };
    let mut out = marker.to_string();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str("\n\n");
            out.push_str(&" ".repeat(indent));
            out.push_str(&opening(part));
        } else {
            out.push_str(&first(part));
        }
    }
    out
}

/// `line` as inline Markdown that begins a paragraph or a list item: its
/// start must not read as a list marker (`-`, `+`, `1986.`, `2)`), a rule
/// (`---`) or indented code.
fn opening(line: &Line) -> String {
    let mut out = render(line);
    guard_start(&mut out);
    out
}

/// Escapes what would open a block at the start of `out`, and drops the
/// blanks before it (which Markdown would drop, or read as code).
fn guard_start(out: &mut String) {
    let blanks = out.len() - out.trim_start_matches([' ', '\t']).len();
    out.drain(..blanks);
    // A marker opens a block only before a blank or the line's end.
    let ends = |at: usize| matches!(out.as_bytes().get(at), None | Some(b' ' | b'\t'));
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    // `---` and `- - -` are rules (`***` and `___` are escaped already).
    let rule = out.bytes().all(|b| b == b'-' || b == b' ') && out.matches('-').count() >= 3;
    match out.as_bytes() {
        [b'-' | b'+', ..] if ends(1) || rule => out.insert(0, '\\'),
        // An ordered list's number has at most nine digits.
        [..] if (1..=9).contains(&digits)
            && matches!(out.as_bytes().get(digits), Some(b'.' | b')'))
            && ends(digits + 1) =>
        {
            out.insert(digits, '\\');
        }
        _ => {}
    }
}

fn push_spans(out: &mut String, spans: &[Span]) {
    if spans.iter().any(|s| matches!(s, Span::Match(_))) {
        for piece in flank::flank(spans) {
            match piece {
                flank::Piece::Span(span) => push_spans(out, std::slice::from_ref(span)),
                flank::Piece::Text(text) => out.push_str(&inline(&text)),
                flank::Piece::Match(text) => {
                    let _ = write!(out, "**{}**", inline(&text));
                }
            }
        }
        return;
    }
    for span in spans {
        match span {
            Span::Text(text) => out.push_str(&inline(text)),
            Span::Code(id) if id.contains(['`', '\n', '\r']) || id.is_empty() => {
                out.push_str(&inline(id));
            }
            Span::Code(id) => {
                let _ = write!(out, "`{}`", escape(id));
            }
            Span::Strong(inner) => {
                out.push_str("**");
                push_spans(out, inner);
                out.push_str("**");
            }
            Span::Match(text) => {
                let _ = write!(out, "**{}**", inline(text));
            }
            Span::Link { text, url } if url.starts_with('#') => {
                let _ = write!(out, "[{}]({})", inline(text), address(url));
            }
            Span::Link { text, url } if is_web(url) => {
                let _ = write!(out, "[{}](<{}>)", inline(text), destination(url));
            }
            Span::Link { text, .. } => out.push_str(&inline(text)),
            Span::Url(url) if is_web(url) => {
                let _ = write!(out, "<{}>", address(url));
            }
            Span::Url(url) => out.push_str(&inline(url)),
            Span::Sign(sign) => out.push_str(sign.word()),
            Span::Level {
                name,
                anchor: Some(anchor),
                ..
            } => {
                let _ = write!(out, "[{}](#{})", inline(name), address(anchor));
            }
            Span::Level { name, .. } | Span::Named { name, .. } | Span::Skill { name, .. } => {
                out.push_str(&inline(name))
            }
        }
    }
}

/// An address with nothing that could end its brackets or the line: those
/// characters percent-encoded, so the link still goes where it said.
fn address(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in escape(url).chars() {
        match c {
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            ' ' => out.push_str("%20"),
            '\n' => out.push_str("%0A"),
            '\r' => out.push_str("%0D"),
            c => out.push(c),
        }
    }
    out
}

/// An address as a link's destination: as `address` writes it, and with
/// the backslash and the ampersand escaped, which a destination (unlike an
/// autolink) reads as an escape and an entity.
fn destination(url: &str) -> String {
    address(url).replace('\\', "\\\\").replace('&', "\\&")
}

/// `word` with its first letter in upper case.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

impl Markup for Markdown {
    fn heading(&mut self, depth: usize, text: &Line) {
        let hashes = "#".repeat(depth.clamp(1, 6));
        self.items([format!("{hashes} {}", render(text))]);
    }

    fn paragraph(&mut self, _indent: usize, text: &Line) {
        match paragraphs(text) {
            Some(parts) => parts.iter().for_each(|part| self.items([opening(part)])),
            None => self.items([opening(text)]),
        }
    }

    fn spacer(&mut self) {}

    fn facts(&mut self, rows: &[(&str, Line)]) {
        let rows = rows.iter();
        // Keys may be a ladder's own words (its categories).
        let fact =
            |(key, value): &(&str, Line)| format!("- **{}:** {}", inline(key), render(value));
        self.items(rows.map(fact));
    }

    fn table(&mut self, header: &[&str], rows: &[Vec<Line>], _fit: &[usize]) {
        let head = [
            format!("| {} |", header.join(" | ")),
            format!("|{}", "---|".repeat(header.len())),
        ];
        let body = rows.iter().map(|row| {
            let cells: Vec<String> = row.iter().map(render).collect();
            format!("| {} |", cells.join(" | "))
        });
        self.items(head.into_iter().chain(body));
    }

    fn bullets(&mut self, items: &[Line]) {
        self.items(items.iter().map(|item| item_of("- ", item, opening)));
    }

    fn numbered(&mut self, items: &[Line]) {
        let items = items.iter().enumerate();
        self.items(items.map(|(n, item)| item_of(&format!("{}. ", n + 1), item, opening)));
    }

    fn checklist(&mut self, items: &[Line]) {
        self.items(items.iter().map(|item| item_of("- [ ] ", item, render)));
    }

    fn described(&mut self, items: &[(Line, Line)]) {
        let items = items.iter();
        self.items(
            items.map(|(term, text)| item_of(&format!("- **{}**: ", render(term)), text, render)),
        );
    }

    fn labelled(&mut self, items: &[(&str, Line)]) {
        let items = items.iter();
        self.items(items.map(|(label, text)| format!("- *{label}*: {}", render(text))));
    }

    fn changes(&mut self, items: &[(Option<Sign>, &str, Line)]) {
        let item = |(sign, what, how): &(Option<Sign>, &str, Line)| {
            let label = match sign {
                _ if what.is_empty() => return format!("- {}", opening(how)),
                Some(sign) => format!("{} {}", capitalised(what), sign.word()),
                None => capitalised(what),
            };
            format!("- **{label}:** {}", render(how))
        };
        self.items(items.iter().map(item));
    }

    fn code(&mut self, language: &str, code: &str) {
        let fence = format!("```{language}\n{code}```");
        self.items([fence]);
    }

    fn lines(&mut self, lines: &[String]) {
        self.items(
            lines
                .iter()
                .map(|line| escape(&line.replace('\n', " ")).into_owned()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_text_cannot_break_out() {
        assert_eq!(
            inline("a *b* [c](d) <e> | f_g"),
            "a \\*b\\* \\[c\\](d) \\<e\\> \\| f\\_g"
        );
        assert_eq!(inline("one\ntwo\u{1b}"), "one two\\\\u{1b}");
        // The blanks around a line break are one space; a mention after a
        // break is still kept from being one.
        assert_eq!(inline("grow. \n\n  Second\n"), "grow. Second ");
        assert_eq!(inline("x\n@team"), "x @&#8203;team");
        assert_eq!(inline("# not a heading"), "\\# not a heading");
    }

    #[test]
    fn a_mention_is_kept_from_notifying_anyone() {
        assert_eq!(
            inline("ask @ana or @org/team-2, (@bo); mail ana@x.example, @ alone, @_"),
            "ask @&#8203;ana or @&#8203;org/team-2, (@&#8203;bo); mail ana@x.example, @ alone, @\\_"
        );
        // Rendered, it reads as written.
        let text = inline("hi @ana");
        let read: String = (pulldown_cmark::Parser::new(&text))
            .filter_map(|event| match event {
                pulldown_cmark::Event::Text(t) => Some(t.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(read, "hi @\u{200b}ana");
    }

    #[test]
    fn blocks_stand_apart_and_tables_have_a_header_rule() {
        let mut md = Markdown::new();
        md.heading(1, &Line::named("Lead", "lead"));
        md.table(&["A", "B"], &[vec![Line::text("1"), Line::text("2")]], &[]);
        assert_eq!(
            md.finish(),
            "# Lead (`lead`)\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"
        );
    }

    #[test]
    fn links_go_to_web_addresses_and_anchors_only() {
        let link = |url| {
            render(&Line::new().span(Span::Link {
                text: "t".into(),
                url,
            }))
        };
        assert_eq!(link("https://x.org/a b"), "[t](<https://x.org/a%20b>)");
        assert_eq!(
            link("https://x.org/q?a=<1>"),
            "[t](<https://x.org/q?a=%3C1%3E>)"
        );
        assert_eq!(link("#lead"), "[t](#lead)");
        assert_eq!(link("javascript:alert(1)"), "t");
        // A backslash and an ampersand are escaped: a CommonMark parser reads
        // each address as it was.
        for url in ["https://x.org/a\\", "https://x.org/?a=1&copy;=2&lt;x"] {
            let markdown = link(url);
            let parsed = pulldown_cmark::Parser::new(&markdown).find_map(|e| match e {
                pulldown_cmark::Event::Start(pulldown_cmark::Tag::Link { dest_url, .. }) => {
                    Some(dest_url.to_string())
                }
                _ => None,
            });
            assert_eq!(parsed.as_deref(), Some(url), "{markdown}");
        }
    }

    /// What a CommonMark parser makes of `markdown`: the kinds of its blocks
    /// and its text.
    fn parsed(markdown: &str) -> (Vec<String>, String) {
        use pulldown_cmark::{Event, Parser, Tag};
        let (mut blocks, mut text) = (Vec::new(), String::new());
        for event in Parser::new(markdown) {
            match event {
                Event::Start(Tag::List(start)) => blocks.push(format!("list {start:?}")),
                Event::Start(Tag::Item) => blocks.push("item".to_string()),
                Event::Start(Tag::Paragraph) => blocks.push("paragraph".to_string()),
                Event::Start(Tag::CodeBlock(_)) => blocks.push("code".to_string()),
                Event::Rule => blocks.push("rule".to_string()),
                Event::Text(t) => text.push_str(&t),
                _ => {}
            }
        }
        (blocks, text)
    }

    #[test]
    fn a_text_that_opens_no_block_is_written_as_it_is() {
        for text in ["1.5 years", "-5%", "+1", "10)x", "2026-11-28"] {
            let mut paragraph = Markdown::new();
            paragraph.paragraph(0, &Line::text(text));
            assert_eq!(paragraph.finish(), format!("{text}\n"));
        }
    }

    #[test]
    fn a_text_never_opens_a_block_of_its_own() {
        let texts = [
            "1986. was a good year",
            "2) second",
            "---",
            "- minus",
            "+ plus",
            "* star",
            "> quote",
            "# hash",
            "    four spaces",
            "1. first\n2. second",
            "123456789. nine digits",
            "- - -",
            "-",
            "1.",
        ];
        for text in texts {
            let shown = text.trim_start().replace('\n', " ");
            let mut item = Markdown::new();
            item.bullets(&[Line::text(text)]);
            let (blocks, words) = parsed(&item.finish());
            assert_eq!(blocks, ["list None", "item"], "{text:?}");
            assert_eq!(words, shown, "{text:?}");
            let mut paragraph = Markdown::new();
            paragraph.paragraph(0, &Line::text(text));
            let (blocks, words) = parsed(&paragraph.finish());
            assert_eq!(blocks, ["paragraph"], "{text:?}");
            assert_eq!(words, shown, "{text:?}");
        }
    }
}
