//! Routes between levels: the shortest walk over promotions (either way) and
//! lateral moves, and the overall direction of a move.

use std::collections::VecDeque;

use serde::Serialize;

use crate::index::{Index, Move};

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

/// The shortest route from `from` to `to`, by breadth-first search; `None` when
/// no chain of promotions and lateral moves joins them. Among routes of equal
/// length the first found wins, exploring promotions before lateral moves and
/// lateral moves before steps down.
pub fn shortest(index: &Index, from: usize, to: usize) -> Option<Route> {
    let count = index.levels().len();
    let mut came_from: Vec<Option<(usize, Move)>> = vec![None; count];
    let mut seen = vec![false; count];
    let mut queue = VecDeque::from([from]);
    seen[from] = true;
    while let Some(level) = queue.pop_front() {
        if level == to {
            break;
        }
        for &(next, step) in index.neighbours(level) {
            if !seen[next] {
                seen[next] = true;
                came_from[next] = Some((level, step));
                queue.push_back(next);
            }
        }
    }
    if !seen[to] {
        return None;
    }
    let (mut levels, mut moves) = (vec![to], Vec::new());
    let mut at = to;
    while let Some((previous, step)) = came_from[at] {
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
pub fn direction(index: &Index, from: usize, to: usize) -> Direction {
    use std::cmp::Ordering;
    if from == to {
        return Direction::Same;
    }
    match index.depth(to).cmp(&index.depth(from)) {
        Ordering::Greater => Direction::Up,
        Ordering::Less => Direction::Down,
        Ordering::Equal => Direction::Across,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::acme;

    fn ids(index: &Index, route: &Route) -> Vec<String> {
        route
            .levels
            .iter()
            .map(|&l| index.level(l).id.to_string())
            .collect()
    }

    fn find(index: &Index, name: &str) -> usize {
        index.find_level(name).unwrap()
    }

    #[test]
    fn up_follows_promotions() {
        let index = acme();
        let (from, to) = (find(&index, "dev"), find(&index, "head"));
        let route = shortest(&index, from, to).unwrap();
        assert_eq!(
            ids(&index, &route),
            ["dev", "senior-dev", "team-lead", "head"]
        );
        assert_eq!(route.moves, [Move::Up, Move::Up, Move::Up]);
        assert_eq!(direction(&index, from, to), Direction::Up);
    }

    #[test]
    fn down_walks_promotions_backwards() {
        let index = acme();
        let (from, to) = (find(&index, "team-lead"), find(&index, "dev"));
        let route = shortest(&index, from, to).unwrap();
        assert_eq!(ids(&index, &route), ["team-lead", "senior-dev", "dev"]);
        assert_eq!(route.moves, [Move::Down, Move::Down]);
        assert_eq!(direction(&index, from, to), Direction::Down);
    }

    #[test]
    fn across_between_the_branches_of_a_fork() {
        let index = acme();
        let (from, to) = (find(&index, "team-lead"), find(&index, "architect"));
        let route = shortest(&index, from, to).unwrap();
        assert_eq!(
            ids(&index, &route),
            ["team-lead", "senior-dev", "architect"]
        );
        assert_eq!(direction(&index, from, to), Direction::Across);
    }

    #[test]
    fn lateral_peers_share_a_seniority() {
        let index = acme();
        let (principal, head) = (find(&index, "principal"), find(&index, "head"));
        let route = shortest(&index, principal, head).unwrap();
        assert_eq!(route.moves, [Move::Across]);
        assert_eq!(direction(&index, principal, head), Direction::Across);
        assert_eq!(index.depth(principal), index.depth(head));
        assert_eq!(
            direction(&index, find(&index, "architect"), head),
            Direction::Up
        );
    }

    #[test]
    fn equal_routes_prefer_promotions_over_steps_down() {
        let index = acme();
        let (from, to) = (find(&index, "team-lead"), find(&index, "principal"));
        let route = shortest(&index, from, to).unwrap();
        assert_eq!(ids(&index, &route), ["team-lead", "head", "principal"]);
        assert_eq!(route.moves, [Move::Up, Move::Across]);
    }

    #[test]
    fn same_level() {
        let index = acme();
        let dev = find(&index, "dev");
        let route = shortest(&index, dev, dev).unwrap();
        assert_eq!(ids(&index, &route), ["dev"]);
        assert!(route.moves.is_empty());
        assert_eq!(direction(&index, dev, dev), Direction::Same);
    }

    #[test]
    fn unreachable_levels_have_no_route() {
        let index = acme();
        let (dev, advisor) = (find(&index, "dev"), find(&index, "advisor"));
        assert_eq!(shortest(&index, dev, advisor), None);
        assert_eq!(shortest(&index, advisor, dev), None);
        // Without a route the direction still compares seniority.
        assert_eq!(direction(&index, advisor, dev), Direction::Across);
        assert_eq!(
            direction(&index, advisor, find(&index, "head")),
            Direction::Up
        );
    }
}
