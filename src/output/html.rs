//! The HTML backend, for the published site: every layout that a terminal or
//! Markdown shows, as HTML. Text is escaped by construction: nothing from a
//! ladder file becomes markup, and links go only to web addresses, to the
//! site's own pages and to anchors.

use std::fmt::Write as _;

use super::markup::{Line, Markup, Sign, Span, is_web};
use super::paragraphs::paragraphs;
use super::svg::xml_into;

pub struct Html<'l> {
    out: String,
    /// How a page of this site reaches the level pages: `levels/` from the
    /// top, nothing from a level page.
    levels: String,
    /// The ids that have a page: a role outside the ladder has none.
    pages: &'l crate::ladder::hash::HashSet<String>,
    /// How many levels down the layout's headings go: a layout placed under
    /// a page's own heading starts one below it.
    below: usize,
    /// How a page reaches the skill pages, when skills link to them.
    skills: Option<String>,
    /// Whether an id in code that has a level page links to it, in a
    /// table's first column (a table of levels by id), and whether such a
    /// cell is being written.
    linked_ids: bool,
    in_first_cell: bool,
}

impl<'l> Html<'l> {
    pub fn new(levels: &str, pages: &'l crate::ladder::hash::HashSet<String>) -> Self {
        Html {
            out: String::new(),
            levels: levels.to_string(),
            pages,
            below: 0,
            skills: None,
            linked_ids: false,
            in_first_cell: false,
        }
    }

    /// The same backend with skills linked to their pages at `prefix`.
    #[must_use]
    pub fn skills_at(mut self, prefix: &str) -> Self {
        self.skills = Some(prefix.to_string());
        self
    }

    /// The same backend with level ids in code, in a table's first column,
    /// linked to the levels' pages.
    #[must_use]
    pub fn linked_ids(mut self) -> Self {
        self.linked_ids = true;
        self
    }

    /// The same backend with every heading `depth` levels further down.
    #[must_use]
    pub fn below(mut self, depth: usize) -> Self {
        self.below = depth;
        self
    }

    pub fn finish(self) -> String {
        self.out
    }

    fn spans(&self, out: &mut String, spans: &[Span]) {
        for span in spans {
            match span {
                Span::Text(text) => xml_into(out, text),
                Span::Code(id)
                    if self.linked_ids
                        && self.in_first_cell
                        && self.pages.contains(id.as_ref()) =>
                {
                    out.push_str("<a href=\"");
                    out.push_str(&self.levels);
                    xml_into(out, id);
                    out.push_str(".html\"><code>");
                    xml_into(out, id);
                    out.push_str("</code></a>");
                }
                Span::Code(id) => {
                    out.push_str("<code>");
                    xml_into(out, id);
                    out.push_str("</code>");
                }
                // Skill ids follow the id rule, so they are safe in an address.
                Span::Skill { id, name } => match &self.skills {
                    Some(prefix) => {
                        out.push_str("<a href=\"");
                        out.push_str(prefix);
                        xml_into(out, id);
                        out.push_str(".html\">");
                        name_into(out, name);
                        out.push_str("</a>");
                    }
                    None => name_into(out, name),
                },
                Span::Strong(inner) => {
                    out.push_str("<strong>");
                    self.spans(out, inner);
                    out.push_str("</strong>");
                }
                Span::Match(text) => {
                    out.push_str("<mark>");
                    xml_into(out, text);
                    out.push_str("</mark>");
                }
                Span::Link { text, url } if is_web(url) || url.starts_with('#') => {
                    let _ = write!(out, "<a href=\"{}\">{}</a>", text_of(url), text_of(text));
                }
                Span::Link { text, .. } => xml_into(out, text),
                Span::Url(url) if is_web(url) => {
                    let _ = write!(out, "<a href=\"{0}\">{0}</a>", text_of(url));
                }
                Span::Url(url) => xml_into(out, url),
                Span::Sign(sign) => out.push_str(sign.word()),
                // Levels link to their pages; ids follow the id rule, so they
                // are safe in an address.
                Span::Level { id, name, .. } | Span::Named { id, name }
                    if self.pages.contains(*id) =>
                {
                    out.push_str("<a href=\"");
                    out.push_str(&self.levels);
                    xml_into(out, id);
                    out.push_str(".html\">");
                    name_into(out, name);
                    out.push_str("</a>");
                }
                Span::Level { name, .. } | Span::Named { name, .. } => name_into(out, name),
            }
        }
    }
}

/// A name from the ladder, set apart from the text around it: a name in a
/// right-to-left script beside another, with an arrow between them, would
/// otherwise be read in the other's order.
fn name_into(out: &mut String, name: &str) {
    out.push_str("<bdi>");
    xml_into(out, name);
    out.push_str("</bdi>");
}

/// Text as HTML character data or a quoted attribute value.
pub fn text_of(text: &str) -> String {
    super::svg::xml(text)
}

impl Markup for Html<'_> {
    fn heading(&mut self, depth: usize, text: &Line) {
        let depth = (depth + self.below).clamp(1, 6);
        self.wrap(&format!("<h{depth}>"), text, &format!("</h{depth}>\n"));
    }

    fn paragraph(&mut self, _indent: usize, text: &Line) {
        match paragraphs(text) {
            Some(parts) => (parts.iter()).for_each(|part| self.wrap("<p>", part, "</p>\n")),
            None => self.wrap("<p>", text, "</p>\n"),
        }
    }

    fn spacer(&mut self) {}

    fn facts(&mut self, rows: &[(&str, Line)]) {
        self.out.push_str("<dl class=\"facts\">\n");
        for (key, value) in rows {
            self.out.push_str("<dt>");
            xml_into(&mut self.out, key);
            self.wrap("</dt><dd>", value, "</dd>\n");
        }
        self.out.push_str("</dl>\n");
    }

    fn table(&mut self, header: &[&str], rows: &[Vec<Line>], _fit: &[usize]) {
        self.out
            .push_str("<div class=\"table\"><table>\n<thead><tr>");
        for cell in header {
            self.out.push_str("<th scope=\"col\">");
            xml_into(&mut self.out, cell);
            self.out.push_str("</th>");
        }
        self.out.push_str("</tr></thead>\n<tbody>\n");
        for row in rows {
            self.out.push_str("<tr>");
            for (i, cell) in row.iter().enumerate() {
                self.in_first_cell = i == 0;
                self.wrap("<td>", cell, "</td>");
            }
            self.in_first_cell = false;
            self.out.push_str("</tr>\n");
        }
        self.out.push_str("</tbody></table></div>\n");
    }

    fn bullets(&mut self, items: &[Line]) {
        self.list("ul", items);
    }

    fn numbered(&mut self, items: &[Line]) {
        self.list("ol", items);
    }

    fn checklist(&mut self, items: &[Line]) {
        self.list("ul", items);
    }

    fn described(&mut self, items: &[(Line, Line)]) {
        self.out.push_str("<dl>\n");
        for (term, text) in items {
            self.wrap("<dt>", term, "</dt>");
            self.block("<dd>", text, "</dd>\n");
        }
        self.out.push_str("</dl>\n");
    }

    fn labelled(&mut self, items: &[(&str, Line)]) {
        self.out.push_str("<ul>\n");
        for (label, text) in items {
            self.out.push_str("<li><em>");
            xml_into(&mut self.out, label);
            self.wrap("</em>: ", text, "</li>\n");
        }
        self.out.push_str("</ul>\n");
    }

    fn changes(&mut self, items: &[(Option<Sign>, &str, Line)]) {
        self.out.push_str("<ul class=\"changes\">\n");
        for (sign, what, how) in items {
            self.out.push_str("<li><strong>");
            xml_into(&mut self.out, what);
            if let Some(sign) = sign {
                self.out.push(' ');
                self.out.push_str(sign.word());
            }
            self.wrap("</strong> ", how, "</li>\n");
        }
        self.out.push_str("</ul>\n");
    }

    fn code(&mut self, _language: &str, code: &str) {
        self.out.push_str("<pre><code>");
        xml_into(&mut self.out, code);
        self.out.push_str("</code></pre>\n");
    }

    fn lines(&mut self, lines: &[String]) {
        for line in lines {
            self.out.push_str("<p>");
            xml_into(&mut self.out, line);
            self.out.push_str("</p>\n");
        }
    }
}

impl Html<'_> {
    fn list(&mut self, tag: &str, items: &[Line]) {
        let _ = writeln!(self.out, "<{tag}>");
        for item in items {
            self.block("<li>", item, "</li>\n");
        }
        let _ = writeln!(self.out, "</{tag}>");
    }

    /// `wrap`, of a text that may be several paragraphs: each in a `<p>`.
    fn block(&mut self, open: &str, line: &Line, close: &str) {
        let Some(parts) = paragraphs(line) else {
            return self.wrap(open, line, close);
        };
        self.out.push_str(open);
        parts.iter().for_each(|part| self.wrap("<p>", part, "</p>"));
        self.out.push_str(close);
    }

    /// `open`, the line's spans, `close`, written at the end of the page.
    fn wrap(&mut self, open: &str, line: &Line, close: &str) {
        let mut out = std::mem::take(&mut self.out);
        out.push_str(open);
        self.spans(&mut out, &line.0);
        out.push_str(close);
        self.out = out;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_links_go_only_where_they_may() {
        let pages = ["em".to_string()].into_iter().collect();
        let mut html = Html::new("levels/", &pages);
        let line = Line::text("<script>alert(1)</script>")
            .span(Span::Link {
                text: "x".into(),
                url: "javascript:alert(1)",
            })
            .span(Span::Level {
                id: "em",
                name: "E & M",
                anchor: None,
            });
        html.paragraph(0, &line);
        assert_eq!(
            html.finish(),
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;x<a href=\"levels/em.html\"><bdi>E &amp; M</bdi></a></p>\n"
        );
    }
}
