//! separate-group: levels no chain of promotions and lateral moves joins to
//! the rest of the ladder, which a route (`path`, `plan`, `assess`) can then
//! never cross into.

use super::graph::groups;
use super::{Finding, Place, level_at};
use crate::ladder::CheckedLadder;
use crate::ladder::hash::{HashMap, HashMapExt};

/// One finding for each group of levels joined to each other but to nothing
/// else, at its first level in the file, but for the largest group (the
/// first of the largest, when several are as large): the rest of the
/// ladder. A group `unreachable-level` reports a level of already is left to
/// that rule.
pub(super) fn separate_groups(ladder: &CheckedLadder, found: &mut Vec<Finding>) {
    let group = groups(ladder, |_| true);
    // Each group's size and first level, in file order.
    let mut groups: HashMap<usize, (usize, usize)> = HashMap::new();
    for (l, &g) in group.iter().enumerate() {
        groups.entry(g).or_insert((0, l)).0 += 1;
    }
    if groups.len() < 2 {
        return;
    }
    let main = (groups.values())
        .max_by_key(|&&(size, first)| (size, std::cmp::Reverse(first)))
        .map(|&(_, first)| group[first]);
    let reported: Vec<usize> = (found.iter())
        .filter(|f| f.rule == "unreachable-level")
        .filter_map(|f| match &f.at {
            Place::Value(at) => level_of(&at.to_string()),
            Place::Text { .. } => None,
        })
        .map(|l| group[l])
        .collect();
    let mut apart: Vec<(usize, usize)> = (groups.iter())
        .filter(|&(g, _)| Some(*g) != main && !reported.contains(g))
        .map(|(_, &(size, first))| (first, size))
        .collect();
    apart.sort_unstable();
    let main_level = main.map_or("", |g| ladder.levels()[groups[&g].1].id.as_str());
    for (first, size) in apart {
        let level = &ladder.levels()[first].id;
        let with = match size {
            1 => String::new(),
            2 => " and the level joined to it".to_string(),
            n => format!(" and the {} levels joined to it", n - 1),
        };
        found.push(Finding {
            rule: "separate-group",
            at: Place::Value(level_at(first).key("id")),
            message: format!(
                "level '{level}'{with} is joined to the rest of the ladder by no promotion or lateral move, so no route reaches it from '{main_level}'; add a lateral move where people move between them"
            ),
        });
    }
}

/// The level `levels[N]…` of a pointer names, N.
fn level_of(pointer: &str) -> Option<usize> {
    let rest = pointer.strip_prefix("levels[")?;
    rest[..rest.find(']')?].parse().ok()
}
