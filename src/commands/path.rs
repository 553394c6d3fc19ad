//! `ladder path FROM TO`: a route walked step by step: what each step adds and
//! drops, where the route passes a fork, and what the whole journey adds and
//! drops.

use crate::ladder::find::Place;

use anyhow::bail;
use serde::Serialize;

use super::Answer;
use super::delta::{Delta, duty_delta_named, skill_delta};
use super::shared::{Change, LevelRef, Named, SkillRef, coding, span};
use crate::ladder::route::{self, Route};
use crate::ladder::{CheckedLadder, Direction, Level, Move, Range, find};
use crate::output::markup::{Layout, Line, Markup, Sign, Span};

/// `ladder path FROM TO`. Field names are the JSON contract.
#[derive(Debug, Serialize)]
pub struct Journey<'a> {
    pub from: LevelRef<'a>,
    pub to: LevelRef<'a>,
    pub direction: Direction,
    pub steps: Vec<Step<'a>>,
    pub totals: StepChange<'a>,
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
    pub change: StepChange<'a>,
}

/// A level where the ladder branches, and the branch the route takes.
#[derive(Debug, Serialize)]
pub struct Fork<'a> {
    pub level: &'a str,
    pub options: Vec<LevelRef<'a>>,
    pub taken: &'a str,
}

/// What changes between two levels: skills and responsibilities gained and
/// dropped, and the coding share, span of control and scope.
#[derive(Debug, Serialize)]
pub struct StepChange<'a> {
    pub skills: Gains<SkillRef<'a>>,
    pub responsibilities: DutyGains<'a>,
    pub coding: Change<Option<Range>>,
    pub span: Change<Option<Range>>,
    pub scope: Change<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct Gains<T> {
    pub gained: Vec<T>,
    pub dropped: Vec<T>,
}

/// Responsibilities gained and dropped, and those kept under a new name
/// (each with `was`): without them a step would drop what no step gained.
#[derive(Debug, Serialize)]
pub struct DutyGains<'a> {
    pub gained: Vec<Named<'a>>,
    pub dropped: Vec<Named<'a>>,
    pub renamed: Vec<Named<'a>>,
}

impl<'a> From<Delta<Named<'a>>> for DutyGains<'a> {
    fn from(mut delta: Delta<Named<'a>>) -> Self {
        delta.kept.retain(|d| d.was.is_some());
        DutyGains {
            gained: delta.gained,
            dropped: delta.dropped,
            renamed: delta.kept,
        }
    }
}

impl<T> From<Delta<T>> for Gains<T> {
    fn from(delta: Delta<T>) -> Self {
        Gains {
            gained: delta.gained,
            dropped: delta.dropped,
        }
    }
}

pub fn run<'a>(
    ladder: &'a CheckedLadder,
    from: &str,
    to: &str,
    place: &dyn Place,
) -> anyhow::Result<Journey<'a>> {
    let (a, b) = find::pair(ladder, from, to, place)?;
    match journey(ladder, a, b) {
        Some(journey) => Ok(journey),
        None => {
            let (a, b) = (&ladder.level(a).id, &ladder.level(b).id);
            bail!(
                "no route from '{a}' to '{b}' in {place}: no chain of promotions and lateral moves joins them; `{} diff {a} {b}` still compares them",
                place.ladder()
            )
        }
    }
}

/// The journey from `from` to `to` along the shortest route, or `None` when no
/// route joins them.
pub fn journey(ladder: &CheckedLadder, from: usize, to: usize) -> Option<Journey<'_>> {
    let Route { levels, moves } = route::shortest(ladder, from, to)?;
    let steps = levels
        .windows(2)
        .zip(moves)
        .map(|(pair, direction)| {
            let (a, b) = (ladder.level(pair[0]), ladder.level(pair[1]));
            let fork = (direction == Move::Up && a.next.len() > 1).then(|| Fork {
                level: &a.id,
                options: a
                    .next
                    .iter()
                    .filter_map(|id| ladder.find_level(id))
                    .map(|l| LevelRef::new(ladder.level(l)))
                    .collect(),
                taken: &b.id,
            });
            Step {
                from: LevelRef::new(a),
                to: LevelRef::new(b),
                direction,
                fork,
                change: step_change(ladder, a, b),
            }
        })
        .collect();
    let (a, b) = (ladder.level(from), ladder.level(to));
    Some(Journey {
        from: LevelRef::new(a),
        to: LevelRef::new(b),
        direction: route::direction(ladder, from, to),
        steps,
        totals: step_change(ladder, a, b),
    })
}

fn step_change<'a>(ladder: &'a CheckedLadder, a: &'a Level, b: &'a Level) -> StepChange<'a> {
    StepChange {
        skills: skill_delta(ladder, a, b).into(),
        responsibilities: duty_delta_named(a, b).into(),
        coding: Change::of(a, b, Level::coding_share),
        span: Change::of(a, b, Level::span_of_control),
        scope: Change::of(a, b, |l| l.scope.as_str()),
    }
}

impl Layout for Journey<'_> {
    fn layout(&self, out: &mut dyn Markup) {
        out.heading(1, &self.from.towards(&self.to));
        let steps = self.steps.len();
        let plural = if steps == 1 { "" } else { "s" };
        let summary = format!("{}, {steps} step{plural}", self.direction.as_str());
        out.facts(&[("Direction", summary.into())]);
        for (n, step) in self.steps.iter().enumerate() {
            let title = Line::text(format!("{}. ", n + 1))
                .span(step.from.span())
                .plain(" → ")
                .span(step.to.span())
                .plain(format!(" ({})", step.direction.as_str()));
            out.heading(2, &title);
            if let Some(fork) = &step.fork {
                let mut text = Line::text("fork at ").span(step.from.span()).plain(": ");
                for (i, option) in fork.options.iter().enumerate() {
                    if i > 0 {
                        text = text.plain(" or ");
                    }
                    text = text.span(option.named());
                }
                let text = text.plain("; this route takes ").span(step.to.span());
                out.paragraph(3, &text);
            }
            changes(&step.change, out);
        }
        // One step's totals are the step again.
        if steps > 1 {
            out.heading(2, &"Totals".into());
            changes(&self.totals, out);
        }
    }
}

/// The lines of one change: skills and responsibilities gained and dropped,
/// and the coding share, span of control and scope where they change.
fn changes(change: &StepChange, out: &mut dyn Markup) {
    let (s, r) = (&change.skills, &change.responsibilities);
    // Each list's names as spans of one line, borrowed: a route of thousands
    // of steps lays out tens of thousands of these.
    let lists = [
        (Sign::Gained, "skills", names(&s.gained, |s| s.name)),
        (Sign::Dropped, "skills", names(&s.dropped, |s| s.name)),
        (
            Sign::Gained,
            "responsibilities",
            names(&r.gained, |r| r.name),
        ),
        (
            Sign::Dropped,
            "responsibilities",
            names(&r.dropped, |r| r.name),
        ),
        (Sign::Kept, "responsibilities", renamed(&r.renamed)),
    ];
    let mut items: Vec<(Option<Sign>, &str, Line)> = Vec::with_capacity(8);
    for (sign, what, names) in lists {
        if let Some(names) = names {
            items.push((Some(sign), what, names));
        }
    }
    if change.coding.changed() {
        let text = format!(
            "{} → {}",
            coding(change.coding.from),
            coding(change.coding.to)
        );
        items.push((None, "coding", text.into()));
    }
    if change.span.changed() {
        let text = format!("{} → {}", span(change.span.from), span(change.span.to));
        items.push((None, "span", text.into()));
    }
    if change.scope.changed() {
        let text = format!("{} → {}", change.scope.from, change.scope.to);
        items.push((None, "scope", text.into()));
    }
    if items.is_empty() {
        items.push((None, "", "no change".into()));
    }
    out.changes(&items);
}

/// Responsibilities kept under a new name, `name (was: old name)`, joined by
/// commas, or `None` when there are none.
fn renamed<'a>(duties: &[Named<'a>]) -> Option<Line<'a>> {
    let mut line = Line::new();
    for (i, duty) in duties.iter().enumerate() {
        if i > 0 {
            line = line.plain(", ");
        }
        line = line.plain(duty.name).plain(" (was: ");
        line = line.plain(duty.was.unwrap_or_default()).plain(")");
    }
    (!line.is_empty()).then_some(line)
}

/// The names of `items` joined by commas, or `None` when there are none.
fn names<'a, T>(items: &[T], name: impl Fn(&T) -> &'a str) -> Option<Line<'a>> {
    let mut spans = Vec::with_capacity(2 * items.len());
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            spans.push(Span::Text(", ".into()));
        }
        spans.push(Span::Text(name(item).into()));
    }
    (!spans.is_empty()).then_some(Line(spans))
}

impl Answer for Journey<'_> {}
