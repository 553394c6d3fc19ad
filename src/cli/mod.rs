//! The command line: clap types only. Clap reads every command line, and
//! writes help, usage errors, completions and the manual page from these types.

use clap::{Parser, ValueEnum};

pub mod assess;
pub mod code;
pub mod command;
pub mod explore;
pub mod options;
pub mod site;
pub mod tools;

pub use command::Command;
pub use options::{Formats, Options, Sub};

const EXAMPLES: &str = "\
Examples:
  ladder list                                 every level, by track
  ladder show em                              everything about one level
  ladder diff em director                     the skill shift between two levels
  ladder diff em director --format json | jq '.skills.gained[].name'
  ladder --ladder ours.yaml show staff        use your own ladder file
  ladder validate ours.yaml                   check a ladder file, for CI";

/// Explore an engineering career ladder: what each level asks for, and what
/// changes between two levels.
#[derive(Debug, PartialEq, Eq, Parser)]
// An option given twice takes its last value, as in ripgrep, so that an alias
// such as `alias lj='ladder list --format json'` can be overridden with
// `lj --format yaml`. Lists (`--allow`) gather every value.
#[command(name = "ladder", version, after_help = EXAMPLES, args_override_self = true)]
pub struct Cli {
    #[command(flatten)]
    pub options: Options,

    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// This process's command line, parsed. Help and usage are wrapped to 80
    /// columns when the stream they go to is no terminal and `COLUMNS` says
    /// nothing, as every answer is (clap's own width there is 100), and to 20
    /// when `COLUMNS` says less.
    pub fn from_env() -> Result<Cli, clap::Error> {
        use clap::{CommandFactory, FromArgMatches, Parser};
        use std::io::IsTerminal;
        // The width is set only for help and usage, the line read again:
        // setting it costs every run a twentieth of its start-up.
        let answer = match Cli::try_parse() {
            Ok(cli) => return Ok(cli),
            Err(answer) => answer,
        };
        let columns = (std::env::var("COLUMNS").ok())
            .and_then(|c| c.parse::<u16>().ok())
            .filter(|&c| c > 0);
        let version = answer.kind() == clap::error::ErrorKind::DisplayVersion;
        // Help goes to stdout, a usage error to stderr: the width is theirs.
        let terminal = match answer.use_stderr() {
            true => std::io::stderr().is_terminal(),
            false => std::io::stdout().is_terminal(),
        };
        // Under 20 columns help is set in 20, as every answer is.
        let width = match columns {
            Some(c) if c < 20 => 20,
            Some(_) => return Err(answer),
            None if terminal => return Err(answer),
            None => 80,
        };
        if version {
            return Err(answer);
        }
        let matches = Cli::command().term_width(width).try_get_matches()?;
        Cli::from_arg_matches(&matches).map_err(|err| err.format(&mut Cli::command()))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Tables and text for people
    Table,
    /// JSON for scripts
    Json,
    /// YAML for scripts
    Yaml,
    /// Markdown to paste into documents
    Markdown,
    /// A Mermaid flowchart
    Mermaid,
    /// A Graphviz digraph
    Dot,
    /// An SVG image
    Svg,
}

impl Format {
    /// The format as `--format` names it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Yaml => "yaml",
            Format::Markdown => "markdown",
            Format::Mermaid => "mermaid",
            Format::Dot => "dot",
            Format::Svg => "svg",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal, NO_COLOR is unset or empty and TERM is not dumb
    Auto,
    Always,
    Never,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    /// An option given twice takes its last value; a list gathers them all.
    #[test]
    fn the_last_of_an_option_wins_and_lists_gather() {
        let cli = |line: &str| Cli::try_parse_from(line.split(' ')).unwrap();
        let twice = cli("ladder --format json list --format yaml --format table");
        let Command::List(list) = twice.command else {
            panic!("list");
        };
        assert_eq!(list.options.format, Some(Format::Table));
        assert_eq!(twice.options.format, Some(Format::Json));
        let lint = cli("ladder lint --allow uneven-step --allow trailing-space");
        let Command::Lint(lint) = lint.command else {
            panic!("lint");
        };
        assert_eq!(lint.args.allow, ["uneven-step", "trailing-space"]);
    }
}
