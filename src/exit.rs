//! How a run of `ladder` ends, in one place: 0 success, 1 failure, 2 usage
//! (clap's own, written and exited by clap).

use std::io;
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

/// A reader that went away early (`ladder list | head -1`) is not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|cause| cause.downcast_ref::<io::Error>())
        .any(|io| io.kind() == io::ErrorKind::BrokenPipe)
}
