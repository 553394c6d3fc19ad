//! A ladder whose invariants hold, with the lookups every command needs.
//!
//! Only the file rules (`file::rules::check`) build a `CheckedLadder`, after every
//! reference resolved and `next` proved acyclic; code that holds one never
//! checks again.

use super::lists::Lists;
use super::model::{Category, Ladder, Level, Role, Skill, Source, Track};
use super::route::Move;
use super::text::{Text, fold};
use crate::ladder::hash::HashMap;

#[derive(Debug)]
pub struct CheckedLadder {
    pub(crate) data: Ladder,
    /// Lower-cased ids, aliases and names of levels.
    pub(crate) level_keys: HashMap<Text, usize>,
    pub(crate) skill_ids: HashMap<Text, usize>,
    pub(crate) track_ids: HashMap<Text, usize>,
    pub(crate) source_ids: HashMap<Text, usize>,
    pub(crate) category_ids: HashMap<Text, usize>,
    /// For each level, its neighbours in a stable order: promotions, lateral moves,
    /// then the levels it is a promotion from.
    pub(crate) edges: Lists<(usize, Move)>,
    /// For each level, the length of the longest chain of promotions leading to
    /// its group of lateral peers: its seniority.
    pub(crate) depth: Vec<u32>,
}

impl CheckedLadder {
    /// The ladder as its file says it.
    pub fn data(&self) -> &Ladder {
        &self.data
    }

    pub fn levels(&self) -> &[Level] {
        &self.data.levels
    }

    pub fn skills(&self) -> &[Skill] {
        &self.data.skills
    }

    pub fn tracks(&self) -> &[Track] {
        &self.data.tracks
    }

    /// The skill categories, in the file's order (the default four when the
    /// file lists none).
    pub fn categories(&self) -> &[Category] {
        self.data.categories.as_deref().unwrap_or_default()
    }

    /// Where the category `id` sits in `categories()`.
    pub fn category_position(&self, id: &str) -> usize {
        self.category_ids[id]
    }

    /// The name of the category `id`.
    pub fn category_name(&self, id: &str) -> &str {
        &self.categories()[self.category_position(id)].name
    }

    pub fn category(&self, id: &str) -> &Category {
        &self.categories()[self.category_position(id)]
    }

    /// How many of `level`'s skills fall in each category, in the order of
    /// `categories()`: the level's skill mix.
    pub fn skill_mix(&self, level: &Level) -> Vec<usize> {
        let mut counts = vec![0; self.categories().len()];
        for id in &level.skills {
            counts[self.category_position(&self.skill(id).category)] += 1;
        }
        counts
    }

    pub fn sources(&self) -> &[Source] {
        &self.data.sources
    }

    /// The role outside the ladder with id `id`; ladders name few, so a scan.
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.data.roles.iter().find(|role| role.id.as_str() == id)
    }

    pub fn level(&self, index: usize) -> &Level {
        &self.data.levels[index]
    }

    /// The level named by id, alias or name, folded (any case, blanks around).
    pub fn find_level(&self, name: &str) -> Option<usize> {
        self.level_keys.get(fold(name).as_str()).copied()
    }

    pub fn skill(&self, id: &str) -> &Skill {
        &self.data.skills[self.skill_ids[id]]
    }

    /// Where the skill `id` sits in the catalogue.
    pub fn skill_position(&self, id: &str) -> usize {
        self.skill_ids[id]
    }

    /// The skill named by id or name, folded; the rules make sure no two
    /// skills share a folded id or name.
    pub fn find_skill(&self, name: &str) -> Option<&Skill> {
        if let Some(&i) = self.skill_ids.get(name) {
            return Some(&self.data.skills[i]);
        }
        let wanted = fold(name);
        self.data
            .skills
            .iter()
            .find(|s| s.id.as_str() == wanted || fold(&s.name) == wanted)
    }

    pub fn track(&self, id: &str) -> &Track {
        &self.data.tracks[self.track_ids[id]]
    }

    /// The sources `ids` name, in the order of the ladder's list of sources.
    pub fn sources_named<'a>(&self, ids: impl IntoIterator<Item = &'a Text>) -> Vec<&Source> {
        let mut found: Vec<usize> = ids
            .into_iter()
            .filter_map(|id| self.source_ids.get(id.as_str()).copied())
            .collect();
        found.sort_unstable();
        found.dedup();
        found.into_iter().map(|i| &self.data.sources[i]).collect()
    }

    pub fn neighbours(&self, level: usize) -> &[(usize, Move)] {
        self.edges.get(level)
    }

    pub fn depth(&self, level: usize) -> u32 {
        self.depth[level]
    }
}
