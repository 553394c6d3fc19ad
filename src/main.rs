//! `ladder`: explore an engineering career ladder from the command line.

mod cli;
mod commands;
mod diff;
mod exit;
mod graph_view;
mod guard;
mod index;
mod journey;
mod load;
mod lookup;
mod model;
#[cfg(test)]
mod mutations;
mod output;
mod plan;
mod pointer;
mod report;
mod route;
mod search;
mod seek;
mod terminal;
mod trail;
mod validate;
mod yaml;

use std::io::{self, Write};
use std::process::ExitCode;

use crate::cli::{Cli, Command, Settings};
use crate::exit::Exit;
use crate::load::Origin;

fn main() -> ExitCode {
    let cli = Cli::read();
    let settings = cli.settings();
    if let Err(usage) = cli.check(&settings) {
        usage.exit();
    }
    match run(&cli.command, &settings) {
        Ok(exit) => exit.into(),
        Err(err) if is_broken_pipe(&err) => Exit::Success.into(),
        Err(err) => {
            let message = format!("{err:#}").replace('\n', " ");
            let _ = writeln!(io::stderr(), "error: {}", output::text::escape(&message));
            Exit::Failure.into()
        }
    }
}

/// Runs the command and prints its report. The whole report is rendered before
/// the first byte is written, so a failure leaves stdout empty.
fn run(command: &Command, settings: &Settings) -> anyhow::Result<Exit> {
    let origin = settings
        .ladder
        .clone()
        .map_or(Origin::Embedded, Origin::from_arg);
    let mut ladder = None;
    let report = commands::run(command, &origin, &mut ladder)?;
    let text = output::render(&report, settings.format, &terminal::style(settings.color))?;
    let mut stdout = io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()?;
    let exit = report.exit();
    // The process ends next: freeing every string of the ladder would only cost time.
    std::mem::forget(report);
    std::mem::forget(ladder);
    Ok(exit)
}

/// A reader that went away early (`ladder list | head -1`) is not a failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|cause| cause.downcast_ref::<io::Error>())
        .any(|io| io.kind() == io::ErrorKind::BrokenPipe)
}
