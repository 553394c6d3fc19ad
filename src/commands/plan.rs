//! `ladder plan FROM TO`: a transition plan.

use crate::index::Index;
use crate::load::Origin;
use crate::lookup;
use crate::plan;
use crate::report::Report;

pub fn run<'a>(
    index: &'a Index,
    from: &str,
    to: &str,
    origin: &Origin,
) -> anyhow::Result<Report<'a>> {
    let (a, b) = lookup::pair(index, from, to, origin)?;
    Ok(Report::Plan(Box::new(plan::plan(index, a, b))))
}
