//! separate-group: levels no chain of promotions and lateral moves joins to
//! the rest of the ladder, which a route (`path`, `plan`, `assess`) can then
//! never cross into.

use super::graph::groups;
use super::reach::starts;
use super::{Finding, Place, level_at};
use crate::ladder::CheckedLadder;
use crate::ladder::hash::{HashMap, HashMapExt, HashSet};

/// One finding for each group of levels joined to each other but to nothing
/// else, at its first level in the file, but for the largest group (the
/// first of the largest, when several are as large): the rest of the
/// ladder. A group with no start whose track has levels in another group
/// is cut off from them, which `unreachable-level` says.
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
    // A group with no start whose track goes on in another group is cut
    // off from it, which unreachable-level says of each of its levels; this
    // rule speaks of groups apart, whatever that rule is allowed.
    let started: HashSet<usize> = starts(ladder).values().map(|&l| group[l]).collect();
    let mut groups_of: HashMap<&str, HashSet<usize>> = HashMap::new();
    for (l, level) in ladder.levels().iter().enumerate() {
        (groups_of.entry(level.track.as_str()).or_default()).insert(group[l]);
    }
    let spread: HashSet<usize> = (groups_of.values())
        .filter(|of| of.len() > 1)
        .flatten()
        .copied()
        .collect();
    let cut_off = |g: &usize| spread.contains(g) && !started.contains(g);
    let mut apart: Vec<(usize, usize)> = (groups.iter())
        .filter(|&(g, _)| Some(*g) != main && !cut_off(g))
        .map(|(_, &(size, first))| (first, size))
        .collect();
    apart.sort_unstable();
    let main_level = main.map_or("", |g| ladder.levels()[groups[&g].1].id.as_str());
    for (first, size) in apart {
        let level = &ladder.levels()[first].id;
        let (what, them) = match size {
            1 => (format!("level '{level}' is"), "it"),
            2 => (
                format!("level '{level}' and the level joined to it are"),
                "them",
            ),
            n => (
                format!("level '{level}' and the {} levels joined to it are", n - 1),
                "them",
            ),
        };
        found.push(Finding {
            rule: "separate-group",
            at: Place::Value(level_at(first).key("id")),
            message: format!(
                "{what} joined to the rest of the ladder by no promotion or lateral move, so no route reaches {them} from '{main_level}'; add a lateral move where people move between them"
            ),
        });
    }
}
