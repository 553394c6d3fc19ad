//! unreachable-level and lateral-rank-gap: what the promotions and lateral
//! moves between levels say about the ladder's shape.

use super::{Finding, Place, level_at};
use crate::ladder::hash::{HashMap, HashMapExt};
use crate::ladder::{CheckedLadder, Move};

/// A level nothing leads to that is not the first of its track.
pub(super) fn unreachable(ladder: &CheckedLadder, found: &mut Vec<Finding>) {
    let mut first: HashMap<&str, usize> = HashMap::new();
    for (i, level) in ladder.levels().iter().enumerate() {
        first.entry(&level.track).or_insert(i);
        let reached = ladder
            .neighbours(i)
            .iter()
            .any(|&(_, m)| matches!(m, Move::Down | Move::Across));
        if !reached && first[level.track.as_str()] != i {
            found.push(Finding {
                rule: "unreachable-level",
                at: Place::Value(level_at(i).key("id")),
                message: format!(
                    "no promotion or lateral move leads to level '{}'; add it to another level's `next` or `lateral`",
                    level.id
                ),
            });
        }
    }
}

/// Each level's rank by promotions alone (the longest chain of `next` leading
/// to it, lateral moves not counted), in one pass over the levels in order of
/// their promotions.
fn own_ranks(ladder: &CheckedLadder) -> Vec<u32> {
    let n = ladder.levels().len();
    let mut incoming = vec![0usize; n];
    for l in 0..n {
        for &(t, m) in ladder.neighbours(l) {
            if m == Move::Up {
                incoming[t] += 1;
            }
        }
    }
    let mut rank = vec![0u32; n];
    let mut ready: Vec<usize> = (0..n).filter(|&l| incoming[l] == 0).collect();
    while let Some(l) = ready.pop() {
        for &(t, m) in ladder.neighbours(l) {
            if m == Move::Up {
                rank[t] = rank[t].max(rank[l] + 1);
                incoming[t] -= 1;
                if incoming[t] == 0 {
                    ready.push(t);
                }
            }
        }
    }
    rank
}

/// Each level's group of levels joined by promotions (in either direction):
/// ranks by promotions compare only within one.
fn promotion_groups(ladder: &CheckedLadder) -> Vec<usize> {
    let n = ladder.levels().len();
    let mut group: Vec<usize> = (0..n).collect();
    fn root(group: &mut [usize], mut l: usize) -> usize {
        while group[l] != l {
            group[l] = group[group[l]];
            l = group[l];
        }
        l
    }
    for l in 0..n {
        for &(t, m) in ladder.neighbours(l) {
            if m == Move::Up {
                let (a, b) = (root(&mut group, l), root(&mut group, t));
                group[a] = b;
            }
        }
    }
    (0..n).map(|l| root(&mut group, l)).collect()
}

/// Each level's rank across the ladder: its rank by promotions within its
/// group (a track's chain of promotions), and the group placed against the
/// others by the lateral moves between them, each read as joining levels of
/// one seniority. The first move between two groups places them (a
/// management track entered from a senior engineer starts at that
/// engineer's rank); a later one between the same groups can then disagree,
/// which `rank_gaps` reports. A group no lateral move places starts at the
/// bottom. The moves are read in the file's order, so only which of two
/// moves that disagree is reported depends on it.
pub(super) fn placed_ranks(ladder: &CheckedLadder) -> Vec<i64> {
    let own = own_ranks(ladder);
    let group = promotion_groups(ladder);
    let n = own.len();
    // Groups joined by lateral moves, each with its offset from its parent.
    let mut parent: Vec<usize> = (0..n).collect();
    let mut offset = vec![0i64; n];
    fn root(parent: &mut [usize], offset: &mut [i64], g: usize) -> (usize, i64) {
        let (mut top, mut total) = (g, 0);
        while parent[top] != top {
            total += offset[top];
            top = parent[top];
        }
        // Point every group on the way straight at the root.
        let (mut at, mut left) = (g, total);
        while parent[at] != at {
            let (next, own) = (parent[at], offset[at]);
            parent[at] = top;
            offset[at] = left;
            left -= own;
            at = next;
        }
        (top, total)
    }
    for (l, level) in ladder.levels().iter().enumerate() {
        for link in &level.lateral {
            let Some(t) = ladder.find_level(&link.id) else {
                continue;
            };
            let (a, from_a) = root(&mut parent, &mut offset, group[l]);
            let (b, from_b) = root(&mut parent, &mut offset, group[t]);
            if a != b {
                // Place b's groups so that l and t stand at one rank.
                parent[b] = a;
                offset[b] = from_a + i64::from(own[l]) - i64::from(own[t]) - from_b;
            }
        }
    }
    (0..n)
        .map(|l| root(&mut parent, &mut offset, group[l]).1 + i64::from(own[l]))
        .collect()
}

/// A lateral move between levels whose ranks across the ladder are two or
/// more apart. A level no promotion leads to or from has no rank of its own:
/// only its lateral moves place it.
pub(super) fn rank_gaps(ladder: &CheckedLadder, rank: &[i64], found: &mut Vec<Finding>) {
    let ranked = |l: usize| ladder.neighbours(l).iter().any(|&(_, m)| m != Move::Across);
    for (i, level) in ladder.levels().iter().enumerate() {
        for (j, link) in level.lateral.iter().enumerate() {
            let Some(t) = ladder.find_level(&link.id) else {
                continue;
            };
            if !ranked(i) || !ranked(t) {
                continue;
            }
            let gap = rank[i].abs_diff(rank[t]);
            if gap >= 2 {
                found.push(Finding {
                    rule: "lateral-rank-gap",
                    at: Place::Value(level_at(i).key("lateral").index(j)),
                    message: format!(
                        "'{}' and '{}' are {gap} promotions apart, but a lateral move joins levels of similar seniority; make it a promotion or join nearer levels",
                        level.id, link.id
                    ),
                });
            }
        }
    }
}
