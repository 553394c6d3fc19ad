//! One module per subcommand; each turns its arguments into a `Report`.

mod completions;
mod diff;
mod export;
mod graph;
mod list;
mod path;
mod plan;
pub mod schema;
mod search;
mod show;
mod skill;
mod validate;

use crate::cli::Command;
use crate::index::Index;
use crate::load::{self, Origin};
use crate::report::Report;

/// Runs `command` on the ladder in `ladder`, loading it from `origin` first when
/// the command needs one and none is loaded yet.
pub fn run<'a>(
    command: &Command,
    origin: &Origin,
    ladder: &'a mut Option<Index>,
) -> anyhow::Result<Report<'a>> {
    // These answer without a ladder: validate reads its own files.
    if let Command::Validate { files } = command {
        return Ok(validate::run(files, origin));
    }
    if let Command::Schema = command {
        return Ok(Report::Text(schema::SCHEMA.to_string()));
    }
    if let Command::Man = command {
        return completions::man();
    }
    let index: &'a Index = match ladder {
        Some(index) => index,
        None => ladder.insert(load::load(origin)?),
    };
    match command {
        Command::List { track } => list::run(index, track.as_deref(), origin),
        Command::Show { level } => show::run(index, level, origin),
        Command::Diff { from, to } => diff::run(index, from, to, origin),
        Command::Path { from, to } => path::run(index, from, to, origin),
        Command::Search { terms } => search::run(index, terms, origin),
        Command::Skill { skill } => skill::run(index, skill.as_deref(), origin),
        Command::Graph => Ok(graph::run(index)),
        Command::Plan { from, to } => plan::run(index, from, to, origin),
        Command::Export => Ok(export::run(index)),
        Command::Completions { shell } => Ok(completions::completions(index, *shell)),
        Command::Validate { .. } | Command::Schema | Command::Man => {
            unreachable!("answered without a ladder above")
        }
    }
}
