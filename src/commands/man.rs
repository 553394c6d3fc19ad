//! `ladder man`: the manual page, generated from the command line's own
//! definition.

use clap::CommandFactory;

use crate::cli::Cli;

/// The manual page, in roff.
pub fn run() -> anyhow::Result<String> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut page)?;
    Ok(String::from_utf8(page)?)
}
