//! The skill-mix charts of the site: each level's, and two levels' overlaid,
//! on one scale for the whole ladder.

use crate::ladder::CheckedLadder;
use crate::output::svg;

/// The skill mix of every level, by category, and the largest count of any,
/// which is the scale of every mix chart of the site.
pub(super) struct Mixes {
    counts: Vec<Vec<usize>>,
    pub(super) most: usize,
    /// The categories, in the ladder's order, as the charts write them.
    categories: Vec<svg::MixCategory>,
}

impl Mixes {
    pub(super) fn new(ladder: &CheckedLadder) -> Self {
        let counts: Vec<Vec<usize>> = (ladder.levels().iter())
            .map(|level| ladder.skill_mix(level))
            .collect();
        let most = counts.iter().flatten().copied().max().unwrap_or(0);
        let categories = (ladder.categories().iter())
            .map(|c| svg::MixCategory::new(&c.name))
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
        let mut title = vec!["Skills by category: "];
        for (i, (name, _)) in series.iter().enumerate() {
            if i > 0 {
                title.push(" → ");
            }
            title.push(name);
        }
        let mut out = String::new();
        let depth = char::from(b'0' + (depth % 10) as u8);
        out.push_str("<h");
        out.push(depth);
        out.push_str(">Skill mix</h");
        out.push(depth);
        out.push_str(">\n<div class=\"chart\">");
        svg::mix(&mut out, &title, &self.categories, &series, self.most);
        out.push_str("</div>\n");
        out
    }
}
