//! The diff between two levels of the fixture ladder.

use super::*;
use crate::load::tests::acme;

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
