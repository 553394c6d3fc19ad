//! Where a ladder comes from, and how messages name it.

use std::fmt;
use std::path::PathBuf;

use crate::ladder::find::Place;

/// Where a ladder comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The ladder compiled into the binary.
    Builtin,
    File(PathBuf),
    /// A file named by the `LADDER_FILE` environment variable.
    Env(PathBuf),
    Stdin,
    /// `REV:PATH`, read from git.
    Revision(String),
}

/// How messages name standard input.
pub const STDIN_NAME: &str = "<stdin>";

/// Why a command refuses `-` given twice.
pub const STDIN_TWICE: &str =
    "`-` (standard input) is named twice; it can be read once, so name it at most once";

impl Origin {
    /// `-` is standard input, an existing file a path, and `REV:PATH` that is
    /// no file a git revision (`:PATH` the copy staged in git's index, as git
    /// reads it); anything else a path (which then fails to read).
    pub fn from_arg(arg: PathBuf) -> Self {
        if arg.as_os_str() == "-" {
            return Origin::Stdin;
        }
        if arg.symlink_metadata().is_err()
            && let Some(text) = arg.to_str()
            && text
                .split_once(':')
                .is_some_and(|(rev, path)| !rev.is_empty() || !path.is_empty())
        {
            return Origin::Revision(text.to_string());
        }
        Origin::File(arg)
    }

    /// The ladders `files` name, or `in_use` when there are none: what
    /// `validate` and `lint` read. Standard input can be read once only, so
    /// it is named once at most, the ladder in use (`--ladder -`) included.
    pub fn all_or(files: &[PathBuf], in_use: &Origin) -> anyhow::Result<Vec<Origin>> {
        if files.is_empty() {
            return Ok(vec![in_use.clone()]);
        }
        let all: Vec<Origin> = files.iter().cloned().map(Origin::from_arg).collect();
        Origin::stdin_once(all.iter().chain([in_use]))?;
        Ok(all)
    }

    /// An error when standard input is among `origins` more than once.
    pub fn stdin_once<'o>(origins: impl IntoIterator<Item = &'o Origin>) -> anyhow::Result<()> {
        if origins.into_iter().filter(|o| **o == Origin::Stdin).count() > 1 {
            anyhow::bail!(STDIN_TWICE);
        }
        Ok(())
    }

    /// How a `file:line:column` prefix names this ladder: for standard
    /// input, `STDIN_NAME`.
    pub fn file_name(&self) -> String {
        match self {
            Origin::Builtin => "<built-in ladder>".to_string(),
            Origin::File(path) | Origin::Env(path) => path.display().to_string(),
            Origin::Stdin => STDIN_NAME.to_string(),
            Origin::Revision(spec) => spec.clone(),
        }
    }

    /// `shell_word`, for a ladder a command must be given to read it again;
    /// `None` for the built-in ladder and `LADDER_FILE`'s, which it finds itself.
    pub fn given_word(&self) -> Option<String> {
        match self {
            Origin::Builtin | Origin::Env(_) => None,
            other => Some(other.shell_word()),
        }
    }

    /// This ladder as a word to type in a shell: `-` for standard input, a
    /// path in single quotes unless it is plain, and `./` before one that
    /// starts with `-`. A name no shell line can carry as it is (not UTF-8,
    /// with a control character, or a descriptor such as `/dev/fd/63`) is
    /// `FILE`, for the reader to put the file's name in.
    pub fn shell_word(&self) -> String {
        use crate::output::escape;
        match self {
            Origin::Stdin => "-".to_string(),
            // A shell's `<(…)` is named by a descriptor that the next
            // command line will not have.
            Origin::File(path) if path.starts_with("/dev/fd") || path.starts_with("/proc") => {
                "FILE".to_string()
            }
            Origin::File(path) | Origin::Env(path) => {
                escape::shell_path(path).unwrap_or_else(|| "FILE".to_string())
            }
            other => escape::shell_word(&other.file_name()),
        }
    }
}

/// A command reads the same ladder again with `--ladder` as this one was
/// given, but for a ladder the environment or nothing chose.
impl Place for Origin {
    fn ladder(&self) -> String {
        match self.given_word() {
            Some(word) => format!("ladder --ladder {word}"),
            None => "ladder".to_string(),
        }
    }
}

/// How a sentence names this ladder: "the built-in ladder" or "'ours.yaml'".
impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Builtin => f.write_str("the built-in ladder"),
            Origin::File(path) => write!(f, "'{}'", path.display()),
            Origin::Env(path) => write!(f, "'{}' (from LADDER_FILE)", path.display()),
            Origin::Stdin => f.write_str("the ladder on standard input"),
            Origin::Revision(spec) => write!(f, "'{spec}' (from git)"),
        }
    }
}
