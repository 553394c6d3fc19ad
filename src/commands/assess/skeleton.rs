//! `ladder assess init`: an assessment to fill in, every expectation of the
//! target listed and rated `not-yet`, grouped as `ladder plan` groups them.

use std::fmt::Write;

use crate::commands::plan;
use crate::file::{Origin, yaml};
use crate::ladder::CheckedLadder;
use crate::output::escape::escape;

/// The skeleton's text for the route from `level` to `target` of `ladder`,
/// read from `origin`.
pub fn skeleton(
    ladder: &CheckedLadder,
    origin: &Origin,
    (level, target): (usize, usize),
    person: Option<&str>,
) -> anyhow::Result<String> {
    let (from, to) = (ladder.level(level), ladder.level(target));
    let plan = plan::plan(ladder, level, target);
    let mut out = String::new();
    // Names are one line (the ladder rules say so), and each goes into a
    // comment escaped as on a terminal, where the skeleton is printed: no
    // control or bidirectional character of the ladder's reaches either.
    let (from_name, to_name) = (escape(&from.name), escape(&to.name));
    let _ = write!(
        out,
        "# yaml-language-server: $schema=assessment.schema.json\n\
         # Where you stand against {target}, for `ladder assess`.\n\
         # Rate each expectation not-yet, working-towards, meeting or exceeding,\n\
         # and list your evidence (text or links). `{run} THIS_FILE` shows\n\
         # what is still missing; `--format markdown` writes the {case}.\n\
         # Write the schema beside this file for your editor with\n\
         # `ladder schema assessment > assessment.schema.json`.\n\
         assessment: 1\n",
        target = to_name,
        case = super::case::case_name(plan.direction).to_lowercase(),
        // A ladder this file does not name is given to `--ladder` again.
        run = match names_its_ladder(origin) {
            true => "ladder assess",
            false => "ladder --ladder LADDER assess",
        },
    );
    if let Some(person) = person {
        let _ = writeln!(out, "person: {}", quoted(person)?);
    }
    // The ladder by its full path: the assessment may be written anywhere. A
    // pipe's name would not find it again, so it is left to `--ladder`.
    if names_its_ladder(origin)
        && let Origin::File(path) | Origin::Env(path) = origin
    {
        let full = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        let _ = writeln!(out, "ladder: {}", quoted(&full.display().to_string())?);
    }
    let _ = writeln!(
        out,
        "level: {}\ntarget: {}",
        quoted(&from.id)?,
        quoted(&to.id)?
    );
    out.push_str("# date: 2026-11-01        # when you made the assessment (optional)\nratings:\n");
    // Each id once (a duty and a skill may share one), quoted when YAML
    // would read it otherwise (an id such as `true` stays text).
    let mut written = crate::ladder::hash::HashSet::default();
    let mut rate = |out: &mut String, id: &str, name: &str| {
        if written.insert(id.to_string()) {
            let key = quoted(id).unwrap_or_else(|_| id.to_string());
            let name = escape(name);
            let _ = writeln!(out, "  {key}: {{rating: not-yet, evidence: []}}  # {name}");
        }
    };
    if !plan.take_on.is_empty() {
        let _ = writeln!(
            out,
            "  # To take on: responsibilities {to_name} has and {from_name} does not."
        );
        for duty in &plan.take_on {
            rate(&mut out, duty.id, duty.name);
        }
    }
    if !plan.build.is_empty() {
        let _ = writeln!(
            out,
            "  # To build: skills {to_name} asks for that {from_name} does not."
        );
        for group in &plan.build {
            let _ = writeln!(out, "  # {}", escape(group.name));
            for skill in &group.skills {
                rate(&mut out, skill.id, skill.name);
            }
        }
    }
    let taken: Vec<&str> = (plan.take_on.iter().map(|d| d.id))
        .chain(
            plan.build
                .iter()
                .flat_map(|g| g.skills.iter().map(|s| s.id)),
        )
        .collect();
    // A duty kept under its id but worded otherwise grows: said beside it.
    let grown: Vec<String> = (to.responsibilities.iter())
        .map(
            |d| match from.responsibilities.iter().find(|f| f.id == d.id) {
                Some(was) if was.name != d.name => format!("{} (was: {})", d.name, was.name),
                _ => d.name.to_string(),
            },
        )
        .collect();
    let kept: Vec<(&str, &str)> = (to.responsibilities.iter().zip(&grown))
        .map(|(d, name)| (d.id.as_str(), name.as_str()))
        .chain(
            to.skills
                .iter()
                .map(|id| (id.as_str(), ladder.skill(id).name.as_str())),
        )
        .filter(|(id, _)| !taken.contains(id))
        .collect();
    if !kept.is_empty() {
        let _ = writeln!(
            out,
            "  # To keep: what {to_name} asks for and {from_name} already does."
        );
        for (id, name) in kept {
            rate(&mut out, id, name);
        }
    }
    Ok(out)
}

/// `text` as a YAML scalar that reads back as itself.
fn quoted(text: &str) -> anyhow::Result<String> {
    Ok(yaml::to_string(&text)?.trim_end().to_string())
}

/// Whether a skeleton made against the ladder at `origin` names it, so that
/// `ladder assess` finds it again: a file does, by its full path; the
/// default ladder needs no name; a pipe or a git revision is not named, and
/// is given to `--ladder` again.
pub fn names_its_ladder(origin: &Origin) -> bool {
    match origin {
        Origin::File(path) | Origin::Env(path) => path.is_file(),
        Origin::Builtin => true,
        Origin::Stdin | Origin::Revision(_) => false,
    }
}
