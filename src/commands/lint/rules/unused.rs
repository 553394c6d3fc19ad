//! unused-entry: a track no level is on, a skill no level asks for, a
//! category no skill is in: entries of the file's lists that nothing uses,
//! which `list`, `skill` and the site then show empty.

use super::{Finding, Place};
use crate::file::position::Pointer;
use crate::ladder::hash::HashSet;
use crate::ladder::{Category, CheckedLadder};

pub(super) fn unused_entries(ladder: &CheckedLadder, found: &mut Vec<Finding>) {
    let levels = ladder.levels();
    let on: HashSet<&str> = levels.iter().map(|l| l.track.as_str()).collect();
    let asked: HashSet<&str> = (levels.iter())
        .flat_map(|l| l.skills.iter().map(|s| s.as_str()))
        .collect();
    let held: HashSet<&str> = ladder
        .skills()
        .iter()
        .map(|s| s.category.as_str())
        .collect();
    let mut unused = |list: &'static str, i: usize, message: String| {
        found.push(Finding {
            rule: "unused-entry",
            at: Place::Value(Pointer::root().key(list).index(i).key("id")),
            message,
        });
    };
    for (i, track) in ladder.tracks().iter().enumerate() {
        if !on.contains(track.id.as_str()) {
            let id = &track.id;
            unused(
                "tracks",
                i,
                format!("track '{id}' has no level on it; put levels on it or take it out"),
            );
        }
    }
    for (i, skill) in ladder.skills().iter().enumerate() {
        if !asked.contains(skill.id.as_str()) {
            let id = &skill.id;
            unused(
                "skills",
                i,
                format!(
                    "skill '{id}' is asked for by no level; add it to the levels that need it or take it out"
                ),
            );
        }
    }
    // A file that lists no categories has the four it may use, not its own
    // (one that lists just those four is read the same); a ladder of no
    // skills keeps categories as headings of its duties (an `ft` import's
    // themes), not for skills.
    let own = match ladder.categories() {
        listed if listed == Category::defaults() || ladder.skills().is_empty() => &[][..],
        listed => listed,
    };
    for (i, category) in own.iter().enumerate() {
        if !held.contains(category.id.as_str()) {
            let id = &category.id;
            unused(
                "categories",
                i,
                format!("category '{id}' has no skill in it; add skills to it or take it out"),
            );
        }
    }
}
