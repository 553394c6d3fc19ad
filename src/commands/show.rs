//! `ladder show LEVEL`: everything about one level.

use std::fmt::Display;

use serde::{Serialize, Serializer};

use super::Answer;
use super::shared::{anchor, coding, id_list, span};
use crate::ladder::{Category, CheckedLadder, Level, Skill, Source, Text, Track, find};
use crate::output::markup::{Layout, Line, Markup, Span};

/// One level with what its ids refer to. Machine formats print the level alone,
/// with the file's field names.
#[derive(Debug)]
pub struct LevelView<'a> {
    pub level: &'a Level,
    /// The levels its `reports_to`, `next` and `lateral` name, in that order.
    pub related: [Vec<&'a Level>; 3],
    pub track: &'a Track,
    pub skills: Vec<&'a Skill>,
    pub sources: Vec<&'a Source>,
}

pub fn run<'a>(
    ladder: &'a CheckedLadder,
    name: &str,
    place: &dyn Display,
) -> anyhow::Result<LevelView<'a>> {
    Ok(view(ladder, find::level(ladder, name, place)?))
}

/// Level `level` with the track, skills and sources its ids name.
pub fn view(ladder: &CheckedLadder, level: usize) -> LevelView<'_> {
    let level = ladder.level(level);
    let named = |ids: &[Text]| {
        let found = ids.iter().filter_map(|id| ladder.find_level(id));
        found.map(|l| ladder.level(l)).collect::<Vec<_>>()
    };
    LevelView {
        level,
        related: [
            named(&level.reports_to),
            named(&level.next),
            named(&level.lateral),
        ],
        track: ladder.track(&level.track),
        skills: level.skills.iter().map(|id| ladder.skill(id)).collect(),
        sources: ladder.sources_named(&level.sources),
    }
}

impl Serialize for LevelView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.level.serialize(serializer)
    }
}

impl Layout for LevelView<'_> {
    fn layout(&self, out: &mut dyn Markup) {
        layout_at(self, 1, out);
    }
}

/// The level as a section whose heading has depth `depth`, its parts one deeper.
/// In a section of a larger page (depth over 1), related levels link to theirs.
pub fn layout_at<'a>(view: &LevelView<'a>, depth: usize, out: &mut dyn Markup) {
    let level = view.level;
    let levels = |levels: &[&'a Level]| linked(levels, depth > 1);
    out.heading(depth, &Line::named(&level.name, &level.id));
    out.paragraph(0, &level.role.as_str().into());
    out.spacer();
    out.facts(&[
        ("Track", Line::named(&view.track.name, &view.track.id)),
        ("Scope", level.scope.as_str().into()),
        ("Coding", coding(level.coding).into()),
        ("Span", span(level.span).into()),
        ("Reports to", levels(&view.related[0])),
        ("Next", levels(&view.related[1])),
        ("Lateral", levels(&view.related[2])),
        ("Aliases", id_list(level.aliases.iter().map(Text::as_str))),
    ]);
    if let Some(summary) = &level.summary {
        out.spacer();
        out.paragraph(0, &summary.as_str().into());
    }
    out.heading(depth + 1, &"Responsibilities".into());
    // A column of details only when some responsibility has one.
    let details = level.responsibilities.iter().any(|d| d.detail.is_some());
    let duties: Vec<Vec<Line>> = level
        .responsibilities
        .iter()
        .map(|duty| {
            let mut row: Vec<Line> = vec![duty.name.as_str().into()];
            if details {
                row.push(duty.detail.as_deref().unwrap_or("").into());
            }
            row
        })
        .collect();
    let header: &[&str] = if details {
        &["Responsibility", "Detail"]
    } else {
        &["Responsibility"]
    };
    out.table(header, &duties, &[]);
    out.heading(depth + 1, &"Skills".into());
    let by_category: Vec<(&str, Line)> = Category::ALL
        .iter()
        .filter_map(|&category| {
            let names: Vec<&str> = view
                .skills
                .iter()
                .filter(|s| s.category == category)
                .map(|s| s.name.as_str())
                .collect();
            (!names.is_empty()).then(|| (category.title(), names.join(", ").into()))
        })
        .collect();
    out.facts(&by_category);
    if let Some(shift) = &level.shift {
        out.heading(depth + 1, &"Skill shift".into());
        out.paragraph(2, &shift.as_str().into());
    }
    if !level.pitfalls.is_empty() {
        out.heading(depth + 1, &"Pitfalls".into());
        let pitfalls: Vec<Line> = level.pitfalls.iter().map(|p| p.as_str().into()).collect();
        out.bullets(&pitfalls);
    }
    if !view.sources.is_empty() {
        out.heading(depth + 1, &"Sources".into());
        let sources: Vec<Line> = view
            .sources
            .iter()
            .map(|source| match source.url.as_deref() {
                Some(url) => Line::new().span(Span::Link {
                    text: source.title.as_str().into(),
                    url,
                }),
                None => source.title.as_str().into(),
            })
            .collect();
        out.bullets(&sources);
    }
}

impl Answer for LevelView<'_> {}

/// Levels by id on a terminal and by name in Markdown, linked to their
/// sections when `link` says so; `—` when there are none.
fn linked<'a>(levels: &[&'a Level], link: bool) -> Line<'a> {
    let mut line = Line::new();
    for (i, l) in levels.iter().enumerate() {
        if i > 0 {
            line = line.plain(", ");
        }
        let anchor = link.then(|| anchor(&l.name, &l.id));
        line = line.span(Span::Level {
            id: &l.id,
            name: &l.name,
            anchor,
        });
    }
    if line.is_empty() {
        Line::text("—")
    } else {
        line
    }
}
