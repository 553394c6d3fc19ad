//! The options every subcommand takes, and the wrapper that gives them to each
//! subcommand without making clap build all of them at every start.
//!
//! The options are not clap `global` arguments: clap copies a global argument
//! into every subcommand before it parses a single word, and on a run that lasts
//! a millisecond those copies were a tenth of the time. Instead the root and each
//! subcommand declare them, and `Settings::of` lets the subcommand's word win.

use std::ops::Deref;
use std::path::PathBuf;

use clap::builder::TypedValueParser;
use clap::{ArgMatches, Args, FromArgMatches, ValueEnum};

use super::{ColorChoice, Format};

// No doc comment here: clap would take it as the about text of every
// subcommand the options are added to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Args)]
pub struct Options {
    /// Read the ladder from FILE instead of the built-in one [env: LADDER_FILE]
    #[arg(long, value_name = "FILE")]
    pub ladder: Option<PathBuf>,

    /// Output format
    #[arg(long, short = 'f', value_enum, ignore_case = true)]
    pub format: Option<Format>,

    /// When to colour table output [default: auto]
    #[arg(long, value_enum, ignore_case = true, value_name = "WHEN")]
    pub color: Option<ColorChoice>,
}

impl Options {
    /// These options where they are set, and `fallback`'s where they are not.
    pub fn or(&self, fallback: &Options) -> Options {
        Options {
            ladder: self.ladder.clone().or_else(|| fallback.ladder.clone()),
            format: self.format.or(fallback.format),
            color: self.color.or(fallback.color),
        }
    }
}

/// A subcommand's own arguments `A` and the shared options. Clap adds both to
/// the subcommand only when that subcommand runs (`Command::defer`), so the
/// other subcommands cost one name and one line of help each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sub<A> {
    pub args: A,
    pub options: Options,
}

impl<A> Sub<A> {
    /// `args` with no option given.
    pub fn new(args: A) -> Self {
        Sub {
            args,
            options: Options::default(),
        }
    }
}

impl<A> Deref for Sub<A> {
    type Target = A;

    fn deref(&self) -> &A {
        &self.args
    }
}

/// The formats a subcommand renders, its default first.
pub trait Formats {
    const FORMATS: &'static [Format];
    /// Whether the subcommand reads a ladder, and so takes `--ladder`.
    const READS_LADDER: bool = true;
}

/// `--format` as a subcommand takes it: only the formats it renders, listed
/// with its default in the help; hidden when it renders none.
fn format_for<A: Formats>(cmd: clap::Command) -> clap::Command {
    // `--ladder` is still read where it is hidden, to be refused with a
    // message (see `Settings::check`).
    let cmd = if A::READS_LADDER {
        cmd
    } else {
        cmd.mut_arg("ladder", |arg| arg.hide(true))
    };
    cmd.mut_arg("format", |arg| match A::FORMATS {
        [] => arg.hide(true),
        [default, ..] => {
            let values = A::FORMATS.iter().filter_map(ValueEnum::to_possible_value);
            let parser = clap::builder::PossibleValuesParser::new(values)
                .map(|name| Format::from_str(&name, true).expect("a format's own name"));
            arg.value_parser(parser)
                .help(format!("Output format [default: {}]", default.name()))
        }
    })
}

impl<A: Args + Formats> Args for Sub<A> {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        cmd.defer(|cmd| format_for::<A>(Options::augment_args(A::augment_args(cmd))))
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        cmd.defer(|cmd| {
            format_for::<A>(Options::augment_args_for_update(
                A::augment_args_for_update(cmd),
            ))
        })
    }
}

impl<A: FromArgMatches> FromArgMatches for Sub<A> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        Ok(Sub {
            args: A::from_arg_matches(matches)?,
            options: Options::from_arg_matches(matches)?,
        })
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        self.args.update_from_arg_matches(matches)?;
        self.options.update_from_arg_matches(matches)
    }
}
