//! The subcommands, and the formats each renders. Each subcommand's arguments
//! and examples are a struct of its own, which clap builds only when that
//! subcommand runs: explore.rs holds the explorer's, tools.rs the tooling's,
//! and code.rs, assess.rs and site.rs the rest.

use clap::Subcommand;

use super::Format::{self, Dot, Json, Markdown, Mermaid, Svg, Table, Yaml};
use super::assess::{AssessArgs, AssessCommand, AssessInitArgs};
use super::code::{ChangesArgs, ImportArgs, InitArgs, LintArgs, TracksArgs};
use super::options::{Formats, Options, Sub};
use super::site::{ChartArgs, SiteArgs};

pub use super::explore::{
    DiffArgs, ExportArgs, GraphArgs, ListArgs, PathArgs, PlanArgs, SearchArgs, ShowArgs, SkillArgs,
};
pub use super::tools::{CompletionsArgs, MAN_PAGES, ManArgs, SchemaArgs, SchemaOf, ValidateArgs};

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

    /// Check ladder (or assessment) files and print every problem found
    Validate(Sub<ValidateArgs>),

    /// Print the JSON Schema of the ladder (or assessment) file format
    Schema(Sub<SchemaArgs>),
}

/// The formats each subcommand renders, its default first, and `reads
/// false` for one that reads no ladder.
macro_rules! formats {
    ($($args:ident: [$($format:ident),*] $(reads $reads:literal)?;)*) => {
        $(impl Formats for $args {
            const FORMATS: &'static [Format] = &[$($format),*];
            $(const READS_LADDER: bool = $reads;)?
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
    InitArgs: [] reads false;
    ChangesArgs: [Table, Json, Yaml, Markdown] reads false;
    LintArgs: [Table, Json, Yaml];
    AssessArgs: [Table, Json, Yaml, Markdown];
    AssessInitArgs: [];
    ImportArgs: [] reads false;
    CompletionsArgs: [] reads false;
    ManArgs: [] reads false;
    ValidateArgs: [Table, Json, Yaml];
    SchemaArgs: [Json, Yaml] reads false;
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
            Command::Assess(sub) => match &sub.init {
                Some(AssessCommand::Init(_)) => AssessInitArgs::FORMATS,
                None => AssessArgs::FORMATS,
            },
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
            Command::Assess(sub) => match &sub.init {
                Some(AssessCommand::Init(_)) => "assess init",
                None => "assess",
            },
            Command::Import(_) => "import",
            Command::Completions(_) => "completions",
            Command::Man(_) => "man",
            Command::Validate(_) => "validate",
            Command::Schema(_) => "schema",
        }
    }

    /// The shared options given after the subcommand's name (for `assess
    /// init`, after `init`: clap takes none between the two words, where
    /// `init` would be read as the assessment FILE).
    pub fn options(&self) -> Options {
        if let Command::Assess(sub) = self
            && let Some(AssessCommand::Init(init)) = &sub.init
        {
            return init.options.clone();
        }
        let options = match self {
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
        };
        options.clone()
    }
}
