//! `ladder show LEVEL`: everything about one level.

use crate::index::Index;
use crate::load::Origin;
use crate::lookup;
use crate::report::{LevelView, Report};

pub fn run<'a>(index: &'a Index, name: &str, origin: &Origin) -> anyhow::Result<Report<'a>> {
    let level = index.level(lookup::level(index, name, origin)?);
    let ladder = &index.ladder;
    Ok(Report::Level(LevelView {
        level,
        track: index.track(&level.track),
        skills: level.skills.iter().map(|id| index.skill(id)).collect(),
        sources: ladder
            .sources
            .iter()
            .filter(|s| level.sources.contains(&s.id))
            .collect(),
    }))
}
