//! `ladder tracks`: the tracks, each with its levels in ladder order.

use serde::Serialize;

use super::Answer;
use super::shared::LevelRef;
use crate::ladder::CheckedLadder;
use crate::output::markup::{Layout, Line, Markup};

/// Every track. Field names are the JSON contract.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct Tracks<'a>(pub Vec<TrackView<'a>>);

#[derive(Debug, Serialize)]
pub struct TrackView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub summary: Option<&'a str>,
    pub levels: Vec<LevelRef<'a>>,
}

/// The tracks in the order the file declares them; one pass over the levels.
pub fn run(ladder: &CheckedLadder) -> Tracks<'_> {
    let mut views: Vec<TrackView> = (ladder.tracks().iter())
        .map(|t| TrackView {
            id: &t.id,
            name: &t.name,
            summary: t.summary.as_deref(),
            levels: Vec::new(),
        })
        .collect();
    let place: crate::ladder::hash::HashMap<&str, usize> =
        (views.iter().enumerate()).map(|(i, t)| (t.id, i)).collect();
    for level in ladder.levels() {
        views[place[level.track.as_str()]]
            .levels
            .push(LevelRef::new(level));
    }
    Tracks(views)
}

impl Layout for Tracks<'_> {
    fn layout(&self, out: &mut dyn Markup) {
        let rows: Vec<Vec<Line>> = (self.0.iter())
            .map(|t| {
                let mut levels = Line::new();
                for (i, level) in t.levels.iter().enumerate() {
                    if i > 0 {
                        levels = levels.plain(", ");
                    }
                    levels = levels.span(level.span());
                }
                vec![
                    Line::new().code(t.id),
                    t.name.into(),
                    t.levels.len().to_string().into(),
                    if levels.is_empty() {
                        "—".into()
                    } else {
                        levels
                    },
                ]
            })
            .collect();
        out.table(&["Id", "Track", "Count", "Levels"], &rows, &[0, 2]);
    }
}

impl Answer for Tracks<'_> {}
