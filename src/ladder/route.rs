//! Routes between levels: the shortest walk over promotions (either way) and
//! lateral moves, and the overall direction of a move.

use std::collections::VecDeque;

use serde::Serialize;

use super::checked::CheckedLadder;
use crate::ladder::hash::{HashMap, HashMapExt};

/// How one step between two adjacent levels moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Move {
    /// Along a `next` edge: a promotion.
    Up,
    /// Against a `next` edge.
    Down,
    /// Along a `lateral` edge, in either direction.
    Across,
}

impl Move {
    pub fn as_str(self) -> &'static str {
        match self {
            Move::Up => "up",
            Move::Down => "down",
            Move::Across => "across",
        }
    }
}

/// Where a move between two levels goes overall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Up,
    Down,
    Across,
    Same,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
            Direction::Across => "across",
            Direction::Same => "same",
        }
    }
}

/// A walk from one level to another: `levels[0]` is the start, and `moves[i]` is
/// how the walk goes from `levels[i]` to `levels[i + 1]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub levels: Vec<usize>,
    pub moves: Vec<Move>,
}

/// How a level was reached on the best route found so far: the steps that
/// lead to it, how many of those are not promotions and whether the last is
/// not, and the step into it.
type Reached = ((usize, usize, bool), Option<(usize, Move)>);

/// The shortest route from `from` to `to`, by breadth-first search; `None` when
/// no chain of promotions and lateral moves joins them. Among routes of equal
/// length the one with the fewest lateral moves and steps down wins; among
/// those, one that enters each level by a promotion (so that the target's
/// own shift is on the route: staff → em → director rather than staff →
/// principal → director), and then the first found, exploring promotions
/// before lateral moves and lateral moves before steps down.
///
/// Its cost is in the levels it reaches, not in the ladder's size, so that the
/// many short routes a site computes stay cheap on a large ladder.
pub fn shortest(ladder: &CheckedLadder, from: usize, to: usize) -> Option<Route> {
    // A level next to the start is one step away: the step is the best of
    // those that join the two, the first of the best as the search finds it.
    let direct = (ladder.neighbours(from).iter())
        .filter(|&&(next, _)| next == to && from != to)
        .min_by_key(|&&(_, step)| step != Move::Up);
    if let Some(&(_, step)) = direct {
        return Some(Route {
            levels: vec![from, to],
            moves: vec![step],
        });
    }
    // For each level reached: how many steps lead to it, and how many of those
    // are not promotions, on the best route found so far, and the step into it.
    let mut best: HashMap<usize, Reached> = HashMap::new();
    let mut queue = VecDeque::from([from]);
    best.insert(from, ((0, 0, false), None));
    while let Some(level) = queue.pop_front() {
        // The queue holds levels in order of steps, so this one's are final;
        // once they are as many as the target's, no step on improves it.
        let (steps, aside, _) = best[&level].0;
        if best.get(&to).is_some_and(|reached| reached.0.0 <= steps) {
            break;
        }
        for &(next, step) in ladder.neighbours(level) {
            let cost = (
                steps + 1,
                aside + usize::from(step != Move::Up),
                step != Move::Up,
            );
            match best.get_mut(&next) {
                None => {
                    best.insert(next, (cost, Some((level, step))));
                    queue.push_back(next);
                }
                Some(known) if cost < known.0 => *known = (cost, Some((level, step))),
                Some(_) => {}
            }
        }
    }
    if !best.contains_key(&to) {
        return None;
    }
    let (mut levels, mut moves) = (vec![to], Vec::new());
    let mut at = to;
    while let Some((previous, step)) = best[&at].1 {
        levels.push(previous);
        moves.push(step);
        at = previous;
    }
    levels.reverse();
    moves.reverse();
    Some(Route { levels, moves })
}

/// The overall direction from `from` to `to`, by seniority: how long a chain of
/// promotions leads to each, counting lateral peers as equals. Two levels of the
/// same seniority (the two branches of a fork, or lateral peers) are `across`.
pub fn direction(ladder: &CheckedLadder, from: usize, to: usize) -> Direction {
    use std::cmp::Ordering;
    if from == to {
        return Direction::Same;
    }
    match ladder.depth(to).cmp(&ladder.depth(from)) {
        Ordering::Greater => Direction::Up,
        Ordering::Less => Direction::Down,
        Ordering::Equal => Direction::Across,
    }
}
