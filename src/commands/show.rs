//! `ladder show LEVEL`: everything about one level.

use crate::ladder::find::Place;

use serde::{Serialize, Serializer};

use super::Answer;
use super::shared::{Anchors, coding, id_list, span};
use crate::ladder::hash::{HashMap, HashMapExt, HashSet};
use crate::ladder::{
    Category, CheckedLadder, CitedRange, Level, Move, Role, Skill, Source, Text, Track, find,
};
use crate::output::markup::{Layout, Line, Markup, Span};

/// One level with what its ids refer to. Machine formats print the level alone,
/// with the file's field names, its lateral moves as shown.
#[derive(Debug)]
pub struct LevelView<'a> {
    pub level: &'a Level,
    /// What its `reports_to` names: levels, or roles outside the ladder.
    pub reports_to: Vec<Superior<'a>>,
    /// The levels its `next` names.
    pub next: Vec<&'a Level>,
    /// Its lateral peers, with the sources of each move: those it declares,
    /// then those that declare it (a lateral move is one pair, whichever of
    /// the two declares it).
    pub lateral: Vec<(&'a Level, &'a [Text])>,
    pub track: &'a Track,
    pub skills: Vec<&'a Skill>,
    /// The ladder's skill categories, in order: skills are shown by category.
    pub categories: &'a [Category],
    /// Every source the level cites, for itself or for one of its facts, in
    /// the order of the ladder's list; facts refer to them by number.
    pub sources: Vec<&'a Source>,
}

/// Whom a level reports to.
#[derive(Debug)]
pub enum Superior<'a> {
    Level(&'a Level),
    Role(&'a Role),
}

pub fn run<'a>(
    ladder: &'a CheckedLadder,
    name: &str,
    place: &dyn Place,
) -> anyhow::Result<LevelView<'a>> {
    Ok(view(ladder, find::level(ladder, name, place)?))
}

/// Level `level` with the track, skills and sources its ids name.
pub fn view(ladder: &CheckedLadder, index: usize) -> LevelView<'_> {
    // The sources of a move another level declares: found in its list.
    let declaring = |other: usize| {
        (joins(ladder, ladder.level(other)))
            .find(|j| j.0 == index)
            .map(|j| j.1)
    };
    view_with(ladder, index, &declaring)
}

/// Every level's view, in the ladder's order.
pub fn views(ladder: &CheckedLadder) -> Vec<LevelView<'_>> {
    let moves = Moves::new(ladder);
    (0..ladder.levels().len())
        .map(|index| moves.view(ladder, index))
        .collect()
}

/// The lateral moves each level declares, looked up once, for the views of
/// many levels: looking in every peer's list for each level would cost a
/// ladder of peers all joined to each other the cube of its size.
pub struct Moves<'a>(HashMap<(usize, usize), &'a [Text]>);

impl<'a> Moves<'a> {
    pub fn new(ladder: &'a CheckedLadder) -> Self {
        let mut declared = HashMap::new();
        for (from, level) in ladder.levels().iter().enumerate() {
            for (to, sources) in joins(ladder, level) {
                declared.entry((from, to)).or_insert(sources);
            }
        }
        Moves(declared)
    }

    /// Level `index`'s view.
    pub fn view(&self, ladder: &'a CheckedLadder, index: usize) -> LevelView<'a> {
        let declaring = |other: usize| self.0.get(&(other, index)).copied();
        view_with(ladder, index, &declaring)
    }
}

/// A level's lateral links as the levels they join, by index (a link may
/// name its level by an alias), with their sources.
fn joins<'a>(
    ladder: &'a CheckedLadder,
    from: &'a Level,
) -> impl Iterator<Item = (usize, &'a [Text])> {
    (from.lateral.iter()).filter_map(|link| Some((ladder.find_level(&link.id)?, &link.sources[..])))
}

/// Level `index`'s view, `declaring` giving the sources of a lateral move
/// that another level declares towards it.
fn view_with<'a>(
    ladder: &'a CheckedLadder,
    index: usize,
    declaring: &dyn Fn(usize) -> Option<&'a [Text]>,
) -> LevelView<'a> {
    let level = ladder.level(index);
    let reports_to = level.reports_to.iter().filter_map(|id| {
        let level = ladder
            .find_level(id)
            .map(|l| Superior::Level(ladder.level(l)));
        level.or_else(|| ladder.role(id).map(Superior::Role))
    });
    let declared: Vec<(usize, &[Text])> = joins(ladder, level).collect();
    let mine: HashSet<usize> = declared.iter().map(|d| d.0).collect();
    let theirs = (ladder.neighbours(index).iter())
        .filter(|&&(other, way)| way == Move::Across && !mine.contains(&other))
        .filter_map(|&(other, _)| Some((other, declaring(other)?)));
    let lateral: Vec<(&Level, &[Text])> = (declared.iter().copied().chain(theirs))
        .map(|(other, sources)| (ladder.level(other), sources))
        .collect();
    let cited = level
        .cited()
        .chain(lateral.iter().flat_map(|(_, sources)| *sources));
    LevelView {
        level,
        reports_to: reports_to.collect(),
        next: named(ladder, &level.next),
        track: ladder.track(&level.track),
        skills: level.skills.iter().map(|id| ladder.skill(id)).collect(),
        categories: ladder.categories(),
        sources: ladder.sources_named(cited),
        lateral,
    }
}

/// The levels `ids` name.
fn named<'a, S: AsRef<str>>(ladder: &'a CheckedLadder, ids: &[S]) -> Vec<&'a Level> {
    let found = ids.iter().filter_map(|id| ladder.find_level(id.as_ref()));
    found.map(|l| ladder.level(l)).collect()
}

/// The level with the file's field names, but `lateral` as shown: every
/// lateral move, whichever of the two levels declares it, by id.
impl Serialize for LevelView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::Error as _;
        let mut level = serde_json::to_value(self.level).map_err(S::Error::custom)?;
        let lateral: Vec<serde_json::Value> = (self.lateral.iter())
            .map(|(peer, sources)| serde_json::json!({"id": peer.id, "sources": sources}))
            .collect();
        level["lateral"] = serde_json::Value::Array(lateral);
        level.serialize(serializer)
    }
}

impl Layout for LevelView<'_> {
    fn layout(&self, out: &mut dyn Markup) {
        layout_at(self, 1, None, out);
    }
}

/// The level as a section whose heading has depth `depth`, its parts one deeper.
/// In a page of sections (`anchors` says where each level's is), related
/// levels link to theirs.
pub fn layout_at<'a>(
    view: &LevelView<'a>,
    depth: usize,
    anchors: Option<&Anchors>,
    out: &mut dyn Markup,
) {
    let level = view.level;
    let levels = |levels: &[&'a Level]| linked(levels, anchors);
    let cite = |line: Line<'a>, ids: &[Text]| cite(line, ids, &view.sources);
    // Each lateral move with the level it names and its own sources.
    let mut lateral = Line::new();
    for (i, (l, sources)) in view.lateral.iter().enumerate() {
        if i > 0 {
            lateral = lateral.plain(", ");
        }
        lateral = cite(lateral.span(level_span(l, anchors)), sources);
    }
    let mut superiors = Line::new();
    for (i, superior) in view.reports_to.iter().enumerate() {
        if i > 0 {
            superiors = superiors.plain(", ");
        }
        superiors = superiors.span(match superior {
            Superior::Level(l) => level_span(l, anchors),
            // A role is no level to show: named, not given by id.
            Superior::Role(role) => Span::Text(role.name.as_str().into()),
        });
    }
    let range = |range: &'a Option<CitedRange>, text: String| {
        let sources = range.as_ref().map_or(&[][..], |r| &r.sources[..]);
        cite(Line::from(text), sources)
    };
    out.heading(depth, &Line::named(&level.name, &level.id));
    out.paragraph(0, &level.role.as_str().into());
    out.spacer();
    out.facts(&[
        ("Track", Line::named(&view.track.name, &view.track.id)),
        ("Scope", level.scope.as_str().into()),
        ("Coding", range(&level.coding, coding(level.coding_share()))),
        ("Span", range(&level.span, span(level.span_of_control()))),
        ("Reports to", or_none(superiors)),
        ("Next", levels(&view.next)),
        ("Lateral", or_none(lateral)),
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
            let mut row: Vec<Line> = vec![cite(duty.name.as_str().into(), &duty.sources)];
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
    let by_category: Vec<(&str, Line)> = (view.categories.iter())
        .filter_map(|category| {
            let mut names = Line::new();
            for s in view.skills.iter().filter(|s| s.category == category.id) {
                if !names.is_empty() {
                    names = names.plain(", ");
                }
                names = names.span(Span::Skill {
                    id: &s.id,
                    name: &s.name,
                });
            }
            (!names.is_empty()).then_some((category.name.as_str(), names))
        })
        .collect();
    match by_category.is_empty() {
        true => out.paragraph(1, &"None recorded for this level.".into()),
        false => out.facts(&by_category),
    }
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
        out.numbered(&sources);
    }
}

/// `line` followed by the numbers of the sources `ids` name, as `[1, 3]`:
/// their places in `sources`, the level's numbered list.
fn cite<'a>(line: Line<'a>, ids: &[Text], sources: &[&Source]) -> Line<'a> {
    let numbers: Vec<String> = ids
        .iter()
        .filter_map(|id| sources.iter().position(|s| s.id == *id))
        .map(|n| (n + 1).to_string())
        .collect();
    if numbers.is_empty() {
        line
    } else {
        line.plain(format!(" [{}]", numbers.join(", ")))
    }
}

impl Answer for LevelView<'_> {}

/// Levels by id on a terminal and by name in Markdown, linked to their
/// sections when `link` says so; `—` when there are none.
fn linked<'a>(levels: &[&'a Level], anchors: Option<&Anchors>) -> Line<'a> {
    let mut line = Line::new();
    for (i, l) in levels.iter().enumerate() {
        if i > 0 {
            line = line.plain(", ");
        }
        line = line.span(level_span(l, anchors));
    }
    or_none(line)
}

/// A level by id on a terminal and by name in Markdown, linked to its section
/// when `anchors` says where it is.
fn level_span<'a>(level: &'a Level, anchors: Option<&Anchors>) -> Span<'a> {
    Span::Level {
        id: &level.id,
        name: &level.name,
        anchor: anchors.and_then(|a| a.of(&level.id)),
    }
}

/// `—` for a fact with nothing to say.
fn or_none(line: Line<'_>) -> Line<'_> {
    if line.is_empty() {
        Line::text("—")
    } else {
        line
    }
}
