//! The arguments of the commands around the ladder rather than in it:
//! completions, man, validate and schema.

use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "The script asks ladder for the words at each TAB: level ids and aliases after show, diff, \
plan, path and assess init, skill and track ids, lint rules, and files, from the ladder in use then (--ladder on the line, \
LADDER_FILE or the built-in one). Regenerate it when you upgrade ladder. Make the directory the script goes \
into first (mkdir -p) where it is missing.\n\n\
Examples:\n  ladder completions bash > ~/.local/share/bash-completion/completions/ladder\n  ladder completions zsh \
> ~/.zfunc/_ladder\n  ladder completions fish > ~/.config/fish/completions/ladder.fish"
)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(ignore_case = true)]
    pub shell: clap_complete::Shell,
}

/// The subcommands that have a manual page: every one (`ladder man` checks
/// that this list is complete).
pub const MAN_PAGES: [&str; 22] = [
    "list",
    "show",
    "diff",
    "path",
    "search",
    "skill",
    "graph",
    "plan",
    "export",
    "chart",
    "site",
    "tracks",
    "init",
    "changes",
    "lint",
    "assess",
    "assess-init",
    "import",
    "completions",
    "man",
    "validate",
    "schema",
];

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "Without SUBCOMMAND, prints the page of ladder itself. --dir writes ladder.1 and a \
ladder-SUBCOMMAND.1 page for each subcommand (or only SUBCOMMAND's page) into DIR, making it if \
missing, and prints the paths written; it replaces pages already there only with --force.\n\n\
Examples:\n  ladder man | man -l -\n  ladder man show | man -l -\n  ladder man --dir ~/.local/share/man/man1"
)]
pub struct ManArgs {
    /// The subcommand whose page to print
    #[arg(value_name = "SUBCOMMAND", value_parser = MAN_PAGES, ignore_case = true)]
    pub subcommand: Option<String>,
    /// Write the pages into DIR instead of printing one
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// With --dir, replace pages that are already there
    #[arg(long, requires = "dir")]
    pub force: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "Prints each problem as FILE:LINE:COLUMN: message, then a summary. Exits 0 when every \
file is valid and 1 otherwise. With no FILE, checks the ladder in use (--ladder, LADDER_FILE or the built-in \
one).\n\nExamples:\n  ladder validate\n  ladder validate ladders/*.yaml\n  cat ours.yaml | ladder validate -\n  \
ladder validate ours.yaml --format json"
)]
pub struct ValidateArgs {
    /// Ladder or assessment files to check (an assessment has a top-level `assessment:` key and
    /// is checked against --ladder's ladder, else the one it names, else the one in use); - reads
    /// standard input
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "The schema (draft-07) lets editors check and complete ladder files (or, with \
`assessment`, assessment files) as you type.\n\n\
Examples:\n  ladder schema > ladder.schema.json\n  ladder schema assessment > assessment.schema.json"
)]
pub struct SchemaArgs {
    /// Which file format
    #[arg(value_enum, ignore_case = true, default_value = "ladder")]
    pub of: SchemaOf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SchemaOf {
    /// A ladder file
    Ladder,
    /// An assessment file, for `ladder assess`
    Assessment,
}
