//! `ladder list [--track ID]`: every level, grouped by track in the order the
//! tracks are declared, each track's levels in ladder order.

use crate::ladder::find::Place;

use serde::{Serialize, Serializer};

use super::Answer;
use super::shared::coding;
use crate::ladder::{CheckedLadder, Level, Range, Track, find};
use crate::output::markup::{Layout, Line, Markup, Section};

/// Every level by track. Machine formats print one flat array of rows, in the
/// same order.
#[derive(Debug)]
pub struct Listing<'a>(pub Vec<TrackRows<'a>>);

/// The levels of one track.
#[derive(Debug)]
pub struct TrackRows<'a> {
    pub track: &'a Track,
    pub rows: Vec<ListRow<'a>>,
}

/// One line of `ladder list`. Field names are the JSON contract.
#[derive(Debug, Serialize)]
pub struct ListRow<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub track: &'a str,
    pub role: &'a str,
    pub scope: &'a str,
    pub coding: Option<Range>,
    pub span: Option<Range>,
}

impl<'a> ListRow<'a> {
    /// The line of `level`.
    pub fn of(level: &'a Level) -> Self {
        ListRow {
            id: &level.id,
            name: &level.name,
            track: &level.track,
            role: &level.role,
            scope: &level.scope,
            coding: level.coding_share(),
            span: level.span_of_control(),
        }
    }
}

pub fn run<'a>(
    ladder: &'a CheckedLadder,
    track: Option<&str>,
    place: &dyn Place,
) -> anyhow::Result<Listing<'a>> {
    let only = track.map(|id| find::track(ladder, id, place)).transpose()?;
    let row = ListRow::of;
    let groups = ladder
        .tracks()
        .iter()
        .filter(|t| only.is_none_or(|wanted| wanted.id == t.id))
        .map(|t| TrackRows {
            track: t,
            rows: ladder
                .levels()
                .iter()
                .filter(|level| level.track == t.id)
                .map(row)
                .collect(),
        })
        .collect();
    Ok(Listing(groups))
}

impl Serialize for Listing<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().flat_map(|g| &g.rows))
    }
}

impl Layout for Listing<'_> {
    fn layout(&self, out: &mut dyn Markup) {
        let sections: Vec<Section> = self
            .0
            .iter()
            .map(|group| {
                let rows = group
                    .rows
                    .iter()
                    .map(|r| {
                        vec![
                            Line::new().code(r.id),
                            r.name.into(),
                            r.scope.into(),
                            coding(r.coding).into(),
                            r.role.into(),
                        ]
                    })
                    .collect();
                let title = Line::named(&group.track.name, &group.track.id);
                (title, rows, "No level is on this track.")
            })
            .collect();
        out.sections(
            &["Id", "Name", "Scope", "Coding", "Role"],
            &sections,
            &[0, 2, 3],
        );
    }
}

impl Answer for Listing<'_> {}
