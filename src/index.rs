//! A ladder whose invariants hold, with the lookups every command needs.
//!
//! Only `validate::check` builds an `Index`, after every reference resolved and
//! `next` proved acyclic; code that holds one never checks again.

use std::collections::HashMap;

use crate::model::{Ladder, Level, Skill, Text, Track};

/// How one step between two adjacent levels moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Move {
    /// Along a `next` edge: a promotion.
    Up,
    /// Against a `next` edge.
    Down,
    /// Along a `lateral` edge, in either direction.
    Across,
}

#[derive(Debug)]
pub struct Index {
    pub ladder: Ladder,
    /// Lower-cased ids, aliases and names of levels.
    pub(crate) level_keys: HashMap<Text, usize>,
    pub(crate) skill_ids: HashMap<Text, usize>,
    pub(crate) track_ids: HashMap<Text, usize>,
    /// For each level, its neighbours in a stable order: promotions, lateral moves,
    /// then the levels it is a promotion from.
    pub(crate) edges: Vec<Vec<(usize, Move)>>,
    /// For each level, the length of the longest chain of promotions leading to
    /// its group of lateral peers: its seniority.
    pub(crate) depth: Vec<u32>,
}

impl Move {
    pub fn as_str(self) -> &'static str {
        match self {
            Move::Up => "up",
            Move::Down => "down",
            Move::Across => "across",
        }
    }
}

impl Index {
    pub fn levels(&self) -> &[Level] {
        &self.ladder.levels
    }

    pub fn level(&self, index: usize) -> &Level {
        &self.ladder.levels[index]
    }

    /// The level named by id, alias or name, in any case.
    pub fn find_level(&self, name: &str) -> Option<usize> {
        let key = name.trim().to_lowercase();
        self.level_keys.get(key.as_str()).copied()
    }

    pub fn skill(&self, id: &str) -> &Skill {
        &self.ladder.skills[self.skill_ids[id]]
    }

    /// Where the skill `id` sits in the catalogue.
    pub fn skill_position(&self, id: &str) -> usize {
        self.skill_ids[id]
    }

    /// The skill named by id or name, in any case.
    pub fn find_skill(&self, name: &str) -> Option<&Skill> {
        if let Some(&i) = self.skill_ids.get(name) {
            return Some(&self.ladder.skills[i]);
        }
        let wanted = name.trim().to_lowercase();
        self.ladder
            .skills
            .iter()
            .find(|s| s.id.to_lowercase() == wanted || s.name.to_lowercase() == wanted)
    }

    pub fn track(&self, id: &str) -> &Track {
        &self.ladder.tracks[self.track_ids[id]]
    }

    pub fn neighbours(&self, level: usize) -> &[(usize, Move)] {
        &self.edges[level]
    }

    pub fn depth(&self, level: usize) -> u32 {
        self.depth[level]
    }
}
