//! `--format markdown`: reports as Markdown (CommonMark with GitHub tables) to
//! paste into documents. Untrusted text is escaped so it renders as written.

mod diff;
mod export;
mod level;
mod list;
mod path;
mod plan;
mod search;
mod skill;

use super::text;
use crate::report::Report;

pub fn render(report: &Report) -> String {
    match report {
        Report::List(groups) => list::render(groups),
        Report::Level(view) => level::render(view, 1),
        Report::Diff(diff) => diff::render(diff),
        Report::Path(journey) => path::render(journey),
        Report::Search(found) => search::render(found),
        Report::Skill(trail) => skill::trail(trail),
        Report::Catalogue(entries) => skill::catalogue(entries),
        Report::Graph(graph) => format!("```mermaid\n{}```\n", super::mermaid::render(graph)),
        Report::Plan(plan) => plan::render(plan),
        Report::Export(export) => export::render(export),
        Report::Validation(_) | Report::Text(_) => unreachable!("rendered as text"),
    }
}

/// `text` as inline Markdown: terminal controls escaped, line breaks folded, and
/// every character with a meaning in Markdown backslash-escaped.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text::escape(text).chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A GitHub table with a header row; cells are inline Markdown already.
pub fn table(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = format!(
        "| {} |\n|{}\n",
        header.join(" | "),
        "---|".repeat(header.len())
    );
    for row in rows {
        out.push_str(&format!("| {} |\n", row.join(" | ")));
    }
    out
}

/// A heading of `depth` hashes.
pub fn heading(depth: usize, text: &str) -> String {
    format!("{} {text}\n\n", "#".repeat(depth.clamp(1, 6)))
}

/// A level as `Name (`id`)`.
pub fn level_name(name: &str, id: &str) -> String {
    format!("{} (`{id}`)", inline(name))
}

/// `**Direction:** up · **Route:** `a` → `b``, the line under a comparison's title.
pub fn direction_and_route(direction: &str, path: &[&str]) -> String {
    let route = match path {
        [] => "no route joins these levels".to_string(),
        path => path
            .iter()
            .map(|id| format!("`{id}`"))
            .collect::<Vec<_>>()
            .join(" → "),
    };
    format!("**Direction:** {direction} · **Route:** {route}\n\n")
}

/// `word` with its first letter in upper case.
pub fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
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
        assert_eq!(inline("# not a heading"), "\\# not a heading");
    }

    #[test]
    fn tables_have_a_header_rule() {
        let t = table(&["A", "B"], [vec!["1".into(), "2".into()]]);
        assert_eq!(t, "| A | B |\n|---|---|\n| 1 | 2 |\n");
    }
}
