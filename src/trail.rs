//! One skill followed across the ladder, and the catalogue of all skills.

use serde::Serialize;

use crate::diff::{LevelRef, SkillRef, level_ref};
use crate::index::{Index, Move};
use crate::model::Skill;

/// `ladder skill SKILL`. Field names are the JSON contract.
#[derive(Debug, Serialize)]
pub struct Trail<'a> {
    pub skill: SkillRef<'a>,
    /// Every level that needs the skill, in ladder order.
    pub levels: Vec<LevelRef<'a>>,
    /// Levels that need it although no level promoted into them does.
    pub first: Vec<LevelRef<'a>>,
    /// Levels that do not need it although a level promoted into them does.
    pub dropped: Vec<Dropped<'a>>,
}

#[derive(Debug, Serialize)]
pub struct Dropped<'a> {
    pub level: LevelRef<'a>,
    /// The levels promoted into `level` that need the skill.
    pub after: Vec<&'a str>,
}

/// One line of `ladder skill` without a skill.
#[derive(Debug, Serialize)]
pub struct Entry<'a> {
    #[serde(flatten)]
    pub skill: SkillRef<'a>,
    /// How many levels need the skill.
    pub levels: usize,
}

pub fn skill_ref(skill: &Skill) -> SkillRef<'_> {
    SkillRef {
        id: &skill.id,
        name: &skill.name,
        category: skill.category,
    }
}

/// Where the skill `id` is needed, first needed and dropped.
pub fn trail<'a>(index: &'a Index, skill: &'a Skill) -> Trail<'a> {
    let needs: Vec<bool> = index
        .levels()
        .iter()
        .map(|l| l.skills.contains(&skill.id))
        .collect();
    let promoted_from = |level: usize| {
        index
            .neighbours(level)
            .iter()
            .filter(|(_, m)| *m == Move::Down)
            .map(|&(l, _)| l)
            .filter(|&l| needs[l])
    };
    let (mut levels, mut first, mut dropped) = (Vec::new(), Vec::new(), Vec::new());
    for (i, level) in index.levels().iter().enumerate() {
        let after: Vec<&str> = promoted_from(i)
            .map(|l| index.level(l).id.as_str())
            .collect();
        if needs[i] {
            levels.push(level_ref(level));
            if after.is_empty() {
                first.push(level_ref(level));
            }
        } else if !after.is_empty() {
            dropped.push(Dropped {
                level: level_ref(level),
                after,
            });
        }
    }
    Trail {
        skill: skill_ref(skill),
        levels,
        first,
        dropped,
    }
}

/// Every skill of the catalogue with the number of levels that need it.
pub fn catalogue(index: &Index) -> Vec<Entry<'_>> {
    let mut counts = vec![0usize; index.ladder.skills.len()];
    for level in index.levels() {
        for id in &level.skills {
            counts[index.skill_position(id)] += 1;
        }
    }
    index
        .ladder
        .skills
        .iter()
        .zip(counts)
        .map(|(skill, levels)| Entry {
            skill: skill_ref(skill),
            levels,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::acme;

    fn ids<'a>(levels: &[LevelRef<'a>]) -> Vec<&'a str> {
        levels.iter().map(|l| l.id).collect()
    }

    #[test]
    fn follows_a_skill_up_the_ladder() {
        let index = acme();
        let reviews = trail(&index, index.skill("reviews"));
        assert_eq!(
            ids(&reviews.levels),
            ["senior-dev", "architect", "team-lead"]
        );
        assert_eq!(ids(&reviews.first), ["senior-dev"]);
        let dropped: Vec<(&str, Vec<&str>)> = reviews
            .dropped
            .iter()
            .map(|d| (d.level.id, d.after.clone()))
            .collect();
        assert_eq!(
            dropped,
            [
                ("principal", vec!["architect"]),
                ("head", vec!["team-lead"])
            ]
        );
    }

    #[test]
    fn a_skill_can_start_on_several_tracks() {
        let index = acme();
        let pricing = trail(&index, index.skill("pricing"));
        assert_eq!(ids(&pricing.first), ["principal", "head", "advisor"]);
        assert!(pricing.dropped.is_empty());
    }

    #[test]
    fn the_catalogue_counts_levels_per_skill() {
        let index = acme();
        let counts: Vec<(&str, usize)> = catalogue(&index)
            .iter()
            .map(|e| (e.skill.id, e.levels))
            .collect();
        assert_eq!(
            counts,
            [
                ("rust", 2),
                ("reviews", 3),
                ("listening", 2),
                ("roadmaps", 3),
                ("pricing", 3)
            ]
        );
    }
}
