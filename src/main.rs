//! `ladder`: explore an engineering career ladder from the command line. The
//! library does the work; see its crate documentation for the architecture.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    ladder::run(&ladder::cli::Cli::parse())
}
