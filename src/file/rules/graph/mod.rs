//! The promotion graph: `next` edges must not form a cycle, and every level gets
//! its depth (longest chain of promotions leading to it) and its neighbours.

use super::Checker;

/// How many members of a group of lateral peers a message names.
const GROUP_SHOWN: usize = 4;
use crate::file::position::Pointer;
use crate::ladder::hash::{HashMap, HashSet, HashSetExt};
use crate::ladder::{Level, Lists, Move, Text};

/// For each level, the targets of one of its edge lists that resolve, each with its
/// position in that list. Unknown ids were reported by the reference checks.
pub(crate) fn resolve<T: AsRef<str>>(
    levels: &[Level],
    list: impl Fn(&Level) -> &[T],
    ids: &HashMap<Text, usize>,
) -> Lists<(usize, usize)> {
    let mut resolved = Lists::with_capacity(levels.len(), levels.len());
    for level in levels {
        for (pos, id) in list(level).iter().enumerate() {
            if let Some(&target) = ids.get(id.as_ref()) {
                resolved.push((target, pos));
            }
        }
        resolved.close();
    }
    resolved
}

/// Lateral moves join levels of similar seniority: each level's group of peers,
/// named by its smallest member, found by union-find over `lateral` edges.
pub(crate) fn peer_groups(lateral: &Lists<(usize, usize)>) -> Vec<usize> {
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let mut parent: Vec<usize> = (0..lateral.len()).collect();
    for (level, targets) in lateral.iter().enumerate() {
        for &(target, _) in targets {
            let (a, b) = (root(&mut parent, level), root(&mut parent, target));
            parent[a.max(b)] = a.min(b);
        }
    }
    (0..lateral.len())
        .map(|level| root(&mut parent, level))
        .collect()
}

/// Reports every promotion that leads back to the same seniority (a cycle of
/// `next` edges, counting lateral peers as one) and returns each level's depth:
/// the longest chain of promotions leading to its group. Iterative, so a ladder
/// of any length cannot exhaust the stack.
pub(crate) fn depth(
    c: &mut Checker,
    levels: &[Level],
    next: &Lists<(usize, usize)>,
    group: &[usize],
    list: &Pointer,
) -> Option<Vec<u32>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    // Each group's name for messages (`staff/em`), made lazily: only messages need them.
    let names = std::cell::OnceCell::new();
    let name = |g: usize| -> String {
        let names: &Vec<Vec<&str>> = names.get_or_init(|| {
            let mut names = vec![Vec::new(); levels.len()];
            for (l, level) in levels.iter().enumerate() {
                names[group[l]].push(level.id.as_str());
            }
            names
        });
        let members = &names[g];
        // A large group is named by its first few members, so that a message
        // stays one short line however many levels share a seniority.
        match members.len() {
            n if n <= GROUP_SHOWN => members.join("/"),
            n => format!("{}/… ({n} levels)", members[..GROUP_SHOWN].join("/")),
        }
    };
    // Promotions between groups, each under the group it leaves: (target
    // group, level it leaves from, position in that level's `next`).
    let mut between = Vec::with_capacity(levels.len());
    let mut sound = true;
    for (level, targets) in next.iter().enumerate() {
        for &(target, pos) in targets {
            if group[target] != group[level] {
                between.push((group[level], (group[target], level, pos)));
            } else if target != level {
                sound = false;
                let (a, b) = (&levels[level].id, &levels[target].id);
                let beside = |x: usize, y: &Text| levels[x].lateral.iter().any(|l| &l.id == y);
                // Peers through other levels are told as such: the lateral
                // move to blame may be any of theirs.
                let message = match beside(level, b) || beside(target, a) {
                    true => format!(
                        "'{b}' is both a promotion and a lateral move away from '{a}' (peers: {}); lateral moves join levels of similar seniority",
                        name(group[level])
                    ),
                    false => format!(
                        "'{b}' is a promotion from '{a}', and also its peer through a chain of lateral moves (peers: {}); lateral moves join levels of similar seniority, so one of that chain's, or this promotion, is wrong",
                        name(group[level])
                    ),
                };
                c.report(list.index(level).key("next").index(pos), message);
            } else {
                sound = false; // a self-loop, reported with the reference checks
            }
        }
    }
    let out = Lists::by_list(levels.len(), &between);
    let mut mark = vec![Mark::New; levels.len()];
    let mut order = Vec::with_capacity(levels.len());
    for start in (0..levels.len()).filter(|&l| group[l] == l) {
        if mark[start] != Mark::New {
            continue;
        }
        // Each frame: a group and how many of its promotions have been followed.
        let mut stack = vec![(start, 0usize)];
        mark[start] = Mark::Open;
        while let Some(&mut (g, ref mut edge)) = stack.last_mut() {
            let Some(&(target, level, pos)) = out.get(g).get(*edge) else {
                mark[g] = Mark::Done;
                order.push(g);
                stack.pop();
                continue;
            };
            *edge += 1;
            match mark[target] {
                Mark::New => {
                    mark[target] = Mark::Open;
                    stack.push((target, 0));
                }
                Mark::Open => {
                    sound = false;
                    let from = stack.iter().position(|&(s, _)| s == target).unwrap_or(0);
                    let route = cycle_route(&stack[from..], target, name);
                    let at = list.index(level).key("next").index(pos);
                    c.report(
                        at,
                        format!(
                            "promotion cycle {route}; `next` must lead to more senior levels only"
                        ),
                    );
                }
                Mark::Done => {}
            }
        }
    }
    if !sound {
        return None;
    }
    // `order` lists every group after all its promotions: walk it backwards.
    let mut depth = vec![0u32; levels.len()];
    for &g in order.iter().rev() {
        for &(target, _, _) in out.get(g) {
            depth[target] = depth[target].max(depth[g] + 1);
        }
    }
    Some((0..levels.len()).map(|level| depth[group[level]]).collect())
}

/// The groups of a cycle as `a → b → c → a`; a long cycle shows its first and
/// last four steps around an ellipsis, so that its message stays one line.
fn cycle_route(cycle: &[(usize, usize)], back_to: usize, name: impl Fn(usize) -> String) -> String {
    const SHOWN: usize = 4;
    let groups: Vec<usize> = cycle.iter().map(|&(g, _)| g).chain([back_to]).collect();
    let named = |part: &[usize]| {
        part.iter()
            .map(|&g| name(g))
            .collect::<Vec<_>>()
            .join(" → ")
    };
    if groups.len() <= 2 * SHOWN + 1 {
        return named(&groups);
    }
    let hidden = groups.len() - 2 * SHOWN;
    format!(
        "{} → … ({hidden} more) … → {}",
        named(&groups[..SHOWN]),
        named(&groups[groups.len() - SHOWN..])
    )
}

/// Each level's neighbours: its promotions, its lateral moves (declared on either
/// side, in the order they are first declared), then the levels it is a
/// promotion from. For a ladder whose references all resolve, each once.
pub(crate) fn edges(
    next: &Lists<(usize, usize)>,
    lateral: &Lists<(usize, usize)>,
) -> Lists<(usize, Move)> {
    let mut entries = Vec::with_capacity(2 * next.parts().1.len() + 2 * lateral.parts().1.len());
    for (level, targets) in next.iter().enumerate() {
        entries.extend(targets.iter().map(|&(t, _)| (level, (t, Move::Up))));
    }
    // The moves added, each pair of levels once, lower level first: a move
    // both levels declare is added with the first of them.
    let mut added = HashSet::with_capacity(lateral.parts().1.len());
    for (level, targets) in lateral.iter().enumerate() {
        for &(target, _) in targets {
            if added.insert((level.min(target), level.max(target))) {
                entries.push((level, (target, Move::Across)));
                entries.push((target, (level, Move::Across)));
            }
        }
    }
    for (level, targets) in next.iter().enumerate() {
        entries.extend(targets.iter().map(|&(t, _)| (t, (level, Move::Down))));
    }
    Lists::by_list(next.len(), &entries)
}

#[cfg(test)]
mod tests;
