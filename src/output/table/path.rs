//! `ladder path` for people: one block a step, then the totals.

use super::{pairs, section};
use crate::journey::{Journey, Shift};
use crate::output::Style;
use crate::output::text::{changed_fields, escape, hang, heading, wrap};

pub fn render(journey: &Journey, style: &Style) -> String {
    let (from, to) = (&journey.from, &journey.to);
    let steps = journey.steps.len();
    let title = format!("{} ({}) → {} ({})", from.name, from.id, to.name, to.id);
    let mut out = format!("{}\n", heading(&title, style.color));
    let summary = format!(
        "{}, {steps} step{}",
        journey.direction.as_str(),
        if steps == 1 { "" } else { "s" }
    );
    out.push_str(&pairs(style, [("Direction", summary)]));
    for (n, step) in journey.steps.iter().enumerate() {
        let title = format!(
            "{}. {} → {} ({})",
            n + 1,
            step.from.id,
            step.to.id,
            step.direction.as_str()
        );
        section(&mut out, &title, style);
        if let Some(fork) = &step.fork {
            let options: Vec<String> = fork
                .options
                .iter()
                .map(|o| format!("{} ({})", o.name, o.id))
                .collect();
            let text = format!(
                "fork at {}: {}; this route takes {}",
                fork.level,
                options.join(" or "),
                fork.taken
            );
            out.push_str(&wrap(&text, style.width, "   "));
        }
        out.push_str(&changes(&step.shift, style));
    }
    section(&mut out, "Totals", style);
    out.push_str(&changes(&journey.totals, style));
    out
}

/// The lines of one shift: skills and responsibilities gained and dropped, and
/// the coding share and scope where they change.
fn changes(shift: &Shift, style: &Style) -> String {
    let mut out = String::new();
    for (label, names) in shift.lists() {
        let mark = if label.ends_with("gained") { '+' } else { '-' };
        let text = format!(
            "{mark} {}: {}",
            label.split(' ').next().unwrap_or(label),
            names.join(", ")
        );
        out.push_str(&hang(&text, style.width, "   ", "     "));
    }
    for (field, from, to) in changed_fields(shift) {
        out.push_str(&format!(
            "   {field}: {} → {}
",
            escape(&from),
            escape(&to)
        ));
    }
    if out.is_empty() {
        out.push_str("   no change\n");
    }
    out
}
