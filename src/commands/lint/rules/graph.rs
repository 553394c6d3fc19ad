//! lateral-rank-gap: what the promotions and lateral moves between levels
//! say about how the tracks' ranks line up.

use super::{Finding, Place, level_at};
use crate::ladder::hash::{HashMap, HashMapExt};
use crate::ladder::{CheckedLadder, Move};

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

/// Each level's group of levels joined by the moves `joins` keeps (in either
/// direction): by promotions, ranks compare only within one.
pub(super) fn groups(ladder: &CheckedLadder, joins: impl Fn(Move) -> bool) -> Vec<usize> {
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
            if joins(m) {
                let (a, b) = (root(&mut group, l), root(&mut group, t));
                group[a] = b;
            }
        }
    }
    (0..n).map(|l| root(&mut group, l)).collect()
}

/// Where each level stands: its rank by promotions within its group (a
/// track's chain of promotions), and how the lateral moves between two groups
/// place one against the other. Ranks across groups are kept doubled, as a
/// placement may fall between two ranks.
pub(super) struct Ranks {
    own: Vec<u32>,
    group: Vec<usize>,
    /// For each pair of groups (the lower id first), twice the offset of the
    /// second from the first: the median of those their moves imply, each
    /// move read as joining levels of one rank (between the two middle ones
    /// for an even count). It depends on no order of levels or moves.
    between: HashMap<(usize, usize), i64>,
    /// Each level's rank across the ladder, doubled: groups placed by those
    /// offsets (pairs joined in the order of their levels' ids), each set of
    /// groups joined by moves starting at 0.
    pub placed: Vec<i64>,
}

/// The two groups a lateral move from `l` to `t` joins, the lower id first,
/// and twice the offset of the second from the first that it implies.
fn implied(own: &[u32], group: &[usize], l: usize, t: usize) -> ((usize, usize), i64) {
    let gap = 2 * (i64::from(own[l]) - i64::from(own[t]));
    match group[l] < group[t] {
        true => ((group[l], group[t]), gap),
        false => ((group[t], group[l]), -gap),
    }
}

pub(super) fn ranks(ladder: &CheckedLadder) -> Ranks {
    let own = own_ranks(ladder);
    let group = groups(ladder, |m| m == Move::Up);
    let n = own.len();
    let levels = ladder.levels();
    // Each move once, however many of its two levels list it.
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for (l, level) in levels.iter().enumerate() {
        for link in &level.lateral {
            if let Some(t) = ladder.find_level(&link.id)
                && group[t] != group[l]
            {
                moves.push((l.min(t), l.max(t)));
            }
        }
    }
    moves.sort_unstable();
    moves.dedup();
    let mut offsets: HashMap<(usize, usize), Vec<i64>> = HashMap::new();
    for &(l, t) in &moves {
        let (pair, twice) = implied(&own, &group, l, t);
        offsets.entry(pair).or_default().push(twice);
    }
    let between: HashMap<(usize, usize), i64> = (offsets.into_iter())
        .map(|(pair, mut implied)| {
            implied.sort_unstable();
            let len = implied.len();
            (pair, (implied[(len - 1) / 2] + implied[len / 2]) / 2)
        })
        .collect();
    // Groups joined pair by pair, in the order of their first levels' ids.
    let mut first: HashMap<usize, &str> = HashMap::new();
    for (l, level) in levels.iter().enumerate() {
        let id = first.entry(group[l]).or_insert(level.id.as_str());
        *id = (*id).min(level.id.as_str());
    }
    let mut pairs: Vec<(&(usize, usize), &i64)> = between.iter().collect();
    pairs.sort_unstable_by_key(|((a, b), _)| (first[a].min(first[b]), first[a].max(first[b])));
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
    for (&(a, b), &apart) in pairs {
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
            (top, from + 2 * i64::from(own[l]))
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
        between,
        placed: placed.into_iter().map(|(_, rank)| rank).collect(),
    }
}

/// A lateral move between levels two or more promotions apart: within a
/// group by their ranks there, between two groups against the median of
/// what their moves imply (so moves that each stay within a rank of it are
/// no gap). A level no promotion leads to or from has no rank of its own:
/// only its lateral moves place it.
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
            // Twice the ranks between them.
            let twice = match group[i] == group[t] {
                true => 2 * own[i].abs_diff(own[t]) as u64,
                false => {
                    let (pair, implied) = implied(own, group, i, t);
                    implied.abs_diff(ranks.between[&pair])
                }
            };
            if twice >= 4 {
                let gap = twice.div_ceil(2);
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
