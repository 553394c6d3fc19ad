//! One module per subcommand; each turns its arguments into a `Report`.

mod diff;
mod list;
mod path;
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
    // These two answer without a ladder: validate reads its own files.
    if let Command::Validate { files } = command {
        return Ok(validate::run(files, origin));
    }
    if let Command::Schema = command {
        return Ok(Report::Text(schema::SCHEMA.to_string()));
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
        Command::Validate { .. } | Command::Schema => {
            unreachable!("answered without a ladder above")
        }
    }
}
