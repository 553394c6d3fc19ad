//! `ladder skill [SKILL]`: one skill followed across the ladder, or the
//! catalogue of all skills.

use crate::ladder::find::Place;

use serde::Serialize;

use super::Answer;
use super::shared::{LevelRef, SkillRef, level_list};
use crate::ladder::{CheckedLadder, Move, Skill, find};
use crate::output::markup::{Layout, Line, Markup};

/// `ladder skill SKILL`. Field names are the JSON contract.
#[derive(Debug, Serialize)]
pub struct Trail<'a> {
    pub skill: SkillRef<'a>,
    /// Its category's name, for the human layouts: scripts have the id.
    #[serde(skip)]
    pub category: &'a str,
    /// Every level that needs the skill, in ladder order.
    pub levels: Vec<LevelRef<'a>>,
    /// Levels that need it although no level that leads into them does.
    pub first: Vec<LevelRef<'a>>,
    /// Levels that do not need it although a level that leads into them does.
    pub dropped: Vec<Dropped<'a>>,
}

#[derive(Debug, Serialize)]
pub struct Dropped<'a> {
    pub level: LevelRef<'a>,
    /// The levels that lead into `level` and need the skill: those promoted
    /// into it, or, for a level no promotion leads to (the built-in CTO),
    /// its lateral peers that one leads to. Written as their ids.
    #[serde(serialize_with = "ids")]
    pub after: Vec<LevelRef<'a>>,
}

/// Levels as the list of their ids.
fn ids<S: serde::Serializer>(levels: &[LevelRef<'_>], to: S) -> Result<S::Ok, S::Error> {
    to.collect_seq(levels.iter().map(|l| l.id))
}

/// One line of `ladder skill` without a skill.
#[derive(Debug, Serialize)]
pub struct Entry<'a> {
    #[serde(flatten)]
    pub skill: SkillRef<'a>,
    /// Its category's name, for the human layouts: scripts have the id.
    #[serde(skip)]
    pub category: &'a str,
    /// How many levels need the skill.
    pub levels: usize,
}

pub fn run<'a>(
    ladder: &'a CheckedLadder,
    skill: &str,
    place: &dyn Place,
) -> anyhow::Result<Trail<'a>> {
    Ok(trail(ladder, find::skill(ladder, skill, place)?))
}

/// Where `skill` is needed, first needed and dropped.
pub fn trail<'a>(ladder: &'a CheckedLadder, skill: &'a Skill) -> Trail<'a> {
    let needs: Vec<bool> = ladder
        .levels()
        .iter()
        .map(|l| l.skills.contains(&skill.id))
        .collect();
    let promoted = |level: usize| (ladder.neighbours(level).iter()).any(|(_, m)| *m == Move::Down);
    // A level no promotion leads to is entered from its lateral peers that
    // one does: the way into the built-in CTO is VP. Two track starts side
    // by side lead into neither.
    let promoted_from = |level: usize| {
        let into = promoted(level);
        (ladder.neighbours(level).iter())
            .filter(move |&&(l, m)| match into {
                true => m == Move::Down,
                false => m == Move::Across && promoted(l),
            })
            .map(|&(l, _)| l)
            .filter(|&l| needs[l])
    };
    let (mut levels, mut first, mut dropped) = (Vec::new(), Vec::new(), Vec::new());
    for (i, level) in ladder.levels().iter().enumerate() {
        let after: Vec<LevelRef> = promoted_from(i)
            .map(|l| LevelRef::new(ladder.level(l)))
            .collect();
        if needs[i] {
            levels.push(LevelRef::new(level));
            if after.is_empty() {
                first.push(LevelRef::new(level));
            }
        } else if !after.is_empty() {
            dropped.push(Dropped {
                level: LevelRef::new(level),
                after,
            });
        }
    }
    Trail {
        skill: SkillRef::new(skill),
        category: ladder.category_name(&skill.category),
        levels,
        first,
        dropped,
    }
}

/// Every skill of the catalogue with the number of levels that need it.
pub fn catalogue(ladder: &CheckedLadder) -> Catalogue<'_> {
    let mut counts = vec![0usize; ladder.skills().len()];
    for level in ladder.levels() {
        for id in &level.skills {
            counts[ladder.skill_position(id)] += 1;
        }
    }
    let entries = ladder.skills().iter().zip(counts);
    Catalogue(
        entries
            .map(|(skill, levels)| Entry {
                skill: SkillRef::new(skill),
                category: ladder.category_name(&skill.category),
                levels,
            })
            .collect(),
    )
}

impl Layout for Trail<'_> {
    fn layout(&self, out: &mut dyn Markup) {
        let skill = &self.skill;
        let title = Line::named(skill.name, skill.id)
            .plain(", ")
            .plain(self.category);
        out.heading(1, &title);
        let count = self.levels.len();
        let plural = if count == 1 { "" } else { "s" };
        let needed = level_list(&self.levels).plain(format!(" ({count} level{plural})"));
        let mut dropped = Line::new();
        for (i, d) in self.dropped.iter().enumerate() {
            if i > 0 {
                dropped = dropped.plain(", ");
            }
            let after = level_list(&d.after);
            dropped = dropped
                .span(d.level.span())
                .plain(" (after ")
                .then(after)
                .plain(")");
        }
        if dropped.is_empty() {
            dropped = Line::text("—");
        }
        out.facts(&[
            ("Needed by", needed),
            ("First at", level_list(&self.first)),
            ("Dropped at", dropped),
        ]);
    }
}

/// The skill catalogue, for `ladder skill` without a skill.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct Catalogue<'a>(pub Vec<Entry<'a>>);

impl Layout for Catalogue<'_> {
    fn layout(&self, out: &mut dyn Markup) {
        let rows: Vec<Vec<Line>> = self
            .0
            .iter()
            .map(|e| {
                vec![
                    Line::new().code(e.skill.id),
                    e.skill.name.into(),
                    e.category.into(),
                    e.levels.to_string().into(),
                ]
            })
            .collect();
        out.table(&["Id", "Name", "Category", "Levels"], &rows, &[0, 2, 3]);
    }
}

impl Answer for Trail<'_> {}

impl Answer for Catalogue<'_> {}
