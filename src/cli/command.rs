//! The subcommands and their arguments: one struct per subcommand, holding its
//! arguments and its examples, which clap builds only when that subcommand runs.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::Format::{self, Dot, Json, Markdown, Mermaid, Svg, Table, Yaml};
use super::assess::AssessArgs;
use super::code::{ChangesArgs, ImportArgs, InitArgs, LintArgs, TracksArgs};
use super::options::{Formats, Options, Sub};
use super::site::{ChartArgs, SiteArgs};

#[derive(Debug, Clone, PartialEq, Eq, Subcommand)]
pub enum Command {
    /// List every level, grouped by track, in ladder order
    List(Sub<ListArgs>),

    /// Show everything about one level
    Show(Sub<ShowArgs>),

    /// Show the skill shift from one level to another
    Diff(Sub<DiffArgs>),

    /// Follow the route from one level to another, step by step
    Path(Sub<PathArgs>),

    /// Search what the ladder says about each level
    Search(Sub<SearchArgs>),

    /// Follow one skill across the ladder, or list every skill
    Skill(Sub<SkillArgs>),

    /// Draw the ladder as a diagram: Mermaid (the default) or Graphviz DOT
    Graph(Sub<GraphArgs>),

    /// Write a transition plan from one level to another, as a Markdown checklist
    Plan(Sub<PlanArgs>),

    /// Write the whole ladder as one Markdown page, to publish as documentation
    Export(Sub<ExportArgs>),

    /// Draw the ladder chart as SVG: a column per track, levels by seniority
    Chart(Sub<ChartArgs>),

    /// Write the ladder as a static web site: overview, level and skill pages, compare
    Site(Sub<SiteArgs>),

    /// List the tracks with their levels
    Tracks(Sub<TracksArgs>),

    /// Write a starter ladder file to edit: the built-in ladder or a skeleton
    Init(Sub<InitArgs>),

    /// Compare two versions of a ladder: what changes for the people on it
    Changes(Sub<ChangesArgs>),

    /// Give advice on a ladder file beyond validity: uneven steps, overlaps, …
    Lint(Sub<LintArgs>),

    /// Check yourself against your next level, with evidence: the promotion case
    Assess(Sub<AssessArgs>),

    /// Bring in a career framework from the format a team already keeps
    Import(Sub<ImportArgs>),

    /// Print a completion script for a shell
    Completions(Sub<CompletionsArgs>),

    /// Print the manual page of ladder or a subcommand, in roff, or write them all
    Man(Sub<ManArgs>),

    /// Check ladder files and print every problem found
    Validate(Sub<ValidateArgs>),

    /// Print the JSON Schema of the ladder (or assessment) file format
    Schema(Sub<SchemaArgs>),
}

/// The formats each subcommand renders, its default first.
macro_rules! formats {
    ($($args:ident: [$($format:ident),*];)*) => {
        $(impl Formats for $args {
            const FORMATS: &'static [Format] = &[$($format),*];
        })*
    };
}

formats! {
    ListArgs: [Table, Json, Yaml, Markdown];
    ShowArgs: [Table, Json, Yaml, Markdown];
    DiffArgs: [Table, Json, Yaml, Markdown];
    PathArgs: [Table, Json, Yaml, Markdown];
    SearchArgs: [Table, Json, Yaml, Markdown];
    SkillArgs: [Table, Json, Yaml, Markdown];
    GraphArgs: [Mermaid, Dot, Markdown, Json, Yaml];
    PlanArgs: [Markdown, Json, Yaml];
    ExportArgs: [Markdown, Json, Yaml];
    ChartArgs: [Svg];
    SiteArgs: [];
    TracksArgs: [Table, Json, Yaml, Markdown];
    InitArgs: [];
    ChangesArgs: [Table, Json, Yaml, Markdown];
    LintArgs: [Table, Json, Yaml];
    AssessArgs: [Table, Json, Yaml, Markdown];
    ImportArgs: [];
    CompletionsArgs: [];
    ManArgs: [];
    ValidateArgs: [Table, Json, Yaml];
    SchemaArgs: [Json, Yaml];
}

impl Command {
    /// The formats this subcommand renders, its default first.
    pub fn formats(&self) -> &'static [Format] {
        match self {
            Command::List(_) => ListArgs::FORMATS,
            Command::Show(_) => ShowArgs::FORMATS,
            Command::Diff(_) => DiffArgs::FORMATS,
            Command::Path(_) => PathArgs::FORMATS,
            Command::Search(_) => SearchArgs::FORMATS,
            Command::Skill(_) => SkillArgs::FORMATS,
            Command::Graph(_) => GraphArgs::FORMATS,
            Command::Plan(_) => PlanArgs::FORMATS,
            Command::Export(_) => ExportArgs::FORMATS,
            Command::Chart(_) => ChartArgs::FORMATS,
            Command::Site(_) => SiteArgs::FORMATS,
            Command::Tracks(_) => TracksArgs::FORMATS,
            Command::Init(_) => InitArgs::FORMATS,
            Command::Changes(_) => ChangesArgs::FORMATS,
            Command::Lint(_) => LintArgs::FORMATS,
            Command::Assess(_) => AssessArgs::FORMATS,
            Command::Import(_) => ImportArgs::FORMATS,
            Command::Completions(_) => CompletionsArgs::FORMATS,
            Command::Man(_) => ManArgs::FORMATS,
            Command::Validate(_) => ValidateArgs::FORMATS,
            Command::Schema(_) => SchemaArgs::FORMATS,
        }
    }

    /// The subcommand's name on the command line.
    pub fn name(&self) -> &'static str {
        match self {
            Command::List(_) => "list",
            Command::Show(_) => "show",
            Command::Diff(_) => "diff",
            Command::Path(_) => "path",
            Command::Search(_) => "search",
            Command::Skill(_) => "skill",
            Command::Graph(_) => "graph",
            Command::Plan(_) => "plan",
            Command::Export(_) => "export",
            Command::Chart(_) => "chart",
            Command::Site(_) => "site",
            Command::Tracks(_) => "tracks",
            Command::Init(_) => "init",
            Command::Changes(_) => "changes",
            Command::Lint(_) => "lint",
            Command::Assess(_) => "assess",
            Command::Import(_) => "import",
            Command::Completions(_) => "completions",
            Command::Man(_) => "man",
            Command::Validate(_) => "validate",
            Command::Schema(_) => "schema",
        }
    }

    /// The shared options given after the subcommand's name.
    pub fn options(&self) -> &Options {
        match self {
            Command::List(sub) => &sub.options,
            Command::Show(sub) => &sub.options,
            Command::Diff(sub) => &sub.options,
            Command::Path(sub) => &sub.options,
            Command::Search(sub) => &sub.options,
            Command::Skill(sub) => &sub.options,
            Command::Graph(sub) => &sub.options,
            Command::Plan(sub) => &sub.options,
            Command::Export(sub) => &sub.options,
            Command::Chart(sub) => &sub.options,
            Command::Site(sub) => &sub.options,
            Command::Tracks(sub) => &sub.options,
            Command::Init(sub) => &sub.options,
            Command::Changes(sub) => &sub.options,
            Command::Lint(sub) => &sub.options,
            Command::Assess(sub) => &sub.options,
            Command::Import(sub) => &sub.options,
            Command::Completions(sub) => &sub.options,
            Command::Man(sub) => &sub.options,
            Command::Validate(sub) => &sub.options,
            Command::Schema(sub) => &sub.options,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "Examples:\n  ladder list\n  ladder list --track ic\n  ladder list --format json"
)]
pub struct ListArgs {
    /// Only the levels of this track (an id from the ladder's tracks)
    #[arg(long, value_name = "ID")]
    pub track: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "LEVEL is an id, an alias or a name, in any case.\n\nExamples:\n  ladder show em\n  ladder show \"Engineering Manager\"\n  ladder show staff --format yaml"
)]
pub struct ShowArgs {
    /// The level: id, alias or name
    pub level: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "Works for any two levels, in either order, on either track.\n\nExamples:\n  ladder diff em director\n  ladder diff staff em\n  ladder diff tech-lead vp --format json"
)]
pub struct DiffArgs {
    /// The level you are at: id, alias or name
    pub from: String,
    /// The level you are looking at: id, alias or name
    pub to: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "Each step shows its direction, the skills and responsibilities it adds and drops, and \
the change in coding share and scope; forks on the way are named; totals close the list.\n\nExamples:\n  \
ladder path senior vp\n  ladder path staff director --format markdown\n  ladder path em cto --format json | jq \
'.steps[].to.id'"
)]
pub struct PathArgs {
    /// The level you start from: id, alias or name
    pub from: String,
    /// The level you want to reach: id, alias or name
    pub to: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "Looks at level names, roles, summaries, responsibilities, skills, shifts and pitfalls, \
ignoring case. A field matches when it contains every TERM. Exits 1 when nothing matches.\n\nExamples:\n  \
ladder search coaching\n  ladder search code review\n  ladder search budget --format json | jq '.levels[].level.id'"
)]
pub struct SearchArgs {
    /// Words to look for; a field must contain all of them
    #[arg(required = true, value_name = "TERM")]
    pub terms: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "With SKILL (an id or a name, in any case), lists the levels that need it, where it \
first appears and where a promotion drops it. Without, lists the skill catalogue with how many levels need each \
skill.\n\nExamples:\n  ladder skill\n  ladder skill coaching\n  ladder skill \"Hands-on coding\" --format json"
)]
pub struct SkillArgs {
    /// The skill: id or name
    pub skill: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "Tracks are clusters, promotions solid edges and lateral moves dashed ones. --format \
mermaid (the default) prints a Mermaid flowchart, dot a Graphviz digraph, markdown the flowchart in a fenced \
block, json the nodes and edges.\n\nExamples:\n  ladder graph > ladder.mmd\n  ladder graph --format dot | dot \
-Tsvg > ladder.svg"
)]
pub struct GraphArgs {}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "The plan lists the responsibilities to take on, the skills to build by category, what \
to hand off, the pitfalls to avoid and the shift of each step on the route.\n\nExamples:\n  ladder plan \
tech-lead em > plan.md\n  ladder plan senior staff --format json"
)]
pub struct PlanArgs {
    /// The level you are at: id, alias or name
    pub from: String,
    /// The level you are aiming for: id, alias or name
    pub to: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "An overview table, the Mermaid diagram and a section for each level. --format json or \
yaml writes the ladder file itself in that format.\n\nExamples:\n  ladder export > LADDER.md\n  ladder --ladder \
ours.yaml export --format json > ours.json"
)]
pub struct ExportArgs {}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "The script asks ladder for the words at each TAB: level ids and aliases after show, diff, \
plan, path and assess init, skill and track ids, lint rules, and files, from the ladder in use then (--ladder on the line, \
LADDER_FILE or the built-in one). Regenerate it when you upgrade ladder.\n\n\
Examples:\n  ladder completions bash > ~/.local/share/bash-completion/completions/ladder\n  ladder completions zsh \
> ~/.zfunc/_ladder\n  ladder completions fish > ~/.config/fish/completions/ladder.fish"
)]
pub struct CompletionsArgs {
    /// The shell to complete for
    pub shell: clap_complete::Shell,
}

/// The subcommands that have a manual page: every one (`ladder man` checks
/// that this list is complete).
pub const MAN_PAGES: [&str; 21] = [
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
    #[arg(value_name = "SUBCOMMAND", value_parser = MAN_PAGES)]
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
    /// Ladder files to check; - reads standard input
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
    #[arg(value_enum, default_value = "ladder")]
    pub of: SchemaOf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SchemaOf {
    /// A ladder file
    Ladder,
    /// An assessment file, for `ladder assess`
    Assessment,
}
