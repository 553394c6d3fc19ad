//! The arguments of `ladder assess`: a readiness report from an assessment
//! file, or `assess init` to start one.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::Sub;

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    after_help = "An assessment names a level and a target and rates what the route asks: not-yet, \
working-towards, meeting or exceeding, with evidence. The report shows, for each responsibility and \
skill of the target, the rating, the evidence and what is missing, then how much of each category is met \
and the readiness: the share of the target's expectations rated meeting or exceeding with evidence. \
--format markdown writes it as a promotion case. The ladder is the one --ladder gives, else the one \
the file names (`ladder:`, relative to the file), else LADDER_FILE's or the built-in one.\n\nExamples:\n  ladder assess init --level em --target \
director me.yaml\n  ladder assess me.yaml\n  ladder assess me.yaml --format markdown > case.md\n  \
ladder assess me.yaml --against me-2026-06.yaml"
)]
pub struct AssessArgs {
    #[command(subcommand)]
    pub init: Option<AssessCommand>,
    /// The assessment file; - reads standard input
    #[arg(value_name = "FILE", required = true)]
    pub file: Option<PathBuf>,
    /// An earlier assessment of the same person: show what moved since
    #[arg(long, value_name = "OLDER")]
    pub against: Option<PathBuf>,
}

#[derive(Debug, Clone, PartialEq, Eq, Subcommand)]
pub enum AssessCommand {
    /// Write an assessment skeleton for a route, every expectation not yet rated
    Init(Sub<AssessInitArgs>),
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "Lists every responsibility and skill the target asks for, grouped as `ladder plan` \
groups them (to take on, to build, to keep), each rated not-yet with no evidence. With FILE, never \
replaces an existing file without --force.\n\nExamples:\n  ladder assess init --level em --target \
director me.yaml\n  ladder assess init --level senior --person \"Ada Example\""
)]
#[command(group(clap::ArgGroup::new("written").args(["file", "output"])))]
pub struct AssessInitArgs {
    /// The level you are at: id, alias or name
    #[arg(long)]
    pub level: String,
    /// The level you are going for [default: the level's first promotion]
    #[arg(long)]
    pub target: Option<String>,
    /// Your name, for the promotion case
    #[arg(long)]
    pub person: Option<String>,
    /// Write the assessment to FILE instead of standard output (- is standard output)
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// The same as FILE, as `import -o` takes it
    #[arg(short = 'o', long, value_name = "FILE", conflicts_with = "file")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long, requires = "written")]
    pub force: bool,
}

impl AssessInitArgs {
    /// Where the assessment goes: FILE or -o's, or standard output.
    pub fn written(&self) -> Option<&std::path::Path> {
        self.file.as_deref().or(self.output.as_deref())
    }
}
