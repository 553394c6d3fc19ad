//! A transition plan from one level to another: what to take on, what to build,
//! what to hand off, what to avoid, and the shift of each step.

use serde::Serialize;

use crate::diff::{LevelRef, duty_delta, level_ref, skill_delta};
use crate::index::Index;
use crate::model::{Category, Level};
use crate::route::{self, Direction};

/// `ladder plan FROM TO`. Field names are the JSON contract.
#[derive(Debug, Serialize)]
pub struct Plan<'a> {
    pub from: LevelRef<'a>,
    pub to: LevelRef<'a>,
    pub direction: Direction,
    /// Level ids from `from` to `to`; empty when no route joins them.
    pub path: Vec<&'a str>,
    /// Responsibilities `to` has and `from` does not, with `to`'s detail.
    pub take_on: Vec<Duty<'a>>,
    /// Skills `to` needs and `from` does not, grouped by category.
    pub build: Vec<SkillGroup<'a>>,
    /// Responsibilities `from` has and `to` does not.
    pub hand_off: Vec<Duty<'a>>,
    /// The pitfalls of each level the route enters.
    pub pitfalls: Vec<Note<'a>>,
    /// The shift of each level the route enters.
    pub steps: Vec<Note<'a>>,
}

#[derive(Debug, Serialize)]
pub struct Duty<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub detail: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct SkillGroup<'a> {
    pub category: Category,
    pub skills: Vec<Named<'a>>,
}

#[derive(Debug, Serialize)]
pub struct Named<'a> {
    pub id: &'a str,
    pub name: &'a str,
}

/// A text that belongs to one level of the route.
#[derive(Debug, Serialize)]
pub struct Note<'a> {
    pub level: LevelRef<'a>,
    pub text: &'a str,
}

/// The detail `level` gives for its responsibility `id`.
fn detail<'a>(level: &'a Level, id: &str) -> Option<&'a str> {
    level
        .responsibilities
        .iter()
        .find(|r| r.id == id)
        .and_then(|r| r.detail.as_deref())
}

pub fn plan(index: &Index, from: usize, to: usize) -> Plan<'_> {
    let (a, b) = (index.level(from), index.level(to));
    let route = route::shortest(index, from, to)
        .map(|r| r.levels)
        .unwrap_or_default();
    let entered: Vec<_> = route.iter().skip(1).map(|&l| index.level(l)).collect();
    let duties = duty_delta(a, b);
    let skills = skill_delta(index, a, b);
    Plan {
        from: level_ref(a),
        to: level_ref(b),
        direction: route::direction(index, from, to),
        path: route.iter().map(|&l| index.level(l).id.as_str()).collect(),
        take_on: duties
            .gained
            .iter()
            .map(|d| Duty {
                id: d.id,
                name: d.name,
                detail: detail(b, d.id),
            })
            .collect(),
        build: Category::ALL
            .into_iter()
            .map(|category| SkillGroup {
                category,
                skills: skills
                    .gained
                    .iter()
                    .filter(|s| s.category == category)
                    .map(|s| Named {
                        id: s.id,
                        name: s.name,
                    })
                    .collect(),
            })
            .filter(|group| !group.skills.is_empty())
            .collect(),
        hand_off: duties
            .dropped
            .iter()
            .map(|d| Duty {
                id: d.id,
                name: d.name,
                detail: detail(a, d.id),
            })
            .collect(),
        pitfalls: entered
            .iter()
            .flat_map(|level| {
                level.pitfalls.iter().map(|text| Note {
                    level: level_ref(level),
                    text,
                })
            })
            .collect(),
        steps: entered
            .iter()
            .filter_map(|level| {
                level.shift.as_deref().map(|text| Note {
                    level: level_ref(level),
                    text,
                })
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::acme;

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
