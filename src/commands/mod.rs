//! One module per subcommand; each turns its arguments into a `Report`.

mod diff;
mod list;
mod show;

use crate::cli::Command;
use crate::index::Index;
use crate::load::Origin;
use crate::report::Report;

pub fn run<'a>(command: &Command, index: &'a Index, origin: &Origin) -> anyhow::Result<Report<'a>> {
    match command {
        Command::List { track } => list::run(index, track.as_deref(), origin),
        Command::Show { level } => show::run(index, level, origin),
        Command::Diff { from, to } => diff::run(index, from, to, origin),
    }
}
