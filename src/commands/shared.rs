//! The vocabulary the views share: references to levels and skills, a value
//! before and after, and how routes and ranges read to people. Lists split
//! into gained, dropped and kept are in delta.rs.

use serde::Serialize;

use crate::ladder::{CheckedLadder, Level, Range, Skill, route};
use crate::output::markup::{Line, Span};

/// A level as views name it. Field names are the JSON contract.
#[derive(Debug, Serialize)]
pub struct LevelRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub track: &'a str,
}

impl<'a> LevelRef<'a> {
    pub fn new(level: &'a Level) -> Self {
        LevelRef {
            id: &level.id,
            name: &level.name,
            track: &level.track,
        }
    }

    /// `Name (id)`.
    pub fn line(&self) -> Line<'a> {
        Line::named(self.name, self.id)
    }

    /// The level, tersely: its id on a terminal, its name in Markdown.
    pub fn span(&self) -> Span<'a> {
        Span::Level {
            id: self.id,
            name: self.name,
            anchor: None,
        }
    }

    /// `From → To`, a title: Markdown, which people publish, names the levels;
    /// a terminal adds their ids.
    pub fn towards(&self, to: &LevelRef<'a>) -> Line<'a> {
        Line::new().span(self.named()).plain(" → ").span(to.named())
    }

    /// The level in full: `Name (id)` on a terminal, its name in Markdown.
    pub fn named(&self) -> Span<'a> {
        Span::Named {
            id: self.id,
            name: self.name,
        }
    }
}

#[derive(Debug, PartialEq, Serialize)]
pub struct SkillRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// The category's id.
    pub category: &'a str,
}

impl<'a> SkillRef<'a> {
    pub fn new(skill: &'a Skill) -> Self {
        SkillRef {
            id: &skill.id,
            name: &skill.name,
            category: &skill.category,
        }
    }
}

/// Anything with an id and a name, such as a responsibility.
#[derive(Debug, PartialEq, Serialize)]
pub struct Named<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// A responsibility kept between two levels under another name: its
    /// name on the level compared from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub was: Option<&'a str>,
}

/// A value on the level compared from and on the level compared to.
#[derive(Debug, PartialEq, Serialize)]
pub struct Change<T> {
    pub from: T,
    pub to: T,
}

impl<T: PartialEq> Change<T> {
    /// `field` of `a` and of `b`.
    pub fn of<'a>(a: &'a Level, b: &'a Level, field: impl Fn(&'a Level) -> T) -> Self {
        Change {
            from: field(a),
            to: field(b),
        }
    }

    pub fn changed(&self) -> bool {
        self.from != self.to
    }
}

/// The levels of the shortest route from `from` to `to`, both included; none
/// when no route joins them.
pub fn route_levels(ladder: &CheckedLadder, from: usize, to: usize) -> Vec<usize> {
    route::shortest(ladder, from, to)
        .map(|r| r.levels)
        .unwrap_or_default()
}

/// The levels of the shortest route from `from` to `to` (empty when none
/// joins them), and the ones whose `shift` applies. A shift tells of the
/// usual way into its level: a promotion, or a lateral move into a level no
/// promotion leads to (the built-in CTO's, from VP). So it is left out for a
/// level entered by a step down (Tech Lead's "for the first time, part of
/// the week goes to work other than coding" is wrong for a manager stepping
/// back) or across into a level one is otherwise promoted into.
pub fn route_and_shifted(
    ladder: &CheckedLadder,
    from: usize,
    to: usize,
) -> (Vec<usize>, Vec<usize>) {
    let Some(route) = route::shortest(ladder, from, to) else {
        return (Vec::new(), Vec::new());
    };
    let promoted_into = |level: usize| {
        (ladder.neighbours(level).iter()).any(|&(_, step)| step == route::Move::Down)
    };
    let shifted = (route.levels.iter().skip(1).zip(&route.moves))
        .filter(|&(&level, &step)| match step {
            route::Move::Up => true,
            route::Move::Across => !promoted_into(level),
            route::Move::Down => false,
        })
        .map(|(&level, _)| level)
        .collect();
    (route.levels, shifted)
}

/// The ids of `levels`.
pub fn ids<'a>(ladder: &'a CheckedLadder, levels: &[usize]) -> Vec<&'a str> {
    levels
        .iter()
        .map(|&l| ladder.level(l).id.as_str())
        .collect()
}

/// The anchor of each level's section on a page of sections (the export),
/// by the level's id: where a link to the level goes.
#[derive(Debug, Default)]
pub struct Anchors(pub crate::ladder::hash::HashMap<String, String>);

impl Anchors {
    pub fn of(&self, id: &str) -> Option<String> {
        self.0.get(id).cloned()
    }
}

/// Ids as code, joined by commas, or `—` when there are none.
pub fn id_list<'a>(ids: impl IntoIterator<Item = &'a str>) -> Line<'a> {
    let line = Line::codes(ids, ", ");
    if line.is_empty() {
        Line::text("—")
    } else {
        line
    }
}

/// Levels one after another, `, ` between them: ids on a terminal, names in
/// Markdown, links on the web site; `—` for none.
pub fn level_list<'a>(levels: &[LevelRef<'a>]) -> Line<'a> {
    let mut line = Line::new();
    for (i, level) in levels.iter().enumerate() {
        if i > 0 {
            line = line.plain(", ");
        }
        line = line.span(level.span());
    }
    if line.is_empty() {
        line = Line::text("—");
    }
    line
}

/// The `Route` fact: the route's levels (ids on a terminal, names in
/// Markdown), or a note that none joins them.
pub fn route_line<'a>(route: &[LevelRef<'a>]) -> Line<'a> {
    if route.is_empty() {
        return Line::text("no route joins these levels");
    }
    let mut line = Line::new();
    for (i, level) in route.iter().enumerate() {
        if i > 0 {
            line = line.plain(" → ");
        }
        line = line.span(level.span());
    }
    line
}

/// `70–80`, or `5` when both ends agree.
pub fn range(range: Range) -> String {
    if range.min == range.max {
        range.min.to_string()
    } else {
        format!("{}–{}", range.min, range.max)
    }
}

/// A coding share for people: `70–80%`, or `—` when the ladder does not say.
pub fn coding(share: Option<Range>) -> String {
    share.map_or_else(|| "—".to_string(), |r| format!("{}%", range(r)))
}

/// A span of control for people: `5–10 direct reports`, or `—` when the ladder
/// does not say.
pub fn span(span: Option<Range>) -> String {
    match span {
        None => "—".to_string(),
        Some(Range { min: 0, max: 0 }) => "none".to_string(),
        Some(r) => format!("{} direct reports", range(r)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_read_naturally() {
        assert_eq!(coding(Some(Range { min: 0, max: 30 })), "0–30%");
        assert_eq!(span(Some(Range { min: 0, max: 0 })), "none");
        assert_eq!(span(Some(Range { min: 6, max: 6 })), "6 direct reports");
        assert_eq!(coding(None), "—");
    }
}
