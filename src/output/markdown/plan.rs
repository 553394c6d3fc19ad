//! `ladder plan`: a transition plan as a Markdown checklist.

use super::{capitalised, direction_and_route, heading, inline, level_name};
use crate::plan::{Duty, Plan};

pub fn render(plan: &Plan) -> String {
    let (from, to) = (&plan.from, &plan.to);
    let mut out = heading(
        1,
        &format!(
            "Plan: {} → {}",
            level_name(from.name, from.id),
            level_name(to.name, to.id)
        ),
    );
    out.push_str(&direction_and_route(plan.direction.as_str(), &plan.path));
    out.push_str(&heading(2, "Responsibilities to take on"));
    out.push_str(&checklist(&plan.take_on));
    out.push_str(&heading(2, "Skills to build"));
    if plan.build.is_empty() {
        out.push_str("Nothing new.\n\n");
    }
    for group in &plan.build {
        out.push_str(&heading(3, &capitalised(group.category.as_str())));
        out.extend(
            group
                .skills
                .iter()
                .map(|s| format!("- [ ] {}\n", inline(s.name))),
        );
        out.push('\n');
    }
    out.push_str(&heading(2, "What to hand off"));
    out.push_str(&checklist(&plan.hand_off));
    out.push_str(&heading(2, "Pitfalls to avoid"));
    if plan.pitfalls.is_empty() {
        out.push_str("None recorded.\n\n");
    }
    out.extend(
        plan.pitfalls
            .iter()
            .map(|p| format!("- {} (`{}`)\n", inline(p.text), p.level.id)),
    );
    if !plan.pitfalls.is_empty() {
        out.push('\n');
    }
    out.push_str(&heading(2, "The shift, step by step"));
    if plan.steps.is_empty() {
        out.push_str("No step on the route records a shift.\n");
    }
    for (n, step) in plan.steps.iter().enumerate() {
        out.push_str(&format!(
            "{}. **{}**: {}\n",
            n + 1,
            level_name(step.level.name, step.level.id),
            inline(step.text)
        ));
    }
    out
}

fn checklist(duties: &[Duty]) -> String {
    if duties.is_empty() {
        return "Nothing.\n\n".to_string();
    }
    let mut out: String = duties
        .iter()
        .map(|d| match d.detail {
            Some(detail) => format!("- [ ] **{}**: {}\n", inline(d.name), inline(detail)),
            None => format!("- [ ] **{}**\n", inline(d.name)),
        })
        .collect();
    out.push('\n');
    out
}
