//! unreachable-level: levels that no chain of promotions and lateral moves
//! from where a track starts reaches.

use super::{Finding, Place, level_at};
use crate::ladder::hash::{HashMap, HashMapExt, HashSet, HashSetExt};
use crate::ladder::{CheckedLadder, Move};

/// A level nothing leads to that is not where its track starts: of a
/// track's levels no promotion leads to, the first that leads somewhere by
/// a promotion, wherever the file lists it; when none does, the track's first
/// level, unless the track is entered elsewhere (a promotion or a lateral move
/// leads to one of its levels), where a level nothing leads to is cut off.
pub(super) fn unreachable(ladder: &CheckedLadder, found: &mut Vec<Finding>) {
    let moves =
        |i: usize, way: &dyn Fn(Move) -> bool| ladder.neighbours(i).iter().any(|&(_, m)| way(m));
    let reached = |i: usize| moves(i, &|m| matches!(m, Move::Down | Move::Across));
    let mut start: HashMap<&str, usize> = HashMap::new();
    let mut entered: HashSet<&str> = HashSet::new();
    for (i, level) in ladder.levels().iter().enumerate() {
        if reached(i) {
            entered.insert(&level.track);
        }
        if moves(i, &|m| m == Move::Down) {
            continue;
        }
        let held = start.entry(&level.track).or_insert(i);
        if !moves(*held, &|m| m == Move::Up) && moves(i, &|m| m == Move::Up) {
            *held = i;
        }
    }
    start.retain(|track, &mut i| moves(i, &|m| m == Move::Up) || !entered.contains(track));
    let from_starts = reached_from(ladder, start.values().copied());
    let cut_off = cut_off(ladder, &from_starts);
    for (i, level) in ladder.levels().iter().enumerate() {
        let message = if !reached(i) && start.get(level.track.as_str()) != Some(&i) {
            format!(
                "no promotion or lateral move leads to level '{}'; add it to another level's `next` or `lateral`",
                level.id
            )
        } else if cut_off[i] {
            // Something leads to it, but only from levels cut off as it is
            // (two levels joined by a lateral move and nothing else).
            format!(
                "no chain of promotions and lateral moves from where a track starts reaches level '{}'; it is cut off with the levels that lead to it: add a promotion or lateral move into them",
                level.id
            )
        } else {
            continue;
        };
        found.push(Finding {
            rule: "unreachable-level",
            at: Place::Value(level_at(i).key("id")),
            message,
        });
    }
}

/// Whether each level is cut off: not reached from a track's start, in a
/// group of levels joined by moves that holds no start while a level of its
/// track is in another group. Tracks entered from each other only (two
/// levels joined by a lateral move, a ladder of their own) are not.
fn cut_off(ladder: &CheckedLadder, from_starts: &[bool]) -> Vec<bool> {
    let n = ladder.levels().len();
    let group = super::graph::groups(ladder, |_| true);
    // A group with a start reaches some of its levels from it.
    let started: HashSet<usize> = (0..n)
        .filter(|&l| from_starts[l])
        .map(|l| group[l])
        .collect();
    let mut groups_of: HashMap<&str, HashSet<usize>> = HashMap::new();
    for (l, level) in ladder.levels().iter().enumerate() {
        groups_of
            .entry(level.track.as_str())
            .or_default()
            .insert(group[l]);
    }
    (ladder.levels().iter().enumerate())
        .map(|(l, level)| {
            !from_starts[l]
                && !started.contains(&group[l])
                && groups_of
                    .get(level.track.as_str())
                    .is_some_and(|g| g.len() > 1)
        })
        .collect()
}

/// Whether each level is reached from `starts` by promotions and lateral
/// moves, each level visited once.
fn reached_from(ladder: &CheckedLadder, starts: impl Iterator<Item = usize>) -> Vec<bool> {
    let mut seen = vec![false; ladder.levels().len()];
    let mut next: Vec<usize> = starts.collect();
    next.iter().for_each(|&i| seen[i] = true);
    while let Some(i) = next.pop() {
        for &(t, m) in ladder.neighbours(i) {
            if matches!(m, Move::Up | Move::Across) && !seen[t] {
                seen[t] = true;
                next.push(t);
            }
        }
    }
    seen
}
