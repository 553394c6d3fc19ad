//! A route walked step by step: what each step adds and drops, where the route
//! passes a fork, and what the whole journey adds and drops.

use serde::Serialize;

use crate::diff::{
    Change, Delta, DutyRef, LevelRef, SkillRef, change, duty_delta, level_ref, skill_delta,
};
use crate::index::{Index, Move};
use crate::model::{Level, Range};
use crate::route::{self, Direction, Route};

/// `ladder path FROM TO`. Field names are the JSON contract.
#[derive(Debug, Serialize)]
pub struct Journey<'a> {
    pub from: LevelRef<'a>,
    pub to: LevelRef<'a>,
    pub direction: Direction,
    pub steps: Vec<Step<'a>>,
    pub totals: Shift<'a>,
}

/// One move between adjacent levels.
#[derive(Debug, Serialize)]
pub struct Step<'a> {
    pub from: LevelRef<'a>,
    pub to: LevelRef<'a>,
    pub direction: Move,
    /// Set when `from` offers more than one promotion and the step takes one.
    pub fork: Option<Fork<'a>>,
    #[serde(flatten)]
    pub shift: Shift<'a>,
}

/// A level where the ladder branches, and the branch the route takes.
#[derive(Debug, Serialize)]
pub struct Fork<'a> {
    pub level: &'a str,
    pub options: Vec<LevelRef<'a>>,
    pub taken: &'a str,
}

/// What changes between two levels: skills and responsibilities gained and
/// dropped, and the coding share and scope.
#[derive(Debug, Serialize)]
pub struct Shift<'a> {
    pub skills: Gains<SkillRef<'a>>,
    pub responsibilities: Gains<DutyRef<'a>>,
    pub coding: Change<Option<Range>>,
    pub scope: Change<&'a str>,
}

impl<'a> Shift<'a> {
    /// The named items of the shift that are not empty, each list with its label:
    /// skills and responsibilities gained and dropped.
    pub fn lists(&self) -> Vec<(&'static str, Vec<&'a str>)> {
        let skills = |items: &Vec<SkillRef<'a>>| items.iter().map(|s| s.name).collect::<Vec<_>>();
        let duties = |items: &Vec<DutyRef<'a>>| items.iter().map(|r| r.name).collect::<Vec<_>>();
        let lists = [
            ("skills gained", skills(&self.skills.gained)),
            ("skills dropped", skills(&self.skills.dropped)),
            (
                "responsibilities gained",
                duties(&self.responsibilities.gained),
            ),
            (
                "responsibilities dropped",
                duties(&self.responsibilities.dropped),
            ),
        ];
        lists
            .into_iter()
            .filter(|(_, names)| !names.is_empty())
            .collect()
    }
}

#[derive(Debug, Serialize)]
pub struct Gains<T> {
    pub gained: Vec<T>,
    pub dropped: Vec<T>,
}

impl<T> From<Delta<T>> for Gains<T> {
    fn from(delta: Delta<T>) -> Self {
        Gains {
            gained: delta.gained,
            dropped: delta.dropped,
        }
    }
}

/// The journey from `from` to `to` along the shortest route, or `None` when no
/// route joins them.
pub fn journey(index: &Index, from: usize, to: usize) -> Option<Journey<'_>> {
    let Route { levels, moves } = route::shortest(index, from, to)?;
    let steps = levels
        .windows(2)
        .zip(moves)
        .map(|(pair, direction)| {
            let (a, b) = (index.level(pair[0]), index.level(pair[1]));
            let fork = (direction == Move::Up && a.next.len() > 1).then(|| Fork {
                level: &a.id,
                options: a
                    .next
                    .iter()
                    .filter_map(|id| index.find_level(id))
                    .map(|l| level_ref(index.level(l)))
                    .collect(),
                taken: &b.id,
            });
            Step {
                from: level_ref(a),
                to: level_ref(b),
                direction,
                fork,
                shift: shift(index, a, b),
            }
        })
        .collect();
    let (a, b) = (index.level(from), index.level(to));
    Some(Journey {
        from: level_ref(a),
        to: level_ref(b),
        direction: route::direction(index, from, to),
        steps,
        totals: shift(index, a, b),
    })
}

fn shift<'a>(index: &'a Index, a: &'a Level, b: &'a Level) -> Shift<'a> {
    Shift {
        skills: skill_delta(index, a, b).into(),
        responsibilities: duty_delta(a, b).into(),
        coding: change(a, b, |l| l.coding),
        scope: change(a, b, |l| l.scope.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::acme;

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
        assert_eq!(second.shift.skills.gained[0].id, "listening");
        assert_eq!(second.shift.responsibilities.dropped[0].id, "ship");
        assert_eq!(
            second.shift.scope,
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
