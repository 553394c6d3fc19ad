//! The logic of the commands on the fixture ladder (tests/fixtures/acme.yaml),
//! through the library: routes, diffs, paths, plans, skills and search.

mod common;

use common::acme;

/// Routes between levels and the direction of a move.
mod route {
    use super::acme;
    use ladder::ladder::route::{Route, direction, shortest};
    use ladder::ladder::{CheckedLadder as Index, Direction, Move};

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

/// The diff between two levels.
mod diff {
    use super::acme;
    use ladder::commands::diff::{SkillMix, diff};
    use ladder::commands::shared::Change;
    use ladder::ladder::{Category, Direction, Range};

    fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<&str> {
        items.iter().map(id).collect()
    }

    #[test]
    fn splits_skills_and_responsibilities_into_gained_dropped_kept() {
        let index = acme();
        let d = diff(
            &index,
            index.find_level("senior-dev").unwrap(),
            index.find_level("tl").unwrap(),
        );
        assert_eq!(ids(&d.skills.gained, |s| s.id), ["listening"]);
        assert_eq!(ids(&d.skills.dropped, |s| s.id), ["rust"]);
        assert_eq!(ids(&d.skills.kept, |s| s.id), ["reviews"]);
        assert_eq!(ids(&d.responsibilities.gained, |r| r.id), ["one-on-ones"]);
        assert_eq!(ids(&d.responsibilities.dropped, |r| r.id), ["ship"]);
        assert_eq!(ids(&d.responsibilities.kept, |r| r.id), ["review"]);
        let mix = |from, to| Change { from, to };
        assert_eq!(
            d.skill_mix,
            SkillMix([mix(2, 1), mix(0, 1), mix(0, 0), mix(0, 0)])
        );
    }

    #[test]
    fn reports_every_field_and_whether_it_changed() {
        let index = acme();
        let d = diff(
            &index,
            index.find_level("senior-dev").unwrap(),
            index.find_level("team-lead").unwrap(),
        );
        assert_eq!(
            d.changes.track,
            Change {
                from: "eng",
                to: "lead"
            }
        );
        assert_eq!(d.changes.coding.to, Some(Range { min: 10, max: 30 }));
        assert!(d.changes.scope.changed() && d.changes.span.changed());
        assert_eq!(d.direction, Direction::Up);
    }

    #[test]
    fn collects_the_shift_of_every_level_entered() {
        let index = acme();
        let d = diff(
            &index,
            index.find_level("dev").unwrap(),
            index.find_level("head").unwrap(),
        );
        assert_eq!(d.path, ["dev", "senior-dev", "team-lead", "head"]);
        assert_eq!(
            ids(&d.shifts, |s| s.level),
            ["senior-dev", "team-lead", "head"]
        );
        assert_eq!(d.shifts[1].text, "From code to people.");
    }

    #[test]
    fn unreachable_levels_still_compare() {
        let index = acme();
        let d = diff(
            &index,
            index.find_level("dev").unwrap(),
            index.find_level("advisor").unwrap(),
        );
        assert!(d.path.is_empty() && d.shifts.is_empty());
        assert_eq!(ids(&d.skills.gained, |s| s.id), ["pricing"]);
    }

    #[test]
    fn the_mix_counts_each_category_in_its_place() {
        for (place, category) in Category::ALL.into_iter().enumerate() {
            assert_eq!(category as usize, place, "{category:?}");
        }
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

/// A transition plan.
mod plan {
    use super::acme;
    use ladder::commands::plan::plan;
    use ladder::ladder::Category;

    #[test]
    fn lists_what_to_take_on_build_and_hand_off() {
        let index = acme();
        let p = plan(
            &index,
            index.find_level("senior-dev").unwrap(),
            index.find_level("head").unwrap(),
        );
        assert_eq!(p.path, ["senior-dev", "team-lead", "head"]);
        let take_on: Vec<&str> = p.take_on.iter().map(|d| d.id).collect();
        assert_eq!(take_on, ["one-on-ones", "budget"]);
        let hand_off: Vec<(&str, Option<&str>)> =
            p.hand_off.iter().map(|d| (d.id, d.detail)).collect();
        assert_eq!(
            hand_off,
            [
                ("ship", None),
                ("review", Some("Every change gets a second pair of eyes."))
            ]
        );
        let build: Vec<(Category, Vec<&str>)> = p
            .build
            .iter()
            .map(|g| (g.category, g.skills.iter().map(|s| s.id).collect()))
            .collect();
        assert_eq!(
            build,
            [
                (Category::Relational, vec!["listening"]),
                (Category::Organizational, vec!["roadmaps"]),
                (Category::Business, vec!["pricing"])
            ]
        );
        assert_eq!(
            p.pitfalls.iter().map(|n| n.text).collect::<Vec<_>>(),
            ["Doing the team's work yourself."]
        );
        let steps: Vec<&str> = p.steps.iter().map(|n| n.level.id).collect();
        assert_eq!(steps, ["team-lead", "head"]);
    }
}

/// One skill across the ladder, and the catalogue.
mod skill {
    use super::acme;
    use ladder::commands::shared::LevelRef;
    use ladder::commands::skill::{catalogue, trail};

    fn ids<'a>(levels: &[LevelRef<'a>]) -> Vec<&'a str> {
        levels.iter().map(|l| l.id).collect()
    }

    #[test]
    fn follows_a_skill_up_the_ladder() {
        let index = acme();
        let reviews = trail(&index, index.skill("reviews"));
        assert_eq!(
            ids(&reviews.levels),
            ["senior-dev", "architect", "team-lead"]
        );
        assert_eq!(ids(&reviews.first), ["senior-dev"]);
        let dropped: Vec<(&str, Vec<&str>)> = reviews
            .dropped
            .iter()
            .map(|d| (d.level.id, d.after.clone()))
            .collect();
        assert_eq!(
            dropped,
            [
                ("principal", vec!["architect"]),
                ("head", vec!["team-lead"])
            ]
        );
    }

    #[test]
    fn a_skill_can_start_on_several_tracks() {
        let index = acme();
        let pricing = trail(&index, index.skill("pricing"));
        assert_eq!(ids(&pricing.first), ["principal", "head", "advisor"]);
        assert!(pricing.dropped.is_empty());
    }

    #[test]
    fn the_catalogue_counts_levels_per_skill() {
        let index = acme();
        let counts: Vec<(&str, usize)> = catalogue(&index)
            .0
            .iter()
            .map(|e| (e.skill.id, e.levels))
            .collect();
        assert_eq!(
            counts,
            [
                ("rust", 2),
                ("reviews", 3),
                ("listening", 2),
                ("roadmaps", 3),
                ("pricing", 3)
            ]
        );
    }
}

/// Search over what a ladder says.
mod search {
    use super::acme;
    use ladder::commands::search::search;

    #[test]
    fn finds_levels_by_any_field() {
        let index = acme();
        let found = search(&index, &["one-on".to_string()]);
        let ids: Vec<&str> = found.levels.iter().map(|l| l.level.id).collect();
        assert_eq!(ids, ["team-lead", "head"]);
        assert_eq!(found.levels[0].hits[0].field, "responsibility");
        let pitfall = search(&index, &["TEAM'S".to_string()]);
        assert_eq!(pitfall.levels[0].hits[0].field, "pitfall");
        assert!(
            search(&index, &["nothing-like-this".to_string()])
                .levels
                .is_empty()
        );
    }
}
