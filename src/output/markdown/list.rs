//! `ladder list --format markdown`: a table per track.

use super::{heading, inline, table};
use crate::output::text::coding;
use crate::report::TrackRows;

pub fn render(groups: &[TrackRows]) -> String {
    let mut out = String::new();
    for group in groups {
        out.push_str(&heading(
            2,
            &format!("{} (`{}`)", inline(&group.track.name), group.track.id),
        ));
        let rows = group.rows.iter().map(|r| {
            vec![
                format!("`{}`", r.id),
                inline(r.name),
                inline(r.scope),
                coding(r.coding),
                inline(r.role),
            ]
        });
        out.push_str(&table(&["Id", "Name", "Scope", "Coding", "Role"], rows));
        out.push('\n');
    }
    out.pop();
    out
}
