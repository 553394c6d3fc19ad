//! The skill-mix charts of the site: each level's, and two levels' overlaid,
//! on one scale for the whole ladder.

use crate::ladder::CheckedLadder;
use crate::output::svg;

/// The skill mix of every level, by category, and the largest count of any,
/// which is the scale of every mix chart of the site.
pub(super) struct Mixes<'a> {
    counts: Vec<Vec<usize>>,
    pub(super) most: usize,
    /// The categories' names, in the ladder's order.
    categories: Vec<&'a str>,
}

impl<'a> Mixes<'a> {
    pub(super) fn new(ladder: &'a CheckedLadder) -> Self {
        let counts: Vec<Vec<usize>> = (ladder.levels().iter())
            .map(|level| ladder.skill_mix(level))
            .collect();
        let most = counts.iter().flatten().copied().max().unwrap_or(0);
        let categories = (ladder.categories().iter())
            .map(|c| c.name.as_str())
            .collect();
        Self {
            counts,
            most,
            categories,
        }
    }

    /// How many skills of each category level `l` asks for.
    pub(super) fn counts(&self, l: usize) -> &[usize] {
        &self.counts[l]
    }

    /// The chart of the levels `shown`, one bar each per category, under a
    /// heading of `depth`; nothing when none of them asks for a skill.
    pub(super) fn chart(&self, ladder: &CheckedLadder, shown: &[usize], depth: usize) -> String {
        if shown.iter().all(|&l| ladder.level(l).skills.is_empty()) {
            return String::new();
        }
        let series: Vec<(&str, &[usize])> = (shown.iter())
            .map(|&l| (ladder.level(l).name.as_str(), self.counts[l].as_slice()))
            .collect();
        let names: Vec<&str> = series.iter().map(|(name, _)| *name).collect();
        let title = format!("Skills by category: {}", names.join(" → "));
        format!(
            "<h{depth}>Skill mix</h{depth}>\n<div class=\"chart\">{}</div>\n",
            svg::mix(&title, &self.categories, &series, self.most)
        )
    }
}
