//! `ladder diff` as text and tables: direction and route, what changes, the skills
//! and responsibilities gained, dropped and kept, and the shifts along the way.

use super::{columns, pairs, section};
use crate::diff::{Change, Delta, Diff};
use crate::model::Category;
use crate::output::Style;
use crate::output::text::{coding, escape, heading, span, wrap};

pub fn render(diff: &Diff, style: &Style) -> String {
    let title = format!(
        "{} ({}) → {} ({})",
        diff.from.name, diff.from.id, diff.to.name, diff.to.id
    );
    let mut out = format!("{}\n", heading(&title, style.color));
    let route = match diff.path.as_slice() {
        [] => "no route joins these levels".to_string(),
        path => escape(&path.join(" → ")).into_owned(),
    };
    out.push_str(&pairs(
        style,
        [
            ("Direction", diff.direction.as_str().to_string()),
            ("Route", route),
        ],
    ));

    let c = &diff.changes;
    let fields = [
        ("Role", text_change(&c.role)),
        ("Scope", text_change(&c.scope)),
        (
            "Coding",
            (
                c.coding.changed(),
                coding(c.coding.from),
                coding(c.coding.to),
            ),
        ),
        (
            "Span",
            (c.span.changed(), span(c.span.from), span(c.span.to)),
        ),
        ("Track", text_change(&c.track)),
    ];
    let mut changes = Vec::new();
    let mut unchanged = Vec::new();
    for (name, (changed, from, to)) in &fields {
        if *changed {
            changes.push([*name, from.as_str(), to.as_str()]);
        } else {
            unchanged.push(name.to_lowercase());
        }
    }
    out.push('\n');
    if !changes.is_empty() {
        out.push_str(&columns(style, ["CHANGES", "FROM", "TO"], &changes));
    }
    if !unchanged.is_empty() {
        out.push_str(&format!("Unchanged: {}\n", unchanged.join(", ")));
    }

    section(&mut out, "Skills", style);
    let mut skills = Vec::new();
    for (mark, items) in marked(&diff.skills) {
        skills.extend(items.iter().map(|s| [mark, s.name, s.category.as_str()]));
    }
    out.push_str(&paint_marks(
        columns(style, ["", "SKILL", "CATEGORY"], &skills),
        style,
    ));
    let mix = Category::ALL
        .iter()
        .zip(&diff.skill_mix.0)
        .map(|(category, m)| format!("{} {} → {}", category.as_str(), m.from, m.to));
    out.push_str(&wrap(
        &format!("Mix: {}", mix.collect::<Vec<_>>().join(", ")),
        style.width,
        "",
    ));

    section(&mut out, "Responsibilities", style);
    let mut duties = Vec::new();
    for (mark, items) in marked(&diff.responsibilities) {
        duties.extend(items.iter().map(|r| [mark, r.name]));
    }
    out.push_str(&paint_marks(
        columns(style, ["", "RESPONSIBILITY"], &duties),
        style,
    ));

    if !diff.shifts.is_empty() {
        section(&mut out, "Shifts along the route", style);
        for shift in &diff.shifts {
            out.push_str(&format!("  {}\n", heading(shift.level, style.color)));
            out.push_str(&wrap(shift.text, style.width, "    "));
        }
    }
    out
}

fn text_change(change: &Change<&str>) -> (bool, String, String) {
    (
        change.changed(),
        change.from.to_string(),
        change.to.to_string(),
    )
}

/// The three parts of a delta with the mark each is shown with.
fn marked<T>(delta: &Delta<T>) -> [(&'static str, &[T]); 3] {
    [
        ("+", &delta.gained),
        ("-", &delta.dropped),
        ("=", &delta.kept),
    ]
}

/// Gained items in green and dropped ones in red, when colour is on.
fn paint_marks(table: String, style: &Style) -> String {
    if !style.color {
        return table;
    }
    let paint = |line: &str| match line.strip_prefix(" +") {
        Some(rest) => format!(" \x1b[32m+\x1b[0m{rest}"),
        None => match line.strip_prefix(" -") {
            Some(rest) => format!(" \x1b[31m-\x1b[0m{rest}"),
            None => line.to_string(),
        },
    };
    table.lines().map(|line| paint(line) + "\n").collect()
}
