//! `ladder diff FROM TO`: the skill shift from one level to another.

use crate::ladder::find::Place;

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::Answer;
use super::delta::{Delta, duty_delta_named, skill_delta};
use super::shared::{
    Change, LevelRef, Named, SkillRef, coding, ids, route_and_shifted, route_line, span,
};
use crate::ladder::{Category, CheckedLadder, Direction, Level, Range, find, route};
use crate::output::markup::{Layout, Line, Markup, Sign, Span};

/// The skill shift from one level to another. Field names are the JSON contract.
#[derive(Debug, serde::Serialize)]
pub struct Diff<'a> {
    pub from: LevelRef<'a>,
    pub to: LevelRef<'a>,
    pub direction: Direction,
    /// Level ids from `from` to `to`; empty when no route joins them.
    pub path: Vec<&'a str>,
    /// The route's levels, for the human layouts: scripts have `path`.
    #[serde(skip)]
    pub route: Vec<LevelRef<'a>>,
    pub changes: Changes<'a>,
    pub skills: Delta<SkillRef<'a>>,
    pub responsibilities: Delta<Named<'a>>,
    pub skill_mix: SkillMix<'a>,
    pub shifts: Vec<Shift<'a>>,
    /// The two levels' tracks by name, for the human layouts: scripts have
    /// the ids under `changes`.
    #[serde(skip)]
    pub track_names: Change<&'a str>,
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

/// How many skills of each category the two levels ask for, by category id
/// in the ladder's order of categories: a JSON object keyed by id.
#[derive(Debug, PartialEq)]
pub struct SkillMix<'a>(pub Vec<(&'a Category, Change<usize>)>);

impl Serialize for SkillMix<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (category, mix) in &self.0 {
            map.serialize_entry(category.id.as_str(), mix)?;
        }
        map.end()
    }
}

impl SkillMix<'_> {
    /// The name of the category `id`, for the human layouts, which name
    /// categories as `show` does: scripts have the id.
    fn name_of<'n>(&'n self, id: &'n str) -> &'n str {
        (self.0.iter().find(|(c, _)| c.id.as_str() == id)).map_or(id, |(c, _)| c.name.as_str())
    }
}

/// The narrative a level gives of the shift into it (its `shift` field).
#[derive(Debug, serde::Serialize)]
pub struct Shift<'a> {
    pub level: &'a str,
    /// The level's name, for the human layouts: scripts have the id.
    #[serde(skip)]
    pub name: &'a str,
    pub text: &'a str,
}

pub fn run<'a>(
    ladder: &'a CheckedLadder,
    from: &str,
    to: &str,
    place: &dyn Place,
) -> anyhow::Result<Diff<'a>> {
    let (from, to) = find::pair(ladder, from, to, place)?;
    Ok(diff(ladder, from, to))
}

/// Compares level `from` with level `to`.
pub fn diff(ladder: &CheckedLadder, from: usize, to: usize) -> Diff<'_> {
    let (a, b) = (ladder.level(from), ladder.level(to));
    let (route, shifted) = route_and_shifted(ladder, from, to);
    Diff {
        from: LevelRef::new(a),
        to: LevelRef::new(b),
        direction: route::direction(ladder, from, to),
        path: ids(ladder, &route),
        route: route
            .iter()
            .map(|&l| LevelRef::new(ladder.level(l)))
            .collect(),
        changes: Changes {
            role: Change::of(a, b, |l| l.role.as_str()),
            scope: Change::of(a, b, |l| l.scope.as_str()),
            coding: Change::of(a, b, Level::coding_share),
            span: Change::of(a, b, Level::span_of_control),
            track: Change::of(a, b, |l| l.track.as_str()),
        },
        skill_mix: skill_mix(ladder, a, b),
        track_names: Change::of(a, b, |l| ladder.track(&l.track).name.as_str()),
        skills: skill_delta(ladder, a, b),
        responsibilities: duty_delta_named(a, b),
        shifts: shifted
            .iter()
            .map(|&l| ladder.level(l))
            .filter_map(|level| {
                level.shift.as_deref().map(|text| Shift {
                    level: &level.id,
                    name: &level.name,
                    text,
                })
            })
            .collect(),
    }
}

/// How many skills of each category `from` and `to` ask for: two lookups per skill.
fn skill_mix<'a>(ladder: &'a CheckedLadder, from: &Level, to: &Level) -> SkillMix<'a> {
    let (from, to) = (ladder.skill_mix(from), ladder.skill_mix(to));
    let categories = ladder.categories().iter().enumerate();
    SkillMix(
        categories
            .map(|(i, c)| {
                let mix = Change {
                    from: from[i],
                    to: to[i],
                };
                (c, mix)
            })
            .collect(),
    )
}

impl Layout for Diff<'_> {
    fn layout(&self, out: &mut dyn Markup) {
        out.heading(1, &self.from.towards(&self.to));
        out.facts(&[
            ("Direction", self.direction.as_str().into()),
            ("Route", route_line(&self.route)),
        ]);
        out.spacer();
        let c = &self.changes;
        let fields = [
            (
                "Role",
                c.role.changed(),
                c.role.from.into(),
                c.role.to.into(),
            ),
            (
                "Scope",
                c.scope.changed(),
                c.scope.from.into(),
                c.scope.to.into(),
            ),
            (
                "Coding",
                c.coding.changed(),
                coding(c.coding.from),
                coding(c.coding.to),
            ),
            ("Span", c.span.changed(), span(c.span.from), span(c.span.to)),
            (
                "Track",
                c.track.changed(),
                self.track_names.from.into(),
                self.track_names.to.into(),
            ),
        ];
        // A range neither level records is not unchanged: it is not known.
        let recorded = |name: &str| match name {
            "Coding" => c.coding.from.is_some() || c.coding.to.is_some(),
            "Span" => c.span.from.is_some() || c.span.to.is_some(),
            _ => true,
        };
        let (known, unknown): (Vec<_>, Vec<_>) = fields.into_iter().partition(|f| recorded(f.0));
        let (changed, unchanged): (Vec<_>, Vec<_>) = known.into_iter().partition(|f| f.1);
        let rows: Vec<Vec<Line>> = changed
            .into_iter()
            .map(|(name, _, from, to)| vec![name.into(), from.into(), to.into()])
            .collect();
        if !rows.is_empty() {
            out.table(&["Changes", "From", "To"], &rows, &[]);
        }
        for (label, fields) in [
            ("Unchanged", unchanged),
            ("Recorded on neither level", unknown),
        ] {
            if !fields.is_empty() {
                let names: Vec<String> = fields.iter().map(|f| f.0.to_lowercase()).collect();
                out.paragraph(0, &format!("{label}: {}", names.join(", ")).into());
            }
        }
        out.heading(2, &"Skills".into());
        let category = |s: &SkillRef<'_>| self.skill_mix.name_of(s.category).to_string();
        let skills = signed(&self.skills, |s| vec![s.name.into(), category(s).into()]);
        if skills.is_empty() {
            // A ladder without skills (one imported from a framework of duties
            // only, say) gets a sentence, not an empty table and a mix of zeros.
            out.paragraph(0, &"Neither level lists any skill.".into());
        } else {
            out.table(&["", "Skill", "Category"], &skills, &[]);
            let mix = (self.skill_mix.0.iter())
                .map(|(category, m)| format!("{} {} → {}", category.name, m.from, m.to));
            out.paragraph(
                0,
                &format!("Mix: {}", mix.collect::<Vec<_>>().join(", ")).into(),
            );
        }
        out.heading(2, &"Responsibilities".into());
        let duties = signed(&self.responsibilities, |r| match r.was {
            Some(was) => vec![Line::text(r.name).plain(format!(" (was: {was})"))],
            None => vec![r.name.into()],
        });
        if duties.is_empty() {
            out.paragraph(0, &"Neither level lists any responsibility.".into());
        } else {
            out.table(&["", "Responsibility"], &duties, &[]);
        }
        if !self.shifts.is_empty() {
            out.heading(2, &"Shifts along the route".into());
            let shifts: Vec<(Line, Line)> = self
                .shifts
                .iter()
                .map(|s| {
                    let level = Span::Level {
                        id: s.level,
                        name: s.name,
                        anchor: None,
                    };
                    (Line::new().span(level), s.text.into())
                })
                .collect();
            out.described(&shifts);
        }
    }
}

/// Table rows for a delta: gained, dropped, then kept items, each behind its sign.
pub fn signed<'a, T>(
    delta: &'a Delta<T>,
    cells: impl Fn(&'a T) -> Vec<Line<'a>>,
) -> Vec<Vec<Line<'a>>> {
    let parts = [
        (Sign::Gained, &delta.gained),
        (Sign::Dropped, &delta.dropped),
        (Sign::Kept, &delta.kept),
    ];
    let cells = &cells;
    parts
        .into_iter()
        .flat_map(|(sign, items)| {
            items.iter().map(move |item| {
                let mut row = vec![Line::new().span(Span::Sign(sign))];
                row.extend(cells(item));
                row
            })
        })
        .collect()
}

impl Answer for Diff<'_> {}
