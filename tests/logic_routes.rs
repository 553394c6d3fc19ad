//! Routes through the library on the fixture ladder (tests/fixtures/acme.yaml):
//! the shortest route and the direction of a move, and a route walked step by step.

mod common;

use common::acme;

/// Routes between levels and the direction of a move.
mod route {
    use super::acme;
    use ladder::ladder::route::{Route, direction, shortest};
    use ladder::ladder::{CheckedLadder, Direction, Move};

    fn ids(index: &CheckedLadder, route: &Route) -> Vec<String> {
        route
            .levels
            .iter()
            .map(|&l| index.level(l).id.to_string())
            .collect()
    }

    fn find(index: &CheckedLadder, name: &str) -> usize {
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

/// A route walked step by step.
mod path {
    use super::acme;
    use ladder::commands::path::journey;
    use ladder::commands::shared::Change;
    use ladder::ladder::{Direction, Move};

    #[test]
    fn walks_the_route_step_by_step() {
        let index = acme();
        let j = journey(
            &index,
            index.find_level("dev").unwrap(),
            index.find_level("head").unwrap(),
        )
        .unwrap();
        let moves: Vec<(&str, &str, Move)> = j
            .steps
            .iter()
            .map(|s| (s.from.id, s.to.id, s.direction))
            .collect();
        assert_eq!(
            moves,
            [
                ("dev", "senior-dev", Move::Up),
                ("senior-dev", "team-lead", Move::Up),
                ("team-lead", "head", Move::Up)
            ]
        );
        let second = &j.steps[1];
        assert_eq!(second.change.skills.gained[0].id, "listening");
        assert_eq!(second.change.responsibilities.dropped[0].id, "ship");
        assert_eq!(
            second.change.scope,
            Change {
                from: "system",
                to: "team"
            }
        );
        assert_eq!(
            j.totals
                .skills
                .gained
                .iter()
                .map(|s| s.id)
                .collect::<Vec<_>>(),
            ["listening", "roadmaps", "pricing"]
        );
        assert_eq!(j.direction, Direction::Up);
    }

    #[test]
    fn names_the_forks_it_passes() {
        let index = acme();
        let j = journey(
            &index,
            index.find_level("dev").unwrap(),
            index.find_level("architect").unwrap(),
        )
        .unwrap();
        let fork = j.steps[1].fork.as_ref().expect("senior-dev is a fork");
        assert_eq!(fork.level, "senior-dev");
        assert_eq!(
            fork.options.iter().map(|o| o.id).collect::<Vec<_>>(),
            ["team-lead", "architect"]
        );
        assert_eq!(fork.taken, "architect");
        assert!(j.steps[0].fork.is_none());
    }

    #[test]
    fn no_route_no_journey() {
        let index = acme();
        assert!(
            journey(
                &index,
                index.find_level("dev").unwrap(),
                index.find_level("advisor").unwrap()
            )
            .is_none()
        );
        let same = journey(&index, 0, 0).unwrap();
        assert!(same.steps.is_empty() && same.totals.skills.gained.is_empty());
    }
}
