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
//! - [`file`](mod@file) reads a ladder file: where it comes from (a path,
//!   standard input or a git revision), the size and hostile-input limits, the
//!   YAML module (the only place that names the YAML crate), the shape check
//!   against the JSON Schema, positions for messages, and the rules a ladder
//!   must follow. It turns text into a [`ladder::CheckedLadder`] or a list of
//!   diagnostics. The built-in ladder is checked at build time and compiled in
//!   as code.
//! - [`ladder`] is the domain: the model, the checked ladder and its lookups
//!   (with suggestions), routes and seniority. It knows nothing of YAML,
//!   terminals or clap.
//! - [`commands`] has one home per subcommand: its logic, its view (a plain
//!   struct whose field names are the JSON contract) and the view's layout.
//!   The commands that treat a ladder as code (`init`, `changes`, `lint`,
//!   `validate`) read their own files.
//! - [`output`] renders a view: JSON and YAML serialize it; each human layout
//!   is written once against [`output::markup::Markup`], which a terminal and
//!   a Markdown backend implement; Mermaid and DOT draw the graph.
//! - [`exit`] names the exit codes.
//!
//! # Example
//!
//! The built-in ladder, checked, and one of its levels found by name:
//!
//! ```
//! use ladder::file::{self, Origin};
//!
//! let ladder = file::load(&Origin::Builtin)?;
//! let em = ladder.find_level("engineering manager").expect("a level of that name");
//! assert_eq!(ladder.level(em).id, "em");
//! # Ok::<(), anyhow::Error>(())
//! ```

pub mod cli;
pub mod commands;
pub mod exit;
pub mod file;
pub mod ladder;
pub mod output;
pub mod settings;
#[cfg(test)]
mod testing;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use crate::cli::Cli;
use crate::exit::Exit;
use crate::settings::Settings;

/// Runs the parsed command line `cli`: prints the answer on stdout, or one
/// `error:` line on stderr, and says how the process ends. A usage error is
/// printed by clap, which exits with code 2. Once per process: what the
/// command read is left for the process's end to free.
pub fn run(cli: &Cli) -> ExitCode {
    let settings = Settings::of(cli);
    if let Err(usage) = settings.check(&cli.command) {
        return clap_answer(usage);
    }
    match answer(cli, &settings) {
        Ok(exit) => exit.into(),
        Err(err) => {
            let message = format!("{err:#}").replace('\n', " ");
            let _ = writeln!(io::stderr(), "error: {}", output::escape::escape(&message));
            Exit::Failure.into()
        }
    }
}

/// Ends a run that clap answered: help and the version go to stdout like any
/// answer (so a closed or full stdout is a failure), usage errors to stderr
/// with exit code 2.
///
/// Both are coloured as the answers of commands are: for a terminal, unless
/// `--color never`, `NO_COLOR` or `TERM=dumb` says otherwise.
pub fn clap_answer(answer: clap::Error) -> ExitCode {
    let choice = output::color::color_on_line(std::env::args_os().skip(1));
    let answer = nearest_first(answer);
    let styled = answer.render();
    let render = |tty: bool| match output::color::colored(choice, tty) {
        true => styled.ansi().to_string(),
        false => styled.to_string(),
    };
    if answer.use_stderr() {
        let _ = write!(io::stderr(), "{}", render(io::stderr().is_terminal()));
        return ExitCode::from(u8::try_from(answer.exit_code()).unwrap_or(2));
    }
    let text = render(io::stdout().is_terminal());
    match write(&text) {
        Ok(()) => Exit::Success.into(),
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Exit::Success.into(),
        Err(err) => {
            let _ = writeln!(io::stderr(), "error: {err}");
            Exit::Failure.into()
        }
    }
}

/// `answer` with its suggestions for a mistyped subcommand nearest first, as
/// `ladder` suggests levels: clap lists them by its own likeness with the
/// likeliest last (`lsit`: validate, site, lint, list), where a reader takes
/// the first.
fn nearest_first(mut answer: clap::Error) -> clap::Error {
    use clap::error::{ContextKind, ContextValue};
    let (Some(ContextValue::String(typed)), Some(ContextValue::Strings(names))) = (
        answer.get(ContextKind::InvalidSubcommand).cloned(),
        answer.get(ContextKind::SuggestedSubcommand).cloned(),
    ) else {
        return answer;
    };
    let typed: Vec<char> = typed.to_lowercase().chars().collect();
    let distance = |name: &String| {
        let most = typed.len() + name.len();
        ladder::find::edit_distance_within(&typed, name, most).unwrap_or(most)
    };
    // Clap's likeliest first among names as near, then by distance; a name
    // much further than the nearest (`validate` for `lsit`) is no help.
    let mut names: Vec<String> = names.iter().rev().cloned().collect();
    names.sort_by_key(distance);
    let nearest = names.first().map_or(0, distance);
    let bound = nearest.max(2).max(typed.len() / 2);
    // A name that starts with what was typed (`exp` for `export`) stays.
    let typed_text: String = typed.iter().collect();
    names.retain(|name| distance(name) <= bound || name.starts_with(&typed_text));
    answer.insert(
        ContextKind::SuggestedSubcommand,
        ContextValue::Strings(names),
    );
    answer
}

/// Writes the answer on stdout, which must be open: the standard library
/// drops writes to a closed stdout silently, and an answer nobody can read is a
/// failure.
fn write(text: &str) -> io::Result<()> {
    // A command that wrote files and answers nothing here needs no stdout.
    if text.is_empty() {
        return Ok(());
    }
    #[cfg(unix)]
    if stdout_was_closed() {
        let message = "standard output is closed, so the answer cannot be written";
        return Err(io::Error::other(message));
    }
    let mut stdout = io::stdout().lock();
    (stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush()))
    .map_err(|err| match err.kind() {
        io::ErrorKind::BrokenPipe => err,
        kind => io::Error::new(
            kind,
            format!("cannot write the answer to standard output: {err}"),
        ),
    })
}

/// Whether this process started with its standard output closed (`>&-`): the
/// standard library then opens /dev/null read-write in its place, where a
/// shell's `> /dev/null` opens it write-only.
#[cfg(unix)]
fn stdout_was_closed() -> bool {
    // SAFETY: fcntl and fstat only read the state of file descriptor 1 and of
    // /dev/null into the zeroed `stat` buffers given to them.
    unsafe {
        let flags = libc::fcntl(libc::STDOUT_FILENO, libc::F_GETFL);
        if flags < 0 {
            return true;
        }
        if flags & libc::O_ACCMODE != libc::O_RDWR {
            return false;
        }
        let (mut out, mut null): (libc::stat, libc::stat) =
            (std::mem::zeroed(), std::mem::zeroed());
        libc::fstat(libc::STDOUT_FILENO, &raw mut out) == 0
            && libc::stat(c"/dev/null".as_ptr(), &raw mut null) == 0
            && out.st_mode & libc::S_IFMT == libc::S_IFCHR
            && out.st_rdev == null.st_rdev
    }
}

/// Runs the command and prints its report. The whole report is rendered before
/// the first byte is written, so a failure leaves stdout empty.
fn answer(cli: &Cli, settings: &Settings) -> anyhow::Result<Exit> {
    // The ladder and what else a command reads are never freed, whether the
    // command answers or fails: the process ends next, and freeing every
    // string of a large ladder would only cost time.
    let mut held = std::mem::ManuallyDrop::new(commands::Held::default());
    let report = commands::run(&cli.command, &settings.origin(), &mut held)?;
    let text = output::render(&report, settings.format, &settings.style())?;
    let exit = if report.failed() {
        Exit::Failure
    } else {
        Exit::Success
    };
    match write(&text) {
        // A reader that went away early (`ladder list | head -1`) took what it
        // wanted: the run ends as the answer says.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => {}
        other => other?,
    }
    std::mem::forget(report);
    Ok(exit)
}
