//! `ladder list` as one table per track.

use super::{cell, finish, fit, grid};
use crate::output::Style;
use crate::output::text::{coding, heading};
use crate::report::TrackRows;

pub fn render(groups: &[TrackRows], style: &Style) -> String {
    let mut out = String::new();
    for group in groups {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&heading(
            &format!("{} ({})", group.track.name, group.track.id),
            style.color,
        ));
        out.push('\n');
        let mut table = grid(style, &["ID", "NAME", "SCOPE", "CODING", "ROLE"]);
        for row in &group.rows {
            let cells = [row.id, row.name, row.scope].map(cell);
            table.add_row(
                cells
                    .into_iter()
                    .chain([cell(&coding(row.coding)), cell(row.role)]),
            );
        }
        fit(&mut table, &[0, 2, 3]);
        out.push_str(&finish(&table));
    }
    out
}
