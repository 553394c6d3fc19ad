//! `ladder diff --format markdown`.

use super::{direction_and_route, heading, inline, level_name, table};
use crate::diff::{Delta, Diff};
use crate::model::Category;
use crate::output::text::{coding, span};

pub fn render(diff: &Diff) -> String {
    let mut out = heading(
        1,
        &format!(
            "{} → {}",
            level_name(diff.from.name, diff.from.id),
            level_name(diff.to.name, diff.to.id)
        ),
    );
    out.push_str(&direction_and_route(diff.direction.as_str(), &diff.path));
    let c = &diff.changes;
    let rows = [
        (
            "Role",
            c.role.changed(),
            inline(c.role.from),
            inline(c.role.to),
        ),
        (
            "Scope",
            c.scope.changed(),
            inline(c.scope.from),
            inline(c.scope.to),
        ),
        (
            "Coding",
            c.coding.changed(),
            coding(c.coding.from),
            coding(c.coding.to),
        ),
        ("Span", c.span.changed(), span(c.span.from), span(c.span.to)),
        (
            "Track",
            c.track.changed(),
            inline(c.track.from),
            inline(c.track.to),
        ),
    ];
    out.push_str(&table(
        &["Change", "From", "To"],
        rows.into_iter()
            .filter(|r| r.1)
            .map(|(n, _, a, b)| vec![n.to_string(), a, b]),
    ));
    out.push('\n');
    out.push_str(&heading(2, "Skills"));
    out.push_str(&marked(&diff.skills, |s| {
        format!("{} ({})", inline(s.name), s.category.as_str())
    }));
    let mix: Vec<String> = Category::ALL
        .iter()
        .zip(&diff.skill_mix.0)
        .map(|(c, m)| format!("{} {} → {}", c.as_str(), m.from, m.to))
        .collect();
    out.push_str(&format!("\nMix: {}\n\n", mix.join(", ")));
    out.push_str(&heading(2, "Responsibilities"));
    out.push_str(&marked(&diff.responsibilities, |r| inline(r.name)));
    if !diff.shifts.is_empty() {
        out.push('\n');
        out.push_str(&heading(2, "Shifts along the route"));
        out.extend(
            diff.shifts
                .iter()
                .map(|s| format!("- **`{}`**: {}\n", s.level, inline(s.text))),
        );
    }
    out
}

/// A bullet list: gained, dropped, then kept items, each with its word.
fn marked<T>(delta: &Delta<T>, name: impl Fn(&T) -> String) -> String {
    let mut out = String::new();
    for (word, items) in [
        ("gained", &delta.gained),
        ("dropped", &delta.dropped),
        ("kept", &delta.kept),
    ] {
        out.extend(
            items
                .iter()
                .map(|item| format!("- {word}: {}\n", name(item))),
        );
    }
    if out.is_empty() {
        out.push_str("- none\n");
    }
    out
}
