//! The neighbours as `edges` makes them, against the way they were first made.

use super::{Lists, Move, edges};

/// The neighbours as they were first made: a vector for each level,
/// each lateral move added unless the level has it already.
fn edges_one_by_one(next: &[Vec<usize>], lateral: &[Vec<usize>]) -> Vec<Vec<(usize, Move)>> {
    let mut edges: Vec<Vec<(usize, Move)>> = vec![Vec::new(); next.len()];
    for (level, targets) in next.iter().enumerate() {
        edges[level].extend(targets.iter().map(|&t| (t, Move::Up)));
    }
    let mut add = |a: usize, b: usize| {
        if !edges[a].contains(&(b, Move::Across)) {
            edges[a].push((b, Move::Across));
        }
    };
    for (level, targets) in lateral.iter().enumerate() {
        for &target in targets {
            add(level, target);
            add(target, level);
        }
    }
    for (level, targets) in next.iter().enumerate() {
        for &target in targets {
            edges[target].push((level, Move::Down));
        }
    }
    edges
}

fn lists(of: &[Vec<usize>]) -> Lists<(usize, usize)> {
    let mut lists = Lists::with_capacity(of.len(), 0);
    for list in of {
        for (pos, &target) in list.iter().enumerate() {
            lists.push((target, pos));
        }
        lists.close();
    }
    lists
}

/// Every way to give four levels lateral moves (each once, never to
/// itself), with promotions from each level to the next two.
#[test]
fn neighbours_are_those_made_one_by_one() {
    let n = 4;
    let next: Vec<Vec<usize>> = (0..n).map(|l| ((l + 1)..n.min(l + 3)).collect()).collect();
    let pairs: Vec<(usize, usize)> = (0..n)
        .flat_map(|a| (0..n).filter(move |&b| b != a).map(move |b| (a, b)))
        .collect();
    for mask in 0..(1u32 << pairs.len()) {
        let mut lateral = vec![Vec::new(); n];
        for (bit, &(a, b)) in pairs.iter().enumerate() {
            if mask & (1 << bit) != 0 {
                lateral[a].push(b);
            }
        }
        let made = edges(&lists(&next), &lists(&lateral));
        let expected = edges_one_by_one(&next, &lateral);
        let got: Vec<Vec<(usize, Move)>> = made.iter().map(<[_]>::to_vec).collect();
        assert_eq!(got, expected, "lateral {lateral:?}");
    }
}
