//! The skill shift between two levels, as plain data every output format renders.

use std::collections::HashSet;

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::index::Index;
use crate::model::{Category, Level, Range, Responsibility, Text};
use crate::route::{self, Direction};

/// The skill shift from one level to another. Field names are the JSON contract.
#[derive(Debug, serde::Serialize)]
pub struct Diff<'a> {
    pub from: LevelRef<'a>,
    pub to: LevelRef<'a>,
    pub direction: Direction,
    /// Level ids from `from` to `to`; empty when no route joins them.
    pub path: Vec<&'a str>,
    pub changes: Changes<'a>,
    pub skills: Delta<SkillRef<'a>>,
    pub responsibilities: Delta<DutyRef<'a>>,
    pub skill_mix: SkillMix,
    pub shifts: Vec<Shift<'a>>,
}

#[derive(Debug, serde::Serialize)]
pub struct LevelRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub track: &'a str,
}

#[derive(Debug, PartialEq, serde::Serialize)]
pub struct Change<T> {
    pub from: T,
    pub to: T,
}

impl<T: PartialEq> Change<T> {
    pub fn changed(&self) -> bool {
        self.from != self.to
    }
}

/// Every compared field, changed or not, so that scripts see a fixed shape.
#[derive(Debug, serde::Serialize)]
pub struct Changes<'a> {
    pub role: Change<&'a str>,
    pub scope: Change<&'a str>,
    pub coding: Change<Option<Range>>,
    pub span: Change<Option<Range>>,
    pub track: Change<&'a str>,
}

#[derive(Debug, serde::Serialize)]
pub struct Delta<T> {
    pub gained: Vec<T>,
    pub dropped: Vec<T>,
    pub kept: Vec<T>,
}

#[derive(Debug, PartialEq, serde::Serialize)]
pub struct SkillRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub category: Category,
}

#[derive(Debug, PartialEq, serde::Serialize)]
pub struct DutyRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
}

/// How many skills of each category the two levels ask for, in `Category::ALL` order.
#[derive(Debug, PartialEq)]
pub struct SkillMix(pub [Change<usize>; 4]);

impl Serialize for SkillMix {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        for (category, mix) in Category::ALL.iter().zip(&self.0) {
            map.serialize_entry(category.as_str(), mix)?;
        }
        map.end()
    }
}

#[derive(Debug, serde::Serialize)]
pub struct Shift<'a> {
    pub level: &'a str,
    pub text: &'a str,
}

/// Compares level `from` with level `to`.
pub fn diff<'a>(index: &'a Index, from: usize, to: usize) -> Diff<'a> {
    let (a, b) = (index.level(from), index.level(to));
    let route = route::shortest(index, from, to);
    let direction = route::direction(index, from, to);
    let route_levels = route.map(|r| r.levels).unwrap_or_default();
    let shifts = route_levels.iter().skip(1).map(|&l| index.level(l));
    let skills = skill_delta(index, a, b);
    let responsibilities = duty_delta(a, b);
    Diff {
        from: level_ref(a),
        to: level_ref(b),
        direction,
        path: route_levels
            .iter()
            .map(|&l| index.level(l).id.as_str())
            .collect(),
        changes: Changes {
            role: change(a, b, |l| l.role.as_str()),
            scope: change(a, b, |l| l.scope.as_str()),
            coding: change(a, b, |l| l.coding),
            span: change(a, b, |l| l.span),
            track: change(a, b, |l| l.track.as_str()),
        },
        skill_mix: skill_mix(index, a, b),
        skills,
        responsibilities,
        shifts: shifts
            .filter_map(|level| {
                level.shift.as_deref().map(|text| Shift {
                    level: &level.id,
                    text,
                })
            })
            .collect(),
    }
}

/// How many skills of each category `from` and `to` ask for: one lookup per skill.
fn skill_mix(index: &Index, from: &Level, to: &Level) -> SkillMix {
    let count = |level: &Level| {
        let mut counts = [0; Category::ALL.len()];
        for id in &level.skills {
            // `Category::ALL` lists the categories in the order they are declared.
            counts[index.skill(id).category as usize] += 1;
        }
        counts
    };
    let (from, to) = (count(from), count(to));
    SkillMix(std::array::from_fn(|i| Change {
        from: from[i],
        to: to[i],
    }))
}

/// The skills of `from` and `to` split into gained, dropped and kept.
pub(crate) fn skill_delta<'a>(
    index: &'a Index,
    from: &'a Level,
    to: &'a Level,
) -> Delta<SkillRef<'a>> {
    let skill = |id: &'a Text| {
        let s = index.skill(id);
        SkillRef {
            id: &s.id,
            name: &s.name,
            category: s.category,
        }
    };
    delta(&from.skills, &to.skills, |id| id.as_str(), skill)
}

/// The responsibilities of `from` and `to` split into gained, dropped and kept.
pub(crate) fn duty_delta<'a>(from: &'a Level, to: &'a Level) -> Delta<DutyRef<'a>> {
    let duty = |r: &'a Responsibility| DutyRef {
        id: &r.id,
        name: &r.name,
    };
    delta(
        &from.responsibilities,
        &to.responsibilities,
        |r| r.id.as_str(),
        duty,
    )
}

pub fn level_ref(level: &Level) -> LevelRef<'_> {
    LevelRef {
        id: &level.id,
        name: &level.name,
        track: &level.track,
    }
}

pub(crate) fn change<'a, T>(
    a: &'a Level,
    b: &'a Level,
    field: impl Fn(&'a Level) -> T,
) -> Change<T> {
    Change {
        from: field(a),
        to: field(b),
    }
}

/// Splits two lists by key: in `to` only (gained, in `to` order), in `from` only
/// (dropped, in `from` order), in both (kept, in `to` order).
pub(crate) fn delta<'a, T, R>(
    from: &'a [T],
    to: &'a [T],
    key: impl Fn(&'a T) -> &'a str,
    view: impl Fn(&'a T) -> R,
) -> Delta<R> {
    let before: HashSet<&str> = from.iter().map(&key).collect();
    let after: HashSet<&str> = to.iter().map(&key).collect();
    let (kept, gained): (Vec<&'a T>, Vec<&'a T>) =
        to.iter().partition(|item| before.contains(key(item)));
    Delta {
        gained: gained.into_iter().map(&view).collect(),
        dropped: from
            .iter()
            .filter(|item| !after.contains(key(item)))
            .map(&view)
            .collect(),
        kept: kept.into_iter().map(&view).collect(),
    }
}

#[cfg(test)]
mod tests;
