//! `ladder skill --format markdown`.

use super::{heading, inline, level_name, table};
use crate::diff::LevelRef;
use crate::trail::{Entry, Trail};

pub fn trail(trail: &Trail) -> String {
    let skill = &trail.skill;
    let mut out = heading(
        1,
        &format!(
            "{} (`{}`), {}",
            inline(skill.name),
            skill.id,
            skill.category.as_str()
        ),
    );
    let names = |levels: &[LevelRef]| match levels {
        [] => "none".to_string(),
        levels => levels
            .iter()
            .map(|l| level_name(l.name, l.id))
            .collect::<Vec<_>>()
            .join(", "),
    };
    out.push_str(&format!("- **Needed by:** {}\n", names(&trail.levels)));
    out.push_str(&format!("- **First at:** {}\n", names(&trail.first)));
    let dropped: Vec<String> = trail
        .dropped
        .iter()
        .map(|d| {
            format!(
                "{} (after {})",
                level_name(d.level.name, d.level.id),
                d.after
                    .iter()
                    .map(|a| format!("`{a}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect();
    out.push_str(&format!(
        "- **Dropped at:** {}\n",
        if dropped.is_empty() {
            "none".to_string()
        } else {
            dropped.join(", ")
        }
    ));
    out
}

pub fn catalogue(entries: &[Entry]) -> String {
    let rows = entries.iter().map(|e| {
        vec![
            format!("`{}`", e.skill.id),
            inline(e.skill.name),
            e.skill.category.as_str().to_string(),
            e.levels.to_string(),
        ]
    });
    table(&["Id", "Name", "Category", "Levels"], rows)
}
