//! The command line: clap types only.

use std::path::PathBuf;

use clap::{Parser, ValueEnum};

mod command;

pub use command::Command;

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
#[derive(Debug, Parser)]
#[command(name = "ladder", version, after_help = EXAMPLES)]
pub struct Cli {
    /// Read the ladder from FILE instead of the built-in one
    #[arg(long, global = true, value_name = "FILE", env = "LADDER_FILE")]
    pub ladder: Option<PathBuf>,

    /// Output format
    #[arg(long, short = 'f', global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// When to colour table output
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

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

impl Cli {
    /// Refuses the diagram formats on commands that draw no diagram.
    pub fn check(&self) -> Result<(), clap::Error> {
        use clap::CommandFactory;
        let diagram = matches!(self.format, Format::Mermaid | Format::Dot);
        if diagram && !matches!(self.command, Command::Graph) {
            let format = if self.format == Format::Dot {
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
