//! `ladder show LEVEL`: everything about one level.

use crate::index::Index;
use crate::load::Origin;
use crate::lookup;
use crate::report::{LevelView, Report};

pub fn run<'a>(index: &'a Index, name: &str, origin: &Origin) -> anyhow::Result<Report<'a>> {
    let level = lookup::level(index, name, origin)?;
    Ok(Report::Level(view(index, level)))
}

/// Level `level` with the track, skills and sources its ids name.
pub fn view(index: &Index, level: usize) -> LevelView<'_> {
    let level = index.level(level);
    LevelView {
        level,
        track: index.track(&level.track),
        skills: level.skills.iter().map(|id| index.skill(id)).collect(),
        sources: index
            .ladder
            .sources
            .iter()
            .filter(|s| level.sources.contains(&s.id))
            .collect(),
    }
}
