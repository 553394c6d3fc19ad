//! `ladder search --format markdown`: hits grouped by level, matches in bold.

use super::{heading, inline, level_name};
use crate::search::Found;

pub fn render(found: &Found) -> String {
    let mut out = String::new();
    for group in &found.levels {
        out.push_str(&heading(2, &level_name(group.level.name, group.level.id)));
        for hit in &group.hits {
            let (mut text, mut at) = (String::new(), 0);
            for m in &hit.matches {
                text.push_str(&inline(&hit.text[at..m.start]));
                text.push_str(&format!("**{}**", inline(&hit.text[m.start..m.end])));
                at = m.end;
            }
            text.push_str(&inline(&hit.text[at..]));
            out.push_str(&format!("- *{}*: {text}\n", hit.field));
        }
        out.push('\n');
    }
    out.pop();
    out
}
