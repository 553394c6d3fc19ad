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
    let start = starts(ladder);
    let cut_off = cut_off(ladder, &start.values().copied().collect::<Vec<_>>());
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

/// Where each track starts, as `unreachable` reads it: of its levels no
/// promotion leads to, the first that leads on by a promotion, else its
/// first; none for a track entered from another with no such level.
pub(super) fn starts(ladder: &CheckedLadder) -> HashMap<&str, usize> {
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
    start
}

/// Whether each level is cut off: not reached by promotions and lateral
/// moves from a track's start, nor from a group of levels joined by moves
/// (in either direction) that holds no start and is a ladder of its own,
/// none of its tracks having levels elsewhere (two one-level tracks joined
/// by a lateral move). A group with no start whose track goes on elsewhere
/// is cut off from it.
fn cut_off(ladder: &CheckedLadder, starts: &[usize]) -> Vec<bool> {
    let n = ladder.levels().len();
    // Most ladders are reached whole from their starts: nothing to group.
    let reached = reached_from(ladder, starts.iter().copied());
    if reached.iter().all(|&r| r) {
        return vec![false; n];
    }
    let group = super::graph::groups(ladder, |_| true);
    let started: HashSet<usize> = starts.iter().map(|&l| group[l]).collect();
    let mut groups_of: HashMap<&str, HashSet<usize>> = HashMap::new();
    for (l, level) in ladder.levels().iter().enumerate() {
        (groups_of.entry(level.track.as_str()).or_default()).insert(group[l]);
    }
    // Groups that reach beyond themselves through a track.
    let mut spread: HashSet<usize> = HashSet::new();
    for (l, level) in ladder.levels().iter().enumerate() {
        if groups_of[level.track.as_str()].len() > 1 {
            spread.insert(group[l]);
        }
    }
    let own = |l: &usize| !started.contains(&group[*l]) && !spread.contains(&group[*l]);
    let seeds = starts.iter().copied().chain((0..n).filter(own));
    let reached = reached_from(ladder, seeds);
    reached.into_iter().map(|r| !r).collect()
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
