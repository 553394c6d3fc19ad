//! What a command hands to an output format: plain views over the index.

use serde::{Serialize, Serializer};

use crate::diff::Diff;
use crate::exit::Exit;
use crate::graph_view::Graph;
use crate::journey::Journey;
use crate::load::Diagnostic;
use crate::model::{Ladder, Level, Range, Skill, Source, Track};
use crate::plan::Plan;
use crate::search::Found;
use crate::trail::{Entry, Trail};

/// The result of a command, ready to be rendered in any format.
#[derive(Debug)]
pub enum Report<'a> {
    List(Vec<TrackRows<'a>>),
    Level(LevelView<'a>),
    Diff(Box<Diff<'a>>),
    Path(Box<Journey<'a>>),
    Search(Found<'a>),
    Skill(Box<Trail<'a>>),
    Catalogue(Vec<Entry<'a>>),
    Graph(Graph<'a>),
    Plan(Box<Plan<'a>>),
    Export(Box<Export<'a>>),
    Validation(Validation),
    /// Text printed as it is, in every format.
    Text(String),
}

impl Report<'_> {
    /// How the run ends once the report is printed.
    pub fn exit(&self) -> Exit {
        match self {
            Report::Validation(v) if v.problems() > 0 => Exit::Failure,
            _ => Exit::Success,
        }
    }
}

impl Serialize for Report<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Report::List(groups) => serializer.collect_seq(groups.iter().flat_map(|g| &g.rows)),
            Report::Level(view) => view.level.serialize(serializer),
            Report::Diff(diff) => diff.serialize(serializer),
            Report::Path(journey) => journey.serialize(serializer),
            Report::Search(found) => found.serialize(serializer),
            Report::Skill(trail) => trail.serialize(serializer),
            Report::Catalogue(entries) => entries.serialize(serializer),
            Report::Graph(graph) => graph.serialize(serializer),
            Report::Plan(plan) => plan.serialize(serializer),
            Report::Export(export) => export.ladder.serialize(serializer),
            Report::Validation(v) => {
                serializer.collect_seq(v.files.iter().flat_map(|f| &f.problems))
            }
            Report::Text(text) => serializer.serialize_str(text),
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

/// The whole ladder for `ladder export`: machine formats print the ladder file
/// itself; Markdown a page with an overview, the diagram and every level.
#[derive(Debug)]
pub struct Export<'a> {
    pub ladder: &'a Ladder,
    pub levels: Vec<LevelView<'a>>,
    pub graph: Graph<'a>,
}

/// What `ladder validate` found, file by file.
#[derive(Debug)]
pub struct Validation {
    pub files: Vec<Checked>,
}

impl Validation {
    pub fn problems(&self) -> usize {
        self.files.iter().map(|f| f.problems.len()).sum()
    }
}

/// One checked file and its problems, none when it is valid.
#[derive(Debug)]
pub struct Checked {
    pub file: String,
    pub problems: Vec<Diagnostic>,
}

/// A problem for scripts: `{file, line, column, message}`, line and column `null`
/// when the problem has no position.
impl Serialize for Diagnostic {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Diagnostic", 4)?;
        s.serialize_field("file", &self.file)?;
        s.serialize_field("line", &self.position.map(|p| p.line))?;
        s.serialize_field("column", &self.position.map(|p| p.column))?;
        s.serialize_field("message", &self.message)?;
        s.end()
    }
}
