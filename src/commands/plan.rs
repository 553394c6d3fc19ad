//! `ladder plan FROM TO`: a transition plan from one level to another: what to
//! take on, what to build, what to hand off, what to avoid, and the shift of
//! each step. A document: its table format is Markdown.

use crate::ladder::find::Place;

use serde::Serialize;

use super::Answer;
use super::delta::{duty_delta_named, skill_delta};
use super::shared::{LevelRef, Named, ids, route_and_shifted};
use crate::ladder::{CheckedLadder, Direction, Level, find, route};
use crate::output::markup::{Layout, Line, Markup};

/// `ladder plan FROM TO`. Field names are the JSON contract.
#[derive(Debug, Serialize)]
pub struct Plan<'a> {
    pub from: LevelRef<'a>,
    pub to: LevelRef<'a>,
    pub direction: Direction,
    /// Level ids from `from` to `to`; empty when no route joins them.
    pub path: Vec<&'a str>,
    /// The same levels, named, for the document.
    #[serde(skip)]
    pub route: Vec<LevelRef<'a>>,
    /// Responsibilities `to` has and `from` does not, with `to`'s detail.
    pub take_on: Vec<Duty<'a>>,
    /// Responsibilities both have that `to` words otherwise: the same duty,
    /// grown (hiring becomes budget and headcount), with `to`'s detail.
    pub grow: Vec<Grown<'a>>,
    /// Skills `to` needs and `from` does not, grouped by category.
    pub build: Vec<SkillGroup<'a>>,
    /// Responsibilities `from` has and `to` does not.
    pub hand_off: Vec<Duty<'a>>,
    /// The pitfalls of each level the route enters.
    pub pitfalls: Vec<Note<'a>>,
    /// The shift of each level the route enters as its shift tells.
    pub steps: Vec<Note<'a>>,
}

#[derive(Debug, Serialize)]
pub struct Duty<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub detail: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct Grown<'a> {
    pub id: &'a str,
    /// The name `from` gives it.
    pub was: &'a str,
    pub name: &'a str,
    pub detail: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct SkillGroup<'a> {
    /// The category's id.
    pub category: &'a str,
    /// Its name, for the human layouts: scripts have the id.
    #[serde(skip)]
    pub name: &'a str,
    pub skills: Vec<Named<'a>>,
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

pub fn run<'a>(
    ladder: &'a CheckedLadder,
    from: &str,
    to: &str,
    place: &dyn Place,
) -> anyhow::Result<Plan<'a>> {
    let (a, b) = find::pair(ladder, from, to, place)?;
    Ok(plan(ladder, a, b))
}

pub fn plan(ladder: &CheckedLadder, from: usize, to: usize) -> Plan<'_> {
    let (a, b) = (ladder.level(from), ladder.level(to));
    let (route, shifted) = route_and_shifted(ladder, from, to);
    let entered: Vec<_> = route.iter().skip(1).map(|&l| ladder.level(l)).collect();
    let duties = duty_delta_named(a, b);
    let skills = skill_delta(ladder, a, b);
    Plan {
        from: LevelRef::new(a),
        to: LevelRef::new(b),
        direction: route::direction(ladder, from, to),
        path: ids(ladder, &route),
        route: route
            .iter()
            .map(|&l| LevelRef::new(ladder.level(l)))
            .collect(),
        take_on: duties
            .gained
            .iter()
            .map(|d| Duty {
                id: d.id,
                name: d.name,
                detail: detail(b, d.id),
            })
            .collect(),
        grow: (duties.kept.iter())
            .filter_map(|d| {
                Some(Grown {
                    id: d.id,
                    was: d.was?,
                    name: d.name,
                    detail: detail(b, d.id),
                })
            })
            .collect(),
        build: (ladder.categories().iter())
            .map(|category| SkillGroup {
                category: &category.id,
                name: &category.name,
                skills: skills
                    .gained
                    .iter()
                    .filter(|s| s.category == category.id.as_str())
                    .map(|s| Named {
                        id: s.id,
                        name: s.name,
                        was: None,
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
                    level: LevelRef::new(level),
                    text,
                })
            })
            .collect(),
        steps: (shifted.iter().map(|&l| ladder.level(l)))
            .filter_map(|level| {
                level.shift.as_deref().map(|text| Note {
                    level: LevelRef::new(level),
                    text,
                })
            })
            .collect(),
    }
}

impl Layout for Plan<'_> {
    fn layout(&self, out: &mut dyn Markup) {
        // A document people publish names levels; the ids are for scripts.
        let title = format!("Plan: {} → {}", self.from.name, self.to.name);
        out.heading(1, &title.into());
        let route = match self.route.as_slice() {
            [] => Line::text("no route joins these levels"),
            levels => Line::text(
                levels
                    .iter()
                    .map(|l| l.name)
                    .collect::<Vec<_>>()
                    .join(" → "),
            ),
        };
        out.facts(&[
            ("Direction", self.direction.as_str().into()),
            ("Route", route),
        ]);
        out.heading(2, &"Responsibilities to take on".into());
        checklist(&self.take_on, out);
        if !self.grow.is_empty() {
            out.heading(2, &"Responsibilities that grow".into());
            let items: Vec<Line> = (self.grow.iter())
                .map(|g| {
                    let item =
                        (Line::new().strong(g.name.into())).plain(format!(" (was: {})", g.was));
                    match g.detail {
                        Some(detail) => item.plain(": ").plain(detail),
                        None => item,
                    }
                })
                .collect();
            out.checklist(&items);
        }
        out.heading(2, &"Skills to build".into());
        if self.build.is_empty() {
            out.paragraph(0, &"Nothing new.".into());
        }
        for group in &self.build {
            out.heading(3, &group.name.into());
            let skills: Vec<Line> = group.skills.iter().map(|s| s.name.into()).collect();
            out.checklist(&skills);
        }
        out.heading(2, &"What to hand off".into());
        checklist(&self.hand_off, out);
        if !self.pitfalls.is_empty() {
            out.heading(2, &"Pitfalls to avoid".into());
        }
        let pitfalls: Vec<Line> = self
            .pitfalls
            .iter()
            .map(|p| {
                Line::text(p.text)
                    .plain(" (")
                    .plain(p.level.name)
                    .plain(")")
            })
            .collect();
        out.bullets(&pitfalls);
        if !self.steps.is_empty() {
            out.heading(2, &"The shift, step by step".into());
        }
        let steps: Vec<Line> = self
            .steps
            .iter()
            .map(|step| {
                Line::new()
                    .strong(step.level.name.into())
                    .plain(": ")
                    .plain(step.text)
            })
            .collect();
        out.numbered(&steps);
    }
}

/// Responsibilities to tick off, each with its detail; `Nothing.` when none.
fn checklist(duties: &[Duty], out: &mut dyn Markup) {
    if duties.is_empty() {
        out.paragraph(0, &"Nothing.".into());
        return;
    }
    let items: Vec<Line> = duties
        .iter()
        .map(|d| {
            let item = Line::new().strong(d.name.into());
            match d.detail {
                Some(detail) => item.plain(": ").plain(detail),
                None => item,
            }
        })
        .collect();
    out.checklist(&items);
}

impl Answer for Plan<'_> {
    fn is_document(&self) -> bool {
        true
    }
}
