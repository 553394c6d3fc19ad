//! The command line: clap types only.

use std::path::PathBuf;

use clap::{CommandFactory, Parser, ValueEnum};

mod command;
mod options;
mod quick;

pub use command::Command;
#[cfg(test)]
pub use command::{DiffArgs, ListArgs, ShowArgs};
pub use options::Options;
#[cfg(test)]
pub use options::Sub;

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
#[command(name = "ladder", version, after_help = EXAMPLES)]
pub struct Cli {
    #[command(flatten)]
    pub options: Options,

    #[command(subcommand)]
    pub command: Command,
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
    /// A Mermaid flowchart (graph only)
    Mermaid,
    /// A Graphviz digraph (graph only)
    Dot,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal, NO_COLOR is unset and TERM is not dumb
    Auto,
    Always,
    Never,
}

/// The options in force: the subcommand's, then the root's, then `LADDER_FILE`
/// and the defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub ladder: Option<PathBuf>,
    pub format: Format,
    pub color: ColorChoice,
}

impl Cli {
    /// This process's command line: read by the quick reader when it can, and
    /// by clap otherwise, which prints help, the version or a usage error and
    /// exits when asked or needed.
    pub fn read() -> Cli {
        quick::parse(std::env::args_os().skip(1)).unwrap_or_else(Cli::parse)
    }

    pub fn settings(&self) -> Settings {
        let given = self.command.options().or(&self.options);
        let env = std::env::var_os("LADDER_FILE").filter(|file| !file.is_empty());
        Settings {
            ladder: given.ladder.or_else(|| env.map(PathBuf::from)),
            format: given.format.unwrap_or(Format::Table),
            color: given.color.unwrap_or(ColorChoice::Auto),
        }
    }

    /// Refuses the diagram formats on commands that draw no diagram.
    pub fn check(&self, settings: &Settings) -> Result<(), clap::Error> {
        let diagram = matches!(settings.format, Format::Mermaid | Format::Dot);
        if diagram && !matches!(self.command, Command::Graph(_)) {
            let format = if settings.format == Format::Dot {
                "dot"
            } else {
                "mermaid"
            };
            let message = format!(
                "--format {format} draws `ladder graph` only; use table, json, yaml or markdown"
            );
            return Err(Cli::command().error(clap::error::ErrorKind::ArgumentConflict, message));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(args: &[&str]) -> Settings {
        let cli = Cli::try_parse_from(std::iter::once("ladder").chain(args.iter().copied()));
        cli.unwrap().settings()
    }

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn the_subcommand_options_win_over_the_root_ones() {
        let given = settings(&[
            "--format", "yaml", "--color", "never", "show", "em", "-f", "json",
        ]);
        assert_eq!(given.format, Format::Json);
        assert_eq!(given.color, ColorChoice::Never);
        let given = settings(&["--ladder", "a.yaml", "list", "--ladder", "b.yaml"]);
        assert_eq!(given.ladder, Some(PathBuf::from("b.yaml")));
        let given = settings(&["--ladder", "a.yaml", "graph"]);
        assert_eq!(given.ladder, Some(PathBuf::from("a.yaml")));
        assert_eq!(given.format, Format::Table);
        assert_eq!(given.color, ColorChoice::Auto);
    }

    #[test]
    fn every_subcommand_takes_the_options() {
        let command = Cli::command();
        for sub in command.get_subcommands().map(|s| s.get_name()) {
            let args: &[&str] = match sub {
                "show" | "skill" => &["x"],
                "diff" | "path" | "plan" => &["x", "y"],
                "search" => &["term"],
                "completions" => &["bash"],
                _ => &[],
            };
            let line: Vec<&str> = [sub]
                .iter()
                .chain(args)
                .copied()
                .chain(["-f", "yaml"])
                .collect();
            assert_eq!(settings(&line).format, Format::Yaml, "{sub}");
        }
    }
}
