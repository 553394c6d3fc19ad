//! `ladder show --format markdown`: one level as a section, also used by `export`.

use super::{heading, inline, level_name, table};
use crate::model::{Category, Text};
use crate::output::text::{coding, span};
use crate::report::LevelView;

/// The level as a Markdown section whose heading has `depth` hashes.
pub fn render(view: &LevelView, depth: usize) -> String {
    let level = view.level;
    let ids = |ids: &[Text]| {
        if ids.is_empty() {
            "—".to_string()
        } else {
            ids.iter()
                .map(|i| format!("`{}`", inline(i)))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let mut out = heading(depth, &level_name(&level.name, &level.id));
    out.push_str(&format!("{}\n\n", inline(&level.role)));
    if let Some(summary) = &level.summary {
        out.push_str(&format!("{}\n\n", inline(summary)));
    }
    let facts = [
        (
            "Track",
            format!(
                "{} (`{}`)",
                inline(&view.track.name),
                inline(&view.track.id)
            ),
        ),
        ("Scope", inline(&level.scope)),
        ("Coding", coding(level.coding)),
        ("Span", span(level.span)),
        ("Reports to", ids(&level.reports_to)),
        ("Next", ids(&level.next)),
        ("Lateral", ids(&level.lateral)),
        ("Aliases", ids(&level.aliases)),
    ];
    out.push_str(&table(
        &["", ""],
        facts.into_iter().map(|(k, v)| vec![format!("**{k}**"), v]),
    ));
    out.push('\n');
    out.push_str(&heading(depth + 1, "Responsibilities"));
    for duty in &level.responsibilities {
        let detail = duty
            .detail
            .as_deref()
            .map(|d| format!(": {}", inline(d)))
            .unwrap_or_default();
        out.push_str(&format!("- **{}**{detail}\n", inline(&duty.name)));
    }
    out.push('\n');
    out.push_str(&heading(depth + 1, "Skills"));
    for category in Category::ALL {
        let names: Vec<String> = view
            .skills
            .iter()
            .filter(|s| s.category == category)
            .map(|s| inline(&s.name))
            .collect();
        if !names.is_empty() {
            out.push_str(&format!(
                "- **{}**: {}\n",
                category.as_str(),
                names.join(", ")
            ));
        }
    }
    out.push('\n');
    if let Some(shift) = &level.shift {
        out.push_str(&heading(depth + 1, "Skill shift"));
        out.push_str(&format!("{}\n\n", inline(shift)));
    }
    if !level.pitfalls.is_empty() {
        out.push_str(&heading(depth + 1, "Pitfalls"));
        out.extend(level.pitfalls.iter().map(|p| format!("- {}\n", inline(p))));
        out.push('\n');
    }
    if !view.sources.is_empty() {
        out.push_str(&heading(depth + 1, "Sources"));
        for source in &view.sources {
            match source
                .url
                .as_deref()
                .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
            {
                Some(url) => out.push_str(&format!(
                    "- [{}](<{}>)\n",
                    inline(&source.title),
                    url.replace(['<', '>', ' ', '\n'], "")
                )),
                None => out.push_str(&format!("- {}\n", inline(&source.title))),
            }
        }
        out.push('\n');
    }
    out.pop();
    out
}
