//! Where each level stands in its track, so that a level that trades places
//! with another is told from one whose neighbours were only added or removed.

use crate::ladder::hash::{HashMap, HashMapExt};
use crate::ladder::{CheckedLadder, Level, Move};

/// How many steps of its track lie below a level (levels side by side are
/// one step), and a hash of which levels are below it.
pub(super) type Rank = (usize, u64);

/// Each level's place in its track among the levels both versions have
/// there: how many steps of them lie below it, and a hash of which levels.
/// A level added or removed moves no other level; one that trades places
/// with another in its track changes both. `None` for a level the other
/// version lacks or holds on another track (a move, reported as such).
pub(super) fn ranks(
    ladder: &CheckedLadder,
    shared: impl Fn(&Level) -> bool,
) -> (Vec<Option<Rank>>, Vec<u32>) {
    let levels = ladder.levels();
    let depth = track_depths(ladder);
    let mut by_track: HashMap<&str, Vec<usize>> = HashMap::new();
    for (l, level) in levels.iter().enumerate().filter(|(_, l)| shared(l)) {
        by_track.entry(level.track.as_str()).or_default().push(l);
    }
    let mut ranks = vec![None; levels.len()];
    for members in by_track.values_mut() {
        members.sort_by_key(|&l| depth[l]);
        let (mut steps, mut hash) = (0usize, 0u64);
        let mut i = 0;
        while i < members.len() {
            // Levels of one depth share the set below them.
            let at = depth[members[i]];
            let same = members[i..].iter().take_while(|&&l| depth[l] == at).count();
            for &l in &members[i..i + same] {
                ranks[l] = Some((steps, hash));
            }
            for &l in &members[i..i + same] {
                hash ^= id_hash(&levels[l].id);
            }
            steps += 1;
            i += same;
        }
    }
    (ranks, depth)
}

/// The levels `shared` keeps on the track of level `l` that stand below it,
/// by `depth` (the second of `ranks`), in file order.
pub(super) fn below<'a>(
    ladder: &'a CheckedLadder,
    depth: &[u32],
    shared: impl Fn(&Level) -> bool,
    l: usize,
) -> Vec<&'a str> {
    let levels = ladder.levels();
    (levels.iter().enumerate())
        .filter(|&(t, level)| {
            level.track == levels[l].track && shared(level) && depth[t] < depth[l]
        })
        .map(|(_, level)| level.id.as_str())
        .collect()
}

/// Each level's depth in its own track: the longest chain of promotions
/// within the track that leads to it, so that nothing on another track moves
/// it. A level no such promotion leads to, joined by a lateral move to a
/// level of its track that one does, stands where that level stands (a CTO
/// beside the VP), not at the track's bottom, and so do the levels above it.
fn track_depths(ladder: &CheckedLadder) -> Vec<u32> {
    let levels = ladder.levels();
    // Each level's promotions and lateral peers within its own track, once.
    let beside = |way: Move| -> Vec<Vec<usize>> {
        (0..levels.len())
            .map(|l| {
                (ladder.neighbours(l).iter())
                    .filter(|&&(t, m)| m == way && levels[t].track == levels[l].track)
                    .map(|&(t, _)| t)
                    .collect()
            })
            .collect()
    };
    let (up, across) = (beside(Move::Up), beside(Move::Across));
    let mut incoming = vec![0usize; levels.len()];
    for targets in &up {
        for &t in targets {
            incoming[t] += 1;
        }
    }
    // A level no promotion in its track leads to stands with its lateral
    // peers there: such levels beside each other stand together (a group),
    // and a group stands as high as the highest of the other levels beside
    // its members (a fellow beside the CTO beside the VP). One pass in the
    // order of the steps, over groups and the other levels: a promotion
    // adds one, a peer's place none.
    let root = |l: usize| incoming[l] == 0;
    let mut group: Vec<usize> = (0..levels.len()).collect();
    fn find(group: &mut [usize], mut l: usize) -> usize {
        while group[l] != l {
            group[l] = group[group[l]];
            l = group[l];
        }
        l
    }
    for l in (0..levels.len()).filter(|&l| root(l)) {
        for &p in across[l].iter().filter(|&&p| root(p)) {
            let (a, b) = (find(&mut group, l), find(&mut group, p));
            group[a.max(b)] = a.min(b);
        }
    }
    let node: Vec<usize> = (0..levels.len()).map(|l| find(&mut group, l)).collect();
    // Steps between nodes: (to, added).
    let mut steps: Vec<Vec<(usize, u32)>> = vec![Vec::new(); levels.len()];
    for l in 0..levels.len() {
        steps[node[l]].extend(up[l].iter().map(|&t| (node[t], 1)));
        if root(l) {
            for &p in across[l].iter().filter(|&&p| !root(p)) {
                steps[node[p]].push((node[l], 0));
            }
        }
    }
    let mut waiting = vec![0usize; levels.len()];
    for list in &steps {
        for &(t, _) in list {
            waiting[t] += 1;
        }
    }
    let mut depth = vec![0u32; levels.len()];
    let mut ready: Vec<usize> = (0..levels.len())
        .filter(|&l| node[l] == l && waiting[l] == 0)
        .collect();
    while let Some(n) = ready.pop() {
        for &(t, added) in &steps[n] {
            depth[t] = depth[t].max(depth[n] + added);
            waiting[t] -= 1;
            if waiting[t] == 0 {
                ready.push(t);
            }
        }
    }
    (0..levels.len()).map(|l| depth[node[l]]).collect()
}

/// A hash of an id that is the same in both versions' runs.
fn id_hash(id: &str) -> u64 {
    id.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
