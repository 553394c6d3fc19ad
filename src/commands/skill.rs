//! `ladder skill [SKILL]`: one skill across the ladder, or the whole catalogue.

use crate::index::Index;
use crate::load::Origin;
use crate::lookup;
use crate::report::Report;
use crate::trail;

pub fn run<'a>(
    index: &'a Index,
    skill: Option<&str>,
    origin: &Origin,
) -> anyhow::Result<Report<'a>> {
    Ok(match skill {
        Some(name) => Report::Skill(Box::new(trail::trail(
            index,
            lookup::skill(index, name, origin)?,
        ))),
        None => Report::Catalogue(trail::catalogue(index)),
    })
}
