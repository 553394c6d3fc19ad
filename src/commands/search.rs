//! `ladder search TERM…`: the levels whose text mentions every term.

use anyhow::bail;

use crate::index::Index;
use crate::load::Origin;
use crate::report::Report;
use crate::search;

pub fn run<'a>(index: &'a Index, terms: &[String], origin: &Origin) -> anyhow::Result<Report<'a>> {
    let found = search::search(index, terms);
    if found.levels.is_empty() {
        let wanted = terms
            .iter()
            .map(|t| format!("'{t}'"))
            .collect::<Vec<_>>()
            .join(" and ");
        bail!(
            "nothing in {origin} mentions {wanted}; search looks at level names, roles, summaries, \
             responsibilities, skills, shifts and pitfalls"
        );
    }
    Ok(Report::Search(found))
}
