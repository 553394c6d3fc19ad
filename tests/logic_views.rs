//! The views of the commands through the library on the fixture ladder
//! (tests/fixtures/acme.yaml): diffs, plans, skills and search.

mod common;

use common::acme;

/// The diff between two levels.
mod diff {
    use super::acme;
    use ladder::commands::diff::diff;
    use ladder::commands::shared::Change;
    use ladder::ladder::{Direction, Range};

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
        let counts: Vec<(&str, Change<usize>)> = (d.skill_mix.0.iter())
            .map(|(c, m)| {
                (
                    c.id.as_str(),
                    Change {
                        from: m.from,
                        to: m.to,
                    },
                )
            })
            .collect();
        assert_eq!(
            counts,
            [
                ("technical", mix(2, 1)),
                ("relational", mix(0, 1)),
                ("organizational", mix(0, 0)),
                ("business", mix(0, 0))
            ]
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
}

/// A transition plan.
mod plan {
    use super::acme;
    use ladder::commands::plan::plan;

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
        let build: Vec<(&str, Vec<&str>)> = p
            .build
            .iter()
            .map(|g| (g.category, g.skills.iter().map(|s| s.id).collect()))
            .collect();
        assert_eq!(
            build,
            [
                ("relational", vec!["listening"]),
                ("organizational", vec!["roadmaps"]),
                ("business", vec!["pricing"])
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
            .map(|d| (d.level.id, ids(&d.after)))
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
