//! `ladder show` as sections of text, readable at 80 columns.

use super::{columns, pairs, section};
use crate::model::{Category, Text};
use crate::output::Style;
use crate::output::text::{coding, hang_after, heading, span, wrap};
use crate::report::LevelView;

pub fn render(view: &LevelView, style: &Style) -> String {
    let level = view.level;
    let list = |ids: &[Text]| {
        if ids.is_empty() {
            "—".to_string()
        } else {
            ids.join(", ")
        }
    };
    let mut out = heading(&format!("{} ({})", level.name, level.id), style.color);
    out.push('\n');
    out.push_str(&wrap(&level.role, style.width, ""));
    out.push('\n');
    let facts = pairs(
        style,
        [
            ("Track", format!("{} ({})", view.track.name, view.track.id)),
            ("Scope", level.scope.to_string()),
            ("Coding", coding(level.coding)),
            ("Span", span(level.span)),
            ("Reports to", list(&level.reports_to)),
            ("Next", list(&level.next)),
            ("Lateral", list(&level.lateral)),
            ("Aliases", list(&level.aliases)),
        ],
    );
    out.push_str(&facts);
    if let Some(summary) = &level.summary {
        out.push('\n');
        out.push_str(&wrap(summary, style.width, ""));
    }
    section(&mut out, "Responsibilities", style);
    let duties: Vec<[&str; 2]> = level
        .responsibilities
        .iter()
        .map(|duty| [duty.name.as_str(), duty.detail.as_deref().unwrap_or("")])
        .collect();
    out.push_str(&columns(style, ["RESPONSIBILITY", "DETAIL"], &duties));
    section(&mut out, "Skills", style);
    let by_category = Category::ALL.iter().filter_map(|&category| {
        let names: Vec<&str> = view
            .skills
            .iter()
            .filter(|s| s.category == category)
            .map(|s| s.name.as_str())
            .collect();
        (!names.is_empty()).then(|| (category.as_str(), names.join(", ")))
    });
    out.push_str(&pairs(style, by_category));
    if let Some(shift) = &level.shift {
        section(&mut out, "Skill shift", style);
        out.push_str(&wrap(shift, style.width, "  "));
    }
    if !level.pitfalls.is_empty() {
        section(&mut out, "Pitfalls", style);
        for pitfall in &level.pitfalls {
            bullet(&mut out, pitfall, style);
        }
    }
    if !view.sources.is_empty() {
        section(&mut out, "Sources", style);
        for source in &view.sources {
            let url = source
                .url
                .as_deref()
                .map(|u| format!(" <{u}>"))
                .unwrap_or_default();
            bullet(&mut out, &format!("{}{url}", source.title), style);
        }
    }
    out
}

/// `text` as a bullet: `  • first line`, later lines indented under the text.
fn bullet(out: &mut String, text: &str, style: &Style) {
    hang_after(out, "  • ", text, style.width, "    ");
}
