//! What a command hands to an output format: plain views over the index.

use serde::{Serialize, Serializer};

use crate::diff::Diff;
use crate::model::{Level, Range, Skill, Source, Track};

/// The result of a command, ready to be rendered in any format.
#[derive(Debug)]
pub enum Report<'a> {
    List(Vec<TrackRows<'a>>),
    Level(LevelView<'a>),
    Diff(Box<Diff<'a>>),
}

impl Serialize for Report<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Report::List(groups) => serializer.collect_seq(groups.iter().flat_map(|g| &g.rows)),
            Report::Level(view) => view.level.serialize(serializer),
            Report::Diff(diff) => diff.serialize(serializer),
        }
    }
}

/// The levels of one track, for `ladder list`. Machine formats print one flat
/// array of rows, in the same order.
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

/// One level with what its ids refer to, for `ladder show`. Machine formats print
/// the level alone, with the file's field names.
#[derive(Debug)]
pub struct LevelView<'a> {
    pub level: &'a Level,
    pub track: &'a Track,
    pub skills: Vec<&'a Skill>,
    pub sources: Vec<&'a Source>,
}
