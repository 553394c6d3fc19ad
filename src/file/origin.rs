//! Where a ladder comes from, and how messages name it.

use std::fmt;
use std::path::PathBuf;

/// Where a ladder comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The ladder compiled into the binary.
    Builtin,
    File(PathBuf),
    /// A file named by the `LADDER_FILE` environment variable.
    Env(PathBuf),
    Stdin,
}

impl Origin {
    /// `-` is standard input, anything else a path.
    pub fn from_arg(arg: PathBuf) -> Self {
        if arg.as_os_str() == "-" {
            Origin::Stdin
        } else {
            Origin::File(arg)
        }
    }

    /// How a `file:line:column` prefix names this ladder.
    pub fn file_name(&self) -> String {
        match self {
            Origin::Builtin => "<default ladder>".to_string(),
            Origin::File(path) | Origin::Env(path) => path.display().to_string(),
            Origin::Stdin => "<stdin>".to_string(),
        }
    }
}

/// How a sentence names this ladder: "the default ladder" or "'ours.yaml'".
impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Builtin => f.write_str("the default ladder"),
            Origin::File(path) => write!(f, "'{}'", path.display()),
            Origin::Env(path) => write!(f, "'{}' (from LADDER_FILE)", path.display()),
            Origin::Stdin => f.write_str("the ladder on standard input"),
        }
    }
}
