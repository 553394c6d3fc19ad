//! One home per subcommand: each file holds the command's logic, its view (a
//! plain struct every format renders: its field names are the JSON contract)
//! and the view's human layout. `run` dispatches a parsed command line.

pub mod completions;
pub mod diff;
pub mod export;
pub mod graph;
pub mod list;
pub mod man;
pub mod path;
pub mod plan;
pub mod schema;
pub mod search;
pub mod shared;
pub mod show;
pub mod skill;
pub mod validate;

use serde::{Serialize, Serializer};

use crate::cli::Command;
use crate::file::{self, Origin};
use crate::ladder::CheckedLadder;
use crate::output::markup::Layout;

/// The result of a command, ready to be rendered in any format.
#[derive(Debug)]
pub enum Report<'a> {
    List(list::Listing<'a>),
    Level(show::LevelView<'a>),
    Diff(Box<diff::Diff<'a>>),
    Path(Box<path::Journey<'a>>),
    Search(search::Found<'a>),
    Skill(Box<skill::Trail<'a>>),
    Catalogue(skill::Catalogue<'a>),
    Graph(graph::Graph<'a>),
    Plan(Box<plan::Plan<'a>>),
    Export(Box<export::Export<'a>>),
    Validation(validate::Validation),
    /// Text printed as it is, in every format: a script, a page, a schema.
    Text(String),
}

/// Runs `command` on the ladder in `ladder`, loading it from `origin` first when
/// the command needs one and none is loaded yet.
pub fn run<'a>(
    command: &Command,
    origin: &Origin,
    ladder: &'a mut Option<CheckedLadder>,
) -> anyhow::Result<Report<'a>> {
    Ok(match command {
        Command::List(args) => Report::List(list::run(
            loaded(ladder, origin)?,
            args.track.as_deref(),
            origin,
        )?),
        Command::Show(args) => {
            Report::Level(show::run(loaded(ladder, origin)?, &args.level, origin)?)
        }
        Command::Diff(args) => Report::Diff(Box::new(diff::run(
            loaded(ladder, origin)?,
            &args.from,
            &args.to,
            origin,
        )?)),
        Command::Path(args) => Report::Path(Box::new(path::run(
            loaded(ladder, origin)?,
            &args.from,
            &args.to,
            origin,
        )?)),
        Command::Search(args) => {
            Report::Search(search::run(loaded(ladder, origin)?, &args.terms, origin)?)
        }
        Command::Skill(args) => match &args.skill {
            Some(name) => {
                Report::Skill(Box::new(skill::run(loaded(ladder, origin)?, name, origin)?))
            }
            None => Report::Catalogue(skill::catalogue(loaded(ladder, origin)?)),
        },
        Command::Graph(_) => Report::Graph(graph::graph(loaded(ladder, origin)?)),
        Command::Plan(args) => Report::Plan(Box::new(plan::run(
            loaded(ladder, origin)?,
            &args.from,
            &args.to,
            origin,
        )?)),
        Command::Export(_) => Report::Export(Box::new(export::run(loaded(ladder, origin)?))),
        Command::Completions(args) => {
            Report::Text(completions::run(loaded(ladder, origin)?, args.shell))
        }
        // These answer without a ladder: validate reads its own files.
        Command::Validate(args) => Report::Validation(validate::run(&args.files, origin)),
        Command::Schema(_) => Report::Text(schema::SCHEMA.to_string()),
        Command::Man(_) => Report::Text(man::run()?),
    })
}

/// The ladder in `ladder`, loaded from `origin` first when there is none yet.
fn loaded<'a>(
    ladder: &'a mut Option<CheckedLadder>,
    origin: &Origin,
) -> anyhow::Result<&'a CheckedLadder> {
    Ok(match ladder {
        Some(ladder) => ladder,
        None => ladder.insert(file::load(origin)?),
    })
}

impl Report<'_> {
    /// Whether the run failed although the report was printed: `validate` found
    /// problems.
    pub fn failed(&self) -> bool {
        matches!(self, Report::Validation(v) if v.problems() > 0)
    }

    /// Whether the report is a document (a plan, a page): its table format is
    /// Markdown, as people read it.
    pub fn is_document(&self) -> bool {
        matches!(self, Report::Plan(_) | Report::Export(_))
    }

    /// The human layout of the report; none for text printed as it is.
    pub fn layout(&self) -> Option<&dyn Layout> {
        Some(match self {
            Report::List(view) => view,
            Report::Level(view) => view,
            Report::Diff(view) => view.as_ref(),
            Report::Path(view) => view.as_ref(),
            Report::Search(view) => view,
            Report::Skill(view) => view.as_ref(),
            Report::Catalogue(view) => view,
            Report::Graph(view) => view,
            Report::Plan(view) => view.as_ref(),
            Report::Export(view) => view.as_ref(),
            Report::Validation(view) => view,
            Report::Text(_) => return None,
        })
    }
}

impl Serialize for Report<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Report::List(view) => view.serialize(serializer),
            Report::Level(view) => view.serialize(serializer),
            Report::Diff(view) => view.serialize(serializer),
            Report::Path(view) => view.serialize(serializer),
            Report::Search(view) => view.serialize(serializer),
            Report::Skill(view) => view.serialize(serializer),
            Report::Catalogue(view) => view.serialize(serializer),
            Report::Graph(view) => view.serialize(serializer),
            Report::Plan(view) => view.serialize(serializer),
            Report::Export(view) => view.serialize(serializer),
            Report::Validation(view) => view.serialize(serializer),
            Report::Text(text) => serializer.serialize_str(text),
        }
    }
}
