//! `ladder export`: the whole ladder as one Markdown page.

use super::{heading, inline, level, table};
use crate::output::mermaid;
use crate::output::text::coding;
use crate::report::Export;

pub fn render(export: &Export) -> String {
    let ladder = export.ladder;
    let mut out = heading(1, &inline(&ladder.title));
    if let Some(summary) = &ladder.summary {
        out.push_str(&format!("{}\n\n", inline(summary)));
    }
    out.push_str(&heading(2, "Overview"));
    let rows = export.levels.iter().map(|view| {
        let l = view.level;
        let name = format!("[{}](#{})", inline(&l.name), anchor(&l.name, &l.id));
        vec![
            format!("`{}`", l.id),
            name,
            inline(&view.track.name),
            inline(&l.scope),
            coding(l.coding),
            inline(&l.role),
        ]
    });
    out.push_str(&table(
        &["Id", "Level", "Track", "Scope", "Coding", "Role"],
        rows,
    ));
    out.push('\n');
    out.push_str(&heading(2, "Diagram"));
    out.push_str(&format!(
        "```mermaid\n{}```\n\n",
        mermaid::render(&export.graph)
    ));
    out.push_str(&heading(2, "Levels"));
    for view in &export.levels {
        out.push_str(&level::render(view, 3));
        out.push('\n');
    }
    if !ladder.sources.is_empty() {
        out.push_str(&heading(2, "Sources"));
        for source in &ladder.sources {
            let url = source
                .url
                .as_deref()
                .map(|u| format!(": <{}>", u.replace(['<', '>', ' ', '\n'], "")))
                .unwrap_or_default();
            out.push_str(&format!(
                "- `{}`: {}{url}\n",
                inline(&source.id),
                inline(&source.title)
            ));
        }
    }
    out
}

/// The anchor GitHub gives the heading `Name (`id`)`: lower case, punctuation
/// dropped, spaces as hyphens.
fn anchor(name: &str, id: &str) -> String {
    format!("{name} {id}")
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}
