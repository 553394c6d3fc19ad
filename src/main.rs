//! `ladder`: explore an engineering career ladder from the command line. The
//! library does the work; see its crate documentation for the architecture.

use std::process::ExitCode;

fn main() -> ExitCode {
    ladder::commands::completions::answer_if_asked();
    match ladder::cli::Cli::from_env() {
        Ok(cli) => ladder::run(&cli),
        Err(answer) => ladder::clap_answer(answer),
    }
}
