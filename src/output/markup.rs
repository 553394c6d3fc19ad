//! The small markup interface every human layout is written against, once:
//! headings, paragraphs, facts, tables and lists of inline text. The terminal
//! and Markdown backends each say how the pieces look (hyperfine's
//! `MarkupExporter` is the model).

use std::borrow::Cow;

/// A view that people read: it lays itself out on any backend.
pub trait Layout {
    fn layout(&self, out: &mut dyn Markup);
}

/// A section of tables: its heading, its rows, and what it says when it has
/// none.
pub type Section<'a> = (Line<'a>, Vec<Vec<Line<'a>>>, &'a str);

/// What a layout can say. Backends escape all text they are given.
pub trait Markup {
    /// A heading: 1 titles the whole output, 2 a section of it, deeper ones a
    /// part of a section.
    fn heading(&mut self, depth: usize, text: &Line);
    /// A paragraph. `indent` is how far a terminal sets it in; Markdown has none.
    fn paragraph(&mut self, indent: usize, text: &Line);
    /// A visual break between blocks: Markdown separates every block already.
    fn spacer(&mut self);
    /// The named values of one thing, one a line.
    fn facts(&mut self, rows: &[(&str, Line)]);
    /// A table under a header; the columns in `fit` keep the width of their
    /// content where the backend has to share out the width.
    fn table(&mut self, header: &[&str], rows: &[Vec<Line>], fit: &[usize]);
    /// Sections, each a heading over a table (or, with no rows, a sentence
    /// that says so), the tables under one header: a terminal lines their
    /// columns up, so that every table is as wide.
    fn sections(&mut self, header: &[&str], sections: &[Section], fit: &[usize]) {
        for (title, rows, empty) in sections {
            self.heading(2, title);
            match rows.is_empty() {
                true => self.paragraph(0, &(*empty).into()),
                false => self.table(header, rows, fit),
            }
        }
    }
    fn bullets(&mut self, items: &[Line]);
    fn numbered(&mut self, items: &[Line]);
    /// Things to do, each with a box to tick.
    fn checklist(&mut self, items: &[Line]);
    /// Terms, each with a text about it.
    fn described(&mut self, items: &[(Line, Line)]);
    /// Texts, each labelled with the kind of text it is.
    fn labelled(&mut self, items: &[(&str, Line)]);
    /// Changes, each with a sign (none for a value that moved), what changed,
    /// and how.
    fn changes(&mut self, items: &[(Option<Sign>, &str, Line)]);
    /// Code in a named language, set as it is.
    fn code(&mut self, language: &str, code: &str);
    /// Lines set as they are, one each.
    fn lines(&mut self, lines: &[String]);
    /// Lines of problems or advice, each behind the place it is about
    /// (`file:line:column`), as `place: text`, or the text alone where the
    /// place is empty (a summary); a terminal sets the place in bold, as
    /// compilers do.
    fn located(&mut self, lines: &[(String, String)]) {
        let joined: Vec<String> = (lines.iter())
            .map(|(place, text)| match place.is_empty() {
                true => text.clone(),
                false => format!("{place}: {text}"),
            })
            .collect();
        self.lines(&joined);
    }
}

/// Whether a thing is gained, dropped or kept between two levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    Gained,
    Dropped,
    Kept,
}

impl Sign {
    pub fn word(self) -> &'static str {
        match self {
            Sign::Gained => "gained",
            Sign::Dropped => "dropped",
            Sign::Kept => "kept",
        }
    }

    pub fn mark(self) -> char {
        match self {
            Sign::Gained => '+',
            Sign::Dropped => '-',
            Sign::Kept => '=',
        }
    }
}

/// One piece of inline text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span<'a> {
    Text(Cow<'a, str>),
    /// An id: code in Markdown, plain on a terminal.
    Code(Cow<'a, str>),
    /// Strong emphasis in Markdown; plain on a terminal.
    Strong(Vec<Span<'a>>),
    /// A part a search matched: strong in Markdown, bold red on a colour terminal.
    Match(&'a str),
    /// A link: `[text](url)` in Markdown for web addresses and `#anchors`, the
    /// text alone otherwise; `text <url>` on a terminal.
    Link {
        text: Cow<'a, str>,
        url: &'a str,
    },
    /// A web address shown as it is: `<url>`.
    Url(&'a str),
    /// A sign: a word in Markdown, a mark on a terminal (coloured when allowed).
    Sign(Sign),
    /// A level: its id on a terminal, tersely; its name in Markdown, which a
    /// person publishes, linked to its section when `anchor` says where.
    Level {
        id: &'a str,
        name: &'a str,
        anchor: Option<String>,
    },
    /// A level named in full: `Name (id)` on a terminal, the name alone in
    /// Markdown.
    Named {
        id: &'a str,
        name: &'a str,
    },
    /// A skill by its name, which the web site links to the skill's page.
    Skill {
        id: &'a str,
        name: &'a str,
    },
}

/// Inline text: a run of spans.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Line<'a>(pub Vec<Span<'a>>);

impl<'a> Line<'a> {
    pub fn new() -> Self {
        Line(Vec::new())
    }

    /// Plain text.
    pub fn text(text: impl Into<Cow<'a, str>>) -> Self {
        // Room for the spans most lines go on to get, rather than growing
        // one at a time.
        let mut spans = Vec::with_capacity(4);
        spans.push(Span::Text(text.into()));
        Line(spans)
    }

    /// A thing with its id: `Name (id)`.
    pub fn named(name: &'a str, id: &'a str) -> Self {
        Line::text(name).plain(" (").code(id).plain(")")
    }

    /// Ids joined by `separator`.
    pub fn codes<S: AsRef<str> + ?Sized + 'a>(
        ids: impl IntoIterator<Item = &'a S>,
        separator: &'a str,
    ) -> Self {
        let mut line = Line::new();
        for (i, id) in ids.into_iter().enumerate() {
            if i > 0 {
                line = line.plain(separator);
            }
            line = line.code(id.as_ref());
        }
        line
    }

    pub fn plain(mut self, text: impl Into<Cow<'a, str>>) -> Self {
        self.0.push(Span::Text(text.into()));
        self
    }

    pub fn code(mut self, id: impl Into<Cow<'a, str>>) -> Self {
        self.0.push(Span::Code(id.into()));
        self
    }

    pub fn strong(mut self, inner: Line<'a>) -> Self {
        self.0.push(Span::Strong(inner.0));
        self
    }

    pub fn span(mut self, span: Span<'a>) -> Self {
        self.0.push(span);
        self
    }

    /// This line followed by `other`.
    pub fn then(mut self, other: Line<'a>) -> Self {
        self.0.extend(other.0);
        self
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> From<&'a str> for Line<'a> {
    fn from(text: &'a str) -> Self {
        Line::text(text)
    }
}

impl From<String> for Line<'_> {
    fn from(text: String) -> Self {
        Line::text(text)
    }
}

/// Whether `url` is a web address, which a backend with links makes one.
pub fn is_web(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}
