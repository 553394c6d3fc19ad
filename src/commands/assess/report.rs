//! The readiness report of an assessment, which is also the promotion case
//! a person pastes into a document.

use serde::Serialize;

use super::super::shared::LevelRef;
use super::progress::Progress;
use crate::ladder::CheckedLadder;
use crate::ladder::assessment::{Assessment, Rating};
use crate::ladder::route::{self, Direction};
use crate::ladder::text::blank;

/// Field names are the JSON contract.
#[derive(Debug, Serialize)]
pub struct Report<'a> {
    pub person: Option<&'a str>,
    pub date: Option<&'a str>,
    pub level: LevelRef<'a>,
    pub target: LevelRef<'a>,
    /// Where the target is from the level, by seniority: `up` for a
    /// promotion case, `across` or `down` for another move.
    pub direction: Direction,
    /// Level ids from `level` to `target`.
    pub path: Vec<&'a str>,
    /// The share of the target's expectations met with evidence, 0 to 100.
    pub readiness: u32,
    pub categories: Vec<Share<'a>>,
    pub responsibilities: Share<'a>,
    pub items: Vec<Item<'a>>,
    /// Rated ids the route no longer asks for.
    pub no_longer_asked: Vec<&'a str>,
    /// Rated ids a level before the target on the route asks for (the
    /// level the person is at, say) and the target does not: kept, not
    /// counted.
    pub not_asked_by_target: Vec<&'a str>,
    pub progress: Option<Progress<'a>>,
    /// For each id no longer asked, the levels off the route that ask for
    /// it: none when no level of the ladder does.
    #[serde(skip)]
    pub asked_elsewhere: Vec<Vec<&'a str>>,
    #[serde(skip)]
    pub route: Vec<LevelRef<'a>>,
    #[serde(skip)]
    pub shifts: Vec<(&'a str, &'a str)>,
    #[serde(skip)]
    pub pitfalls: Vec<(&'a str, &'a str)>,
}

/// How much of a group of expectations is met.
#[derive(Debug, Serialize)]
pub struct Share<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub met: usize,
    pub total: usize,
}

/// One expectation of the target and where the person stands on it.
#[derive(Debug, Serialize)]
pub struct Item<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// `responsibility` or `skill`.
    pub kind: &'static str,
    /// `not-yet`, `working-towards`, `meeting`, `exceeding`, or `null` when unrated.
    pub rating: Option<&'static str>,
    pub evidence: Vec<&'a str>,
    /// What keeps it from counting as met: `no rating`, `below meeting`, `no evidence`.
    pub missing: Vec<&'static str>,
    /// The person's note on it, or `null`.
    pub note: Option<&'a str>,
}

/// One expectation as the report lists it.
fn item<'a>(id: &'a str, name: &'a str, kind: &'static str, rated: Option<&'a Rating>) -> Item<'a> {
    let mut missing = Vec::new();
    match rated {
        None => missing.push("no rating"),
        Some(r) if !r.rating.met() => missing.push("below meeting"),
        Some(_) => {}
    }
    // Blank evidence is no evidence.
    if rated.is_none_or(|r| r.evidence.iter().all(|e| blank(e))) {
        missing.push("no evidence");
    }
    Item {
        id,
        name,
        kind,
        rating: rated.map(|r| r.rating.as_str()),
        evidence: rated
            .map(|r| r.evidence.iter().map(|e| e.as_str()).collect())
            .unwrap_or_default(),
        missing,
        note: rated.and_then(|r| r.note.as_deref()),
    }
}

/// The levels of `ladder` that ask for each of `ids`, as a responsibility or
/// a skill, by id; the ladder is indexed once, and only when there are ids.
fn asked_at<'a>(ladder: &'a CheckedLadder, ids: &[String]) -> Vec<Vec<&'a str>> {
    if ids.is_empty() {
        return Vec::new();
    }
    let mut at: crate::ladder::hash::HashMap<&str, Vec<&str>> = Default::default();
    for level in ladder.levels() {
        let asked = (level.responsibilities.iter().map(|d| d.id.as_str()))
            .chain(level.skills.iter().map(|s| s.as_str()));
        for id in asked {
            let levels = at.entry(id).or_default();
            if levels.last() != Some(&level.id.as_str()) {
                levels.push(level.id.as_str());
            }
        }
    }
    (ids.iter())
        .map(|id| at.get(id.as_str()).cloned().unwrap_or_default())
        .collect()
}

/// The report of `data` on `ladder`, from `level` to `target` along `route`,
/// whose levels `shifted` it enters as their shifts tell (`route_and_shifted`).
pub fn report<'a>(
    ladder: &'a CheckedLadder,
    data: &'a Assessment,
    (level, target): (usize, usize),
    (route, shifted): (&[usize], &[usize]),
    stale: &'a [String],
) -> Report<'a> {
    let goal = ladder.level(target);
    // Looked up by id in a map: any number of ratings costs one pass.
    let by_id: crate::ladder::hash::HashMap<&str, &Rating> = (data.ratings.0.iter())
        .map(|(id, r)| (id.as_str(), r))
        .collect();
    let rated = |id: &str| by_id.get(id).copied();
    let duties = goal
        .responsibilities
        .iter()
        .map(|d| item(&d.id, &d.name, "responsibility", rated(&d.id)));
    let skills = goal.skills.iter().map(|id| {
        let skill = ladder.skill(id);
        item(&skill.id, &skill.name, "skill", rated(id))
    });
    let items: Vec<Item> = duties.chain(skills).collect();
    let met = |item: &&Item| item.missing.is_empty();
    let total = items.len();
    let readiness = (items.iter().filter(met).count() * 100)
        .checked_div(total)
        .unwrap_or(100);
    let categories = (ladder.categories().iter())
        .map(|c| {
            let in_it = (items.iter().filter(|i| i.kind == "skill"))
                .filter(|i| ladder.skill(i.id).category == c.id);
            let (met, total) = in_it.fold((0, 0), |(m, t), i| {
                (m + usize::from(i.missing.is_empty()), t + 1)
            });
            Share {
                id: &c.id,
                name: &c.name,
                met,
                total,
            }
        })
        .filter(|s| s.total > 0)
        .collect();
    let duty_items = items.iter().filter(|i| i.kind == "responsibility");
    let (duties_met, duties_total) = duty_items.fold((0, 0), |(m, t), i| {
        (m + usize::from(i.missing.is_empty()), t + 1)
    });
    let entered = route.iter().skip(1).map(|&l| ladder.level(l));
    let counted: crate::ladder::hash::HashSet<&str> = (items.iter().map(|i| i.id))
        .chain(stale.iter().map(String::as_str))
        .collect();
    let not_asked_by_target = (data.ratings.0.iter())
        .map(|(id, _)| id.as_str())
        .filter(|id| !counted.contains(id))
        .collect();
    Report {
        // A blank name is no name.
        person: data.person.as_deref().filter(|p| !blank(p)),
        date: data.date.as_deref(),
        level: LevelRef::new(ladder.level(level)),
        target: LevelRef::new(goal),
        direction: route::direction(ladder, level, target),
        path: route.iter().map(|&l| ladder.level(l).id.as_str()).collect(),
        readiness: u32::try_from(readiness).unwrap_or(100),
        categories,
        responsibilities: Share {
            id: "responsibilities",
            name: "Responsibilities",
            met: duties_met,
            total: duties_total,
        },
        items,
        no_longer_asked: stale.iter().map(String::as_str).collect(),
        not_asked_by_target,
        progress: None,
        asked_elsewhere: asked_at(ladder, stale),
        route: route
            .iter()
            .map(|&l| LevelRef::new(ladder.level(l)))
            .collect(),
        // A level's shift tells of the usual way into it.
        shifts: (shifted.iter().map(|&l| ladder.level(l)))
            .filter_map(|l| l.shift.as_deref().map(|s| (l.name.as_str(), s)))
            .collect(),
        pitfalls: entered
            .flat_map(|l| {
                l.pitfalls
                    .iter()
                    .map(move |p| (l.name.as_str(), p.as_str()))
            })
            .collect(),
    }
}
