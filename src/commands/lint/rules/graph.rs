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

/// A lateral move between levels whose own ranks are two or more apart. A
/// level no promotion leads to or from has no rank of its own: only its
/// lateral moves place it.
pub(super) fn rank_gaps(ladder: &CheckedLadder, found: &mut Vec<Finding>) {
    let rank = own_ranks(ladder);
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
