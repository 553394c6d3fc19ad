//! The exit codes `ladder` uses, in one place.

/// How a run of `ladder` ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The command did what was asked.
    Success = 0,
    /// Bad data: an unknown level, an invalid or unreadable ladder file.
    Failure = 1,
    /// Wrong usage, reported by the argument parser.
    Usage = 2,
}

impl From<Exit> for std::process::ExitCode {
    fn from(exit: Exit) -> Self {
        std::process::ExitCode::from(exit as u8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable() {
        assert_eq!(Exit::Success as u8, 0);
        assert_eq!(Exit::Failure as u8, 1);
        assert_eq!(Exit::Usage as u8, 2);
    }
}
