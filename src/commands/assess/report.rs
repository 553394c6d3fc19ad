//! The readiness report of an assessment, which is also the promotion case
//! a person pastes into a document.

use serde::Serialize;

use super::super::shared::LevelRef;
use crate::ladder::CheckedLadder;
use crate::ladder::assessment::{Assessment, Rating};
use crate::output::markup::{Layout, Line, Markup};

/// Field names are the JSON contract.
#[derive(Debug, Serialize)]
pub struct Report<'a> {
    pub person: Option<&'a str>,
    pub date: Option<&'a str>,
    pub level: LevelRef<'a>,
    pub target: LevelRef<'a>,
    /// Level ids from `level` to `target`.
    pub path: Vec<&'a str>,
    /// The share of the target's expectations met with evidence, 0 to 100.
    pub readiness: u32,
    pub categories: Vec<Share<'a>>,
    pub responsibilities: Share<'a>,
    pub items: Vec<Item<'a>>,
    /// Rated ids the route no longer asks for.
    pub no_longer_asked: Vec<&'a str>,
    pub progress: Option<Progress<'a>>,
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
    #[serde(skip)]
    pub note: Option<&'a str>,
}

/// What moved since an earlier assessment.
#[derive(Debug, Serialize)]
pub struct Progress<'a> {
    pub against: String,
    pub moved: Vec<Moved<'a>>,
    pub evidence_added: Vec<Added<'a>>,
    pub evidence_removed: Vec<Added<'a>>,
    /// Ids rated before and not now.
    pub no_longer_rated: Vec<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct Moved<'a> {
    pub id: &'a str,
    pub from: Option<&'static str>,
    pub to: &'static str,
    /// `up`, `down`, or `new` for an id rated for the first time.
    pub direction: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Added<'a> {
    pub id: &'a str,
    pub evidence: Vec<&'a str>,
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
    if rated.is_none_or(|r| r.evidence.iter().all(|e| e.trim().is_empty())) {
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

/// The report of `data` on `ladder`, from `level` to `target` along `route`.
pub fn report<'a>(
    ladder: &'a CheckedLadder,
    data: &'a Assessment,
    (level, target): (usize, usize),
    route: &[usize],
    stale: &'a [String],
) -> Report<'a> {
    let goal = ladder.level(target);
    let rated = |id: &str| data.ratings.get(id);
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
    Report {
        person: data.person.as_deref(),
        date: data.date.as_deref(),
        level: LevelRef::new(ladder.level(level)),
        target: LevelRef::new(goal),
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
        progress: None,
        route: route
            .iter()
            .map(|&l| LevelRef::new(ladder.level(l)))
            .collect(),
        shifts: (entered.clone())
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

/// What moved from `older` to `newer`: ratings that changed (and which way),
/// evidence added and removed, ratings dropped. Looked up by id in a map, so
/// any number of ratings costs one pass over each file's.
pub fn progress<'a>(newer: &'a Assessment, older: &'a Assessment, against: String) -> Progress<'a> {
    use std::collections::{HashMap, HashSet};
    let before: HashMap<&str, &Rating> = older
        .ratings
        .0
        .iter()
        .map(|(id, r)| (id.as_str(), r))
        .collect();
    let now: HashSet<&str> = newer.ratings.0.iter().map(|(id, _)| id.as_str()).collect();
    let mut progress = Progress {
        against,
        moved: Vec::new(),
        evidence_added: Vec::new(),
        evidence_removed: Vec::new(),
        no_longer_rated: Vec::new(),
    };
    for (id, rating) in &newer.ratings.0 {
        let was = before.get(id.as_str());
        if was.map(|b| b.rating) != Some(rating.rating) {
            let direction = match was {
                None => "new",
                Some(b) if b.rating < rating.rating => "up",
                Some(_) => "down",
            };
            progress.moved.push(Moved {
                id,
                from: was.map(|b| b.rating.as_str()),
                to: rating.rating.as_str(),
                direction,
            });
        }
        let had: HashSet<&str> = was
            .map(|b| b.evidence.iter().map(|e| e.as_str()).collect())
            .unwrap_or_default();
        let has: HashSet<&str> = rating.evidence.iter().map(|e| e.as_str()).collect();
        let added: Vec<&str> = rating
            .evidence
            .iter()
            .map(|e| e.as_str())
            .filter(|e| !had.contains(e))
            .collect();
        if !added.is_empty() {
            progress.evidence_added.push(Added {
                id,
                evidence: added,
            });
        }
        if let Some(b) = was {
            let removed: Vec<&str> = b
                .evidence
                .iter()
                .map(|e| e.as_str())
                .filter(|e| !has.contains(e))
                .collect();
            if !removed.is_empty() {
                progress.evidence_removed.push(Added {
                    id,
                    evidence: removed,
                });
            }
        }
    }
    for (id, _) in &older.ratings.0 {
        if !now.contains(id.as_str()) {
            progress.no_longer_rated.push(id);
        }
    }
    progress
}

impl Layout for Report<'_> {
    fn layout(&self, out: &mut dyn Markup) {
        let title = match self.person {
            Some(person) => format!(
                "Promotion case: {person}, {} → {}",
                self.level.name, self.target.name
            ),
            None => format!("Promotion case: {} → {}", self.level.name, self.target.name),
        };
        out.heading(1, &title.into());
        let route = self
            .route
            .iter()
            .map(|l| l.name)
            .collect::<Vec<_>>()
            .join(" → ");
        let met = self.items.iter().filter(|i| i.missing.is_empty()).count();
        let readiness = format!(
            "{}% ({met} of {} expectations met with evidence)",
            self.readiness,
            self.items.len()
        );
        let mut facts: Vec<(&str, Line)> =
            vec![("Route", route.into()), ("Readiness", readiness.into())];
        if let Some(date) = self.date {
            facts.push(("Date", date.into()));
        }
        out.facts(&facts);
        out.heading(2, &"By category".into());
        let shares = std::iter::once(&self.responsibilities).chain(&self.categories);
        let rows: Vec<Vec<Line>> = shares
            .filter(|s| s.total > 0)
            .map(|s| vec![s.name.into(), format!("{} of {}", s.met, s.total).into()])
            .collect();
        out.table(&["Expectations", "Met"], &rows, &[0, 1]);
        let (done, open): (Vec<&Item>, Vec<&Item>) =
            self.items.iter().partition(|i| i.missing.is_empty());
        out.heading(2, &"Met".into());
        if done.is_empty() {
            out.paragraph(0, &"Nothing yet.".into());
        }
        let described: Vec<(Line, Line)> = done.iter().map(|i| (term(i), evidence(i))).collect();
        out.described(&described);
        out.heading(2, &"Still open".into());
        if open.is_empty() {
            out.paragraph(
                0,
                &"Nothing: every expectation is met with evidence.".into(),
            );
        }
        let described: Vec<(Line, Line)> = (open.iter())
            .map(|i| {
                (
                    term(i),
                    Line::text(format!("missing: {}", i.missing.join(", "))),
                )
            })
            .collect();
        out.described(&described);
        if !self.no_longer_asked.is_empty() {
            out.heading(2, &"No longer asked".into());
            out.paragraph(
                0,
                &"The ladder changed since these were rated; the route no longer asks for them:"
                    .into(),
            );
            let ids: Vec<Line> = self
                .no_longer_asked
                .iter()
                .map(|id| Line::new().code(*id))
                .collect();
            out.bullets(&ids);
        }
        if let Some(progress) = &self.progress {
            out.heading(2, &format!("Progress since {}", progress.against).into());
            let mut lines: Vec<Line> = (progress.moved.iter())
                .map(|m| {
                    let from = m.from.unwrap_or("unrated");
                    let change = format!(": {from} → {} ({})", m.to, m.direction);
                    Line::new().code(m.id).plain(change)
                })
                .collect();
            let changes = [
                (&progress.evidence_added, "new"),
                (&progress.evidence_removed, "removed"),
            ];
            for (list, word) in changes {
                for added in list {
                    let count = added.evidence.len();
                    let plural = if count == 1 { "" } else { "s" };
                    let text = format!(": {count} {word} piece{plural} of evidence");
                    lines.push(Line::new().code(added.id).plain(text));
                }
            }
            for id in &progress.no_longer_rated {
                lines.push(Line::new().code(*id).plain(": no longer rated"));
            }
            if lines.is_empty() {
                out.paragraph(0, &"No rating moved and no evidence was added.".into());
            }
            out.bullets(&lines);
        }
        if !self.shifts.is_empty() {
            out.heading(2, &"The shifts on the route".into());
            let shifts: Vec<Line> = (self.shifts.iter())
                .map(|(level, text)| {
                    Line::new()
                        .strong(Line::text(*level))
                        .plain(": ")
                        .plain(*text)
                })
                .collect();
            out.numbered(&shifts);
        }
        if !self.pitfalls.is_empty() {
            out.heading(2, &"Pitfalls to watch".into());
            let pitfalls: Vec<Line> = (self.pitfalls.iter())
                .map(|(level, text)| Line::text(*text).plain(format!(" ({level})")))
                .collect();
            out.bullets(&pitfalls);
        }
    }
}

/// An expectation's name, kind and rating.
fn term<'a>(item: &Item<'a>) -> Line<'a> {
    let rating = item.rating.unwrap_or("unrated");
    Line::text(item.name).plain(format!(" ({}, {rating})", item.kind))
}

/// The evidence of an expectation, and its note.
fn evidence<'a>(item: &Item<'a>) -> Line<'a> {
    let mut line = Line::text(item.evidence.join("; "));
    if let Some(note) = item.note {
        line = line.plain(format!(" — {note}"));
    }
    line
}
