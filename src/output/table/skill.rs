//! `ladder skill` for people: one skill's trail, or the catalogue.

use super::{cell, finish, fit, grid, pairs};
use crate::diff::LevelRef;
use crate::output::Style;
use crate::output::text::heading;
use crate::trail::{Entry, Trail};

pub fn trail(trail: &Trail, style: &Style) -> String {
    let skill = &trail.skill;
    let title = format!("{} ({}), {}", skill.name, skill.id, skill.category.as_str());
    let mut out = format!("{}\n", heading(&title, style.color));
    let names = |levels: &[LevelRef]| match levels {
        [] => "—".to_string(),
        levels => levels.iter().map(|l| l.id).collect::<Vec<_>>().join(", "),
    };
    let dropped = match trail.dropped.as_slice() {
        [] => "—".to_string(),
        all => all
            .iter()
            .map(|d| format!("{} (after {})", d.level.id, d.after.join(", ")))
            .collect::<Vec<_>>()
            .join(", "),
    };
    let count = format!(
        "{} level{}",
        trail.levels.len(),
        if trail.levels.len() == 1 { "" } else { "s" }
    );
    let rows = [
        ("Needed by", format!("{} ({count})", names(&trail.levels))),
        ("First at", names(&trail.first)),
        ("Dropped at", dropped),
    ];
    out.push_str(&pairs(style, rows));
    out
}

pub fn catalogue(entries: &[Entry], style: &Style) -> String {
    let mut table = grid(style, &["ID", "NAME", "CATEGORY", "LEVELS"]);
    for entry in entries {
        let s = &entry.skill;
        table.add_row([
            cell(s.id),
            cell(s.name),
            cell(s.category.as_str()),
            cell(&entry.levels.to_string()),
        ]);
    }
    fit(&mut table, &[0, 2, 3]);
    finish(&table)
}
