//! `ladder` explores an engineering career ladder: what each level asks for,
//! and what changes between two levels. This crate is the whole program; the
//! binary's `main` only parses the command line and calls [`run`].
//!
//! # Architecture
//!
//! A run flows **load → check → ladder → command → view → render**:
//!
//! - [`cli`] holds the clap types, the one grammar of the command line;
//!   [`settings`] resolves them, with the environment, into the settings in
//!   force (the ladder's origin, the format, colour and width).
//! - [`file`](mod@file) reads a ladder file: where it comes from, the size and
//!   hostile-input limits, the YAML module (the only place that names the YAML
//!   crate), positions for messages, and the rules a ladder must follow. It
//!   turns text into a [`ladder::CheckedLadder`] or a list of diagnostics. The
//!   built-in ladder is checked at build time and compiled in as code.
//! - [`ladder`] is the domain: the model, the checked ladder and its lookups
//!   (with suggestions), routes and seniority. It knows nothing of YAML,
//!   terminals or clap.
//! - [`commands`] has one home per subcommand: its logic, its view (a plain
//!   struct whose field names are the JSON contract) and the view's layout.
//! - [`output`] renders a view: JSON and YAML serialize it; each human layout
//!   is written once against [`output::markup::Markup`], which a terminal and
//!   a Markdown backend implement; Mermaid and DOT draw the graph.
//! - [`exit`] names the exit codes.

pub mod cli;
pub mod commands;
pub mod exit;
pub mod file;
pub mod ladder;
pub mod output;
pub mod settings;

use std::io::{self, Write};
use std::process::ExitCode;

use crate::cli::Cli;
use crate::exit::{Exit, is_broken_pipe};
use crate::settings::Settings;

/// Runs the parsed command line `cli`: prints the answer on stdout, or one
/// `error:` line on stderr, and says how the process ends. A usage error is
/// printed by clap, which exits with code 2.
pub fn run(cli: &Cli) -> ExitCode {
    let settings = Settings::of(cli);
    if let Err(usage) = settings.check(&cli.command) {
        usage.exit();
    }
    match answer(cli, &settings) {
        Ok(exit) => exit.into(),
        Err(err) if is_broken_pipe(&err) => Exit::Success.into(),
        Err(err) => {
            let message = format!("{err:#}").replace('\n', " ");
            let _ = writeln!(io::stderr(), "error: {}", output::escape::escape(&message));
            Exit::Failure.into()
        }
    }
}

/// Runs the command and prints its report. The whole report is rendered before
/// the first byte is written, so a failure leaves stdout empty.
fn answer(cli: &Cli, settings: &Settings) -> anyhow::Result<Exit> {
    let mut ladder = None;
    let report = commands::run(&cli.command, &settings.origin(), &mut ladder)?;
    let text = output::render(&report, settings.format, &settings.style())?;
    let mut stdout = io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()?;
    let exit = if report.failed() {
        Exit::Failure
    } else {
        Exit::Success
    };
    // The process ends next: freeing every string of the ladder would only cost time.
    std::mem::forget(report);
    std::mem::forget(ladder);
    Ok(exit)
}
