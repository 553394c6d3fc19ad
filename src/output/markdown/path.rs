//! `ladder path --format markdown`.

use super::{capitalised, heading, inline, level_name};
use crate::journey::{Journey, Shift};
use crate::output::text::changed_fields;

pub fn render(journey: &Journey) -> String {
    let (from, to) = (&journey.from, &journey.to);
    let mut out = heading(
        1,
        &format!(
            "{} → {}",
            level_name(from.name, from.id),
            level_name(to.name, to.id)
        ),
    );
    let steps = journey.steps.len();
    out.push_str(&format!(
        "**Direction:** {}, {steps} step{}\n\n",
        journey.direction.as_str(),
        if steps == 1 { "" } else { "s" }
    ));
    for (n, step) in journey.steps.iter().enumerate() {
        out.push_str(&heading(
            2,
            &format!(
                "{}. `{}` → `{}` ({})",
                n + 1,
                step.from.id,
                step.to.id,
                step.direction.as_str()
            ),
        ));
        if let Some(fork) = &step.fork {
            let options: Vec<String> = fork
                .options
                .iter()
                .map(|o| level_name(o.name, o.id))
                .collect();
            out.push_str(&format!(
                "Fork at `{}`: {}; this route takes `{}`.\n\n",
                fork.level,
                options.join(" or "),
                fork.taken
            ));
        }
        out.push_str(&changes(&step.shift));
        out.push('\n');
    }
    out.push_str(&heading(2, "Totals"));
    out.push_str(&changes(&journey.totals));
    out
}

fn changes(shift: &Shift) -> String {
    let mut out = String::new();
    for (label, names) in shift.lists() {
        let names: Vec<String> = names.into_iter().map(inline).collect();
        out.push_str(&format!(
            "- **{}:** {}\n",
            capitalised(label),
            names.join(", ")
        ));
    }
    for (field, from, to) in changed_fields(shift) {
        out.push_str(&format!(
            "- **{}:** {} → {}
",
            capitalised(field),
            inline(&from),
            inline(&to)
        ));
    }
    if out.is_empty() {
        out.push_str("- no change\n");
    }
    out
}
