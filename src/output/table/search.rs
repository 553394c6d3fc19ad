//! `ladder search` for people: hits grouped by level, matches highlighted when
//! colour is on.

use super::section;
use crate::output::Style;
use crate::output::text::{hang, mark, unmark};
use crate::search::Found;

/// How wide the field names are set, the longest being `responsibility detail`.
const FIELD: usize = 22;

pub fn render(found: &Found, style: &Style) -> String {
    let mut out = String::new();
    for group in &found.levels {
        section(
            &mut out,
            &format!("{} ({})", group.level.name, group.level.id),
            style,
        );
        for hit in &group.hits {
            let marked = mark(hit.text, hit.matches.iter().map(|m| (m.start, m.end)));
            let first = format!("  {:<FIELD$}", hit.field);
            out.push_str(&hang(&marked, style.width, &first, &" ".repeat(FIELD + 2)));
        }
    }
    out.remove(0);
    let (start, end) = if style.color {
        ("\x1b[1;31m", "\x1b[0m")
    } else {
        ("", "")
    };
    unmark(&out, start, end)
}
