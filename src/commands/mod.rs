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
    match command {
        Command::Validate(validate) => return Ok(validate::run(&validate.files, origin)),
        Command::Schema(_) => return Ok(Report::Text(schema::SCHEMA.to_string())),
        Command::Man(_) => return completions::man(),
        _ => {}
    }
    let index: &'a Index = match ladder {
        Some(index) => index,
        None => ladder.insert(load::load(origin)?),
    };
    match command {
        Command::List(list) => list::run(index, list.track.as_deref(), origin),
        Command::Show(show) => show::run(index, &show.level, origin),
        Command::Diff(diff) => diff::run(index, &diff.from, &diff.to, origin),
        Command::Path(path) => path::run(index, &path.from, &path.to, origin),
        Command::Search(search) => search::run(index, &search.terms, origin),
        Command::Skill(skill) => skill::run(index, skill.skill.as_deref(), origin),
        Command::Graph(_) => Ok(graph::run(index)),
        Command::Plan(plan) => plan::run(index, &plan.from, &plan.to, origin),
        Command::Export(_) => Ok(export::run(index)),
        Command::Completions(sub) => Ok(completions::completions(index, sub.shell)),
        Command::Validate(_) | Command::Schema(_) | Command::Man(_) => {
            unreachable!("answered without a ladder above")
        }
    }
}
