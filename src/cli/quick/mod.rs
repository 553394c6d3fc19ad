//! The command lines that scripts run most, read without clap.
//!
//! Building clap's command tree and parsing with it costs about a twentieth of
//! a `ladder show em` that lasts a millisecond. A line made of a subcommand,
//! its words and its options, and nothing else, is read here instead. Anything
//! else goes to clap: help, `--version`, `completions`, `man`, `--`, a word that
//! is not an option of that subcommand, a value that looks like an option, a
//! word missing or too many, a repeated option, text that is not UTF-8. Clap
//! also writes every error. The tests check on generated lines that what is
//! read here is what clap reads, so this is a shortcut, never a second grammar.

use std::ffi::OsString;
use std::path::PathBuf;
use std::vec::IntoIter;

use clap::ValueEnum;

use crate::cli::command::{
    Command, DiffArgs, ExportArgs, GraphArgs, ListArgs, PathArgs, PlanArgs, SchemaArgs, SearchArgs,
    ShowArgs, SkillArgs, ValidateArgs,
};
use crate::cli::options::{Options, Sub};
use crate::cli::{Cli, ColorChoice, Format};

/// The command line `args` (without the program's name), or `None` when clap
/// should read it.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Option<Cli> {
    let args: Vec<String> = args
        .into_iter()
        .map(|arg| arg.into_string().ok())
        .collect::<Option<_>>()?;
    let mut args = args.into_iter();
    let mut root = Options::default();
    let name = loop {
        let word = args.next()?;
        if !word.starts_with('-') {
            break word;
        }
        let (option, value) = option(&word, &mut args)?;
        set(&mut root, option, value)?;
    };
    let (mut options, mut track, mut words) = (Options::default(), None, Vec::new());
    while let Some(word) = args.next() {
        if word.is_empty() {
            return None;
        } else if !word.starts_with('-') {
            words.push(word);
        } else {
            match option(&word, &mut args)? {
                ("--track", value) if name == "list" && track.is_none() => track = Some(value),
                (option, value) => set(&mut options, option, value)?,
            }
        }
    }
    let command = subcommand(&name, words, track, options)?;
    Some(Cli {
        options: root,
        command,
    })
}

/// The subcommand `name` with its `words`, when they are as many as it takes;
/// `track` is set only for `list`.
#[rustfmt::skip] // One line per subcommand reads as the table it is.
fn subcommand(name: &str, words: Vec<String>, track: Option<String>, options: Options) -> Option<Command> {
    let word = |i: usize| words[i].clone();
    Some(match (name, words.len()) {
        ("list", 0) => Command::List(Sub { args: ListArgs { track }, options }),
        ("show", 1) => Command::Show(Sub { args: ShowArgs { level: word(0) }, options }),
        ("diff", 2) => Command::Diff(Sub { args: DiffArgs { from: word(0), to: word(1) }, options }),
        ("path", 2) => Command::Path(Sub { args: PathArgs { from: word(0), to: word(1) }, options }),
        ("plan", 2) => Command::Plan(Sub { args: PlanArgs { from: word(0), to: word(1) }, options }),
        ("search", 1..) => Command::Search(Sub { args: SearchArgs { terms: words.clone() }, options }),
        ("skill", 0..=1) => Command::Skill(Sub { args: SkillArgs { skill: words.first().cloned() }, options }),
        ("graph", 0) => Command::Graph(Sub { args: GraphArgs {}, options }),
        ("export", 0) => Command::Export(Sub { args: ExportArgs {}, options }),
        ("schema", 0) => Command::Schema(Sub { args: SchemaArgs {}, options }),
        ("validate", _) => {
            let files = words.iter().map(PathBuf::from).collect();
            Command::Validate(Sub { args: ValidateArgs { files }, options })
        }
        _ => return None,
    })
}

/// The option `word` names and its value: `--name value`, `--name=value` or
/// `-f value`. `None` when the value is missing, empty or starts with `-`.
fn option<'a>(word: &'a str, rest: &mut IntoIter<String>) -> Option<(&'a str, String)> {
    let (name, value) = match word.split_once('=') {
        Some((name, value)) if name.starts_with("--") => (name, value.to_string()),
        _ => (word, rest.next()?),
    };
    (!value.is_empty() && !value.starts_with('-')).then_some((name, value))
}

/// Sets one of the shared options; `None` for an unknown option, a value clap
/// would refuse, or an option given twice.
fn set(options: &mut Options, name: &str, value: String) -> Option<()> {
    match name {
        "--ladder" if options.ladder.is_none() => options.ladder = Some(PathBuf::from(value)),
        "--format" | "-f" if options.format.is_none() => {
            options.format = Some(Format::from_str(&value, false).ok()?);
        }
        "--color" if options.color.is_none() => {
            options.color = Some(ColorChoice::from_str(&value, false).ok()?);
        }
        _ => return None,
    }
    Some(())
}

#[cfg(test)]
mod tests;
