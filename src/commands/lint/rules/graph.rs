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

/// Where each level stands: its rank by promotions within its group (a
/// track's chain of promotions), and how the lateral moves between two groups
/// place one against the other.
pub(super) struct Ranks {
    own: Vec<u32>,
    group: Vec<usize>,
    /// For each pair of groups (the lower id first), the offset of the second
    /// from the first: the median of those their moves imply, each move read
    /// as joining levels of one rank. So a move is out of line only against
    /// the others between the same groups, whichever side lists it and in
    /// whatever order.
    between: HashMap<(usize, usize), i64>,
    /// Each level's rank across the ladder: groups placed by those offsets,
    /// each set of groups joined by moves starting at 0.
    pub placed: Vec<i64>,
}

/// The two groups a lateral move from `l` to `t` joins, the lower id first,
/// and the offset of the second from the first that it implies.
fn implied(ranks: (&[u32], &[usize]), l: usize, t: usize) -> ((usize, usize), i64) {
    let (own, group) = ranks;
    let gap = i64::from(own[l]) - i64::from(own[t]);
    match group[l] < group[t] {
        true => ((group[l], group[t]), gap),
        false => ((group[t], group[l]), -gap),
    }
}

pub(super) fn ranks(ladder: &CheckedLadder) -> Ranks {
    let own = own_ranks(ladder);
    let group = promotion_groups(ladder);
    let n = own.len();
    let mut offsets: HashMap<(usize, usize), Vec<i64>> = HashMap::new();
    for (l, level) in ladder.levels().iter().enumerate() {
        for link in &level.lateral {
            match ladder.find_level(&link.id) {
                Some(t) if group[t] != group[l] => {
                    let (pair, offset) = implied((&own, &group), l, t);
                    offsets.entry(pair).or_default().push(offset);
                }
                _ => {}
            }
        }
    }
    let mut between: Vec<((usize, usize), i64)> = (offsets.into_iter())
        .map(|(pair, mut implied)| {
            implied.sort_unstable();
            (pair, implied[(implied.len() - 1) / 2])
        })
        .collect();
    between.sort_unstable();
    // Groups joined by those offsets, each with its offset from its parent.
    let (mut parent, mut offset): (Vec<usize>, Vec<i64>) = ((0..n).collect(), vec![0; n]);
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
    for &((a, b), apart) in &between {
        let (ra, from_a) = root(&mut parent, &mut offset, a);
        let (rb, from_b) = root(&mut parent, &mut offset, b);
        if ra != rb {
            parent[rb] = ra;
            offset[rb] = from_a + apart - from_b;
        }
    }
    let mut placed: Vec<(usize, i64)> = (0..n)
        .map(|l| {
            let (top, from) = root(&mut parent, &mut offset, group[l]);
            (top, from + i64::from(own[l]))
        })
        .collect();
    // Each set of groups joined by moves starts at 0.
    let mut lowest: HashMap<usize, i64> = HashMap::new();
    for &(top, rank) in &placed {
        let low = lowest.entry(top).or_insert(rank);
        *low = (*low).min(rank);
    }
    for (top, rank) in &mut placed {
        *rank -= lowest[top];
    }
    Ranks {
        own,
        group,
        between: between.into_iter().collect(),
        placed: placed.into_iter().map(|(_, rank)| rank).collect(),
    }
}

/// A lateral move between levels two or more promotions apart: within a
/// group by their ranks there, between groups against the offset the moves
/// between them agree on. A level no promotion leads to or from has no rank
/// of its own: only its lateral moves place it.
pub(super) fn rank_gaps(ladder: &CheckedLadder, ranks: &Ranks, found: &mut Vec<Finding>) {
    let ranked = |l: usize| ladder.neighbours(l).iter().any(|&(_, m)| m != Move::Across);
    let (own, group) = (&ranks.own[..], &ranks.group[..]);
    for (i, level) in ladder.levels().iter().enumerate() {
        for (j, link) in level.lateral.iter().enumerate() {
            let Some(t) = ladder.find_level(&link.id) else {
                continue;
            };
            if !ranked(i) || !ranked(t) {
                continue;
            }
            let gap = match group[i] == group[t] {
                true => own[i].abs_diff(own[t]).into(),
                false => {
                    let (pair, offset) = implied((own, group), i, t);
                    offset.abs_diff(ranks.between[&pair])
                }
            };
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
