//! `ladder path FROM TO`: the route between two levels, step by step.

use anyhow::bail;

use crate::index::Index;
use crate::journey;
use crate::load::Origin;
use crate::lookup;
use crate::report::Report;

pub fn run<'a>(
    index: &'a Index,
    from: &str,
    to: &str,
    origin: &Origin,
) -> anyhow::Result<Report<'a>> {
    let (a, b) = lookup::pair(index, from, to, origin)?;
    match journey::journey(index, a, b) {
        Some(journey) => Ok(Report::Path(Box::new(journey))),
        None => {
            let (a, b) = (&index.level(a).id, &index.level(b).id);
            bail!(
                "no route from '{a}' to '{b}' in {origin}: no chain of promotions and lateral moves joins them; `ladder diff {a} {b}` still compares them"
            )
        }
    }
}
