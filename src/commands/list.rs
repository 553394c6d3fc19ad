//! `ladder list [--track ID]`: every level, grouped by track in the order the
//! tracks are declared, each track's levels in ladder order.

use anyhow::bail;

use crate::index::Index;
use crate::load::Origin;
use crate::model::Level;
use crate::report::{ListRow, Report, TrackRows};

pub fn run<'a>(
    index: &'a Index,
    track: Option<&str>,
    origin: &Origin,
) -> anyhow::Result<Report<'a>> {
    let tracks = &index.ladder.tracks;
    if let Some(wanted) = track.filter(|t| !tracks.iter().any(|known| known.id == *t)) {
        let known: Vec<&str> = tracks.iter().map(|t| t.id.as_str()).collect();
        bail!(
            "no track '{wanted}' in {origin} (known: {})",
            known.join(", ")
        );
    }
    let row = |level: &'a Level| ListRow {
        id: &level.id,
        name: &level.name,
        track: &level.track,
        role: &level.role,
        scope: &level.scope,
        coding: level.coding,
        span: level.span,
    };
    let groups = tracks
        .iter()
        .filter(|t| track.is_none_or(|wanted| wanted == t.id))
        .map(|t| TrackRows {
            track: t,
            rows: index
                .levels()
                .iter()
                .filter(|level| level.track == t.id)
                .map(row)
                .collect(),
        })
        .collect();
    Ok(Report::List(groups))
}
