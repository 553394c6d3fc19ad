//! `ladder diff FROM TO`: the skill shift from one level to another.

use crate::diff;
use crate::index::Index;
use crate::load::Origin;
use crate::lookup;
use crate::report::Report;

pub fn run<'a>(
    index: &'a Index,
    from: &str,
    to: &str,
    origin: &Origin,
) -> anyhow::Result<Report<'a>> {
    let (from, to) = lookup::pair(index, from, to, origin)?;
    Ok(Report::Diff(Box::new(diff::diff(index, from, to))))
}
