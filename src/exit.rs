//! How a run of `ladder` ends, in one place: 0 success, 1 failure, 2 usage
//! (clap's own, written and exited by clap).

use std::process::ExitCode;

/// How a run of `ladder` ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The command did what was asked.
    Success = 0,
    /// Bad data: an unknown level, an invalid or unreadable ladder file.
    Failure = 1,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        ExitCode::from(exit as u8)
    }
}
