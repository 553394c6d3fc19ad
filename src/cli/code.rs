//! The arguments of the commands that treat a ladder file as code: start one,
//! list its tracks, compare two versions, and give advice on one.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "The file starts with the yaml-language-server schema line and has a comment on each \
section. It passes `ladder validate` as written. With FILE, never replaces an existing file without \
--force.\n\nExamples:\n  ladder init ours.yaml\n  ladder init --from minimal -o ours.yaml\n  ladder init | \
ladder --ladder - list"
)]
#[command(group(clap::ArgGroup::new("written").args(["file", "output"])))]
pub struct InitArgs {
    /// Write the ladder to FILE instead of standard output (- is standard output)
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// The same as FILE, as `import -o` takes it
    #[arg(short = 'o', long, value_name = "FILE", conflicts_with = "file")]
    pub output: Option<PathBuf>,
    /// The ladder to start from
    #[arg(
        long,
        value_enum,
        ignore_case = true,
        default_value = "builtin",
        conflicts_with = "minimal"
    )]
    pub from: Starter,
    /// Start from a minimal two-track skeleton instead: --from minimal
    #[arg(long)]
    pub minimal: bool,
    /// Replace FILE if it exists
    #[arg(long, requires = "written")]
    pub force: bool,
}

impl InitArgs {
    /// Where the ladder goes: FILE or -o's, or standard output.
    pub fn written(&self) -> Option<&std::path::Path> {
        self.file.as_deref().or(self.output.as_deref())
    }

    /// Whether the skeleton is asked for, by either spelling.
    pub fn minimal(&self) -> bool {
        self.minimal || self.from == Starter::Minimal
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Starter {
    /// The built-in ladder, with a comment on each section
    Builtin,
    /// A minimal two-track skeleton, with a comment on each section
    Minimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "Examples:\n  ladder tracks\n  ladder --ladder ours.yaml tracks --format json"
)]
pub struct TracksArgs {}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "OLD and NEW are each a file, - (standard input), or REV:PATH, read from the git \
repository around the current directory (PATH from the repository's top; ./PATH from the current \
directory). Levels, duties, skills and catalogue entries are matched by id, so reordering a list is no \
change. Each change is breaking (a level asks more), relaxing (asks less) or editorial (no expectation \
changes). Exits 1 with --exit-code when anything changed, or with --fail-on CLASS when a change of that \
class or a stronger one did (of those --only shows).\n\nExamples:\n  ladder changes main:ladder.yaml \
ladder.yaml\n  ladder changes old.yaml new.yaml --format markdown > comment.md\n  ladder changes \
main:ladder.yaml ladder.yaml --fail-on breaking\n  ladder changes old.yaml new.yaml --only breaking"
)]
pub struct ChangesArgs {
    /// The version before: a file, - or REV:PATH
    #[arg(value_name = "OLD")]
    pub old: PathBuf,
    /// The version after: a file, - or REV:PATH
    #[arg(value_name = "NEW")]
    pub new: PathBuf,
    /// Exit 1 when anything changed, like `git diff --exit-code`
    #[arg(long, conflicts_with = "fail_on")]
    pub exit_code: bool,
    /// Exit 1 when a change of CLASS or a stronger one is found (editorial < relaxing < breaking)
    #[arg(long, value_enum, ignore_case = true, value_name = "CLASS")]
    pub fail_on: Option<FailOn>,
    /// Show only the changes of these classes (comma-separated or repeated); the counts stay
    /// those of every change
    #[arg(
        long,
        value_enum,
        ignore_case = true,
        value_name = "CLASS",
        value_delimiter = ','
    )]
    pub only: Vec<Only>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Only {
    /// Breaking changes: a level asks more
    Breaking,
    /// Relaxing changes: a level asks less
    Relaxing,
    /// Editorial changes: no expectation changes
    Editorial,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// A breaking change: a level asks more
    Breaking,
    /// A relaxing change (a level asks less) or a breaking one
    Relaxing,
    /// Any change
    Editorial,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "Advice beyond validity, each with FILE:LINE:COLUMN and a rule name. Silence a rule \
with --allow RULE or in the file: `lint: {allow: [RULE, …]}`. Exits 0 with advice printed, 1 with \
--deny. With no FILE, lints the ladder in use.\n\nExamples:\n  ladder lint\n  ladder lint ours.yaml \
--deny\n  ladder lint ours.yaml --allow uneven-step --format json"
)]
pub struct LintArgs {
    /// Ladder files to lint; - reads standard input
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Silence a rule (repeatable)
    #[arg(long, value_name = "RULE")]
    pub allow: Vec<String>,
    /// Exit 1 when there is advice, for CI
    #[arg(long)]
    pub deny: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "Formats: ft (the Financial Times' job-family YAML: levels, themes, competencies), \
engineeringladders (jorgef's Markdown ladders: the README's axes and one file per track), \
markdown-matrix (## Level headings, ### Category sub-headings, bullet lists of expectations; a file \
per track, or a track per # heading; --level-heading 3 for ### Level headings). SOURCE is a file or a \
directory. The source's words are kept \
as Markdown reads them; only structure is inferred, and what cannot be mapped is a warning with its \
position. The ladder written passes `ladder validate`.\n\nExamples:\n  ladder import --from ft \
data/job-families/engineering.yml -o ladder.yaml\n  ladder import --from \
engineeringladders engineeringladders/ -o ladder.yaml\n  ladder import --from markdown-matrix \
handbook/levels/*.md\n  ladder import --from markdown-matrix --level-heading 3 careers.md"
)]
pub struct ImportArgs {
    /// The format of the sources
    #[arg(long, value_enum, ignore_case = true)]
    pub from: ImportFormat,
    /// Files or directories to read; - reads standard input
    #[arg(value_name = "SOURCE", required = true)]
    pub sources: Vec<PathBuf>,
    /// Write the ladder to FILE instead of standard output (- is standard output)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long, requires = "output")]
    pub force: bool,
    /// The heading depth of a level in a markdown-matrix source: 2 (`## Level`)
    /// by default; tracks are a depth above, categories a depth below
    #[arg(long, value_name = "DEPTH", value_parser = clap::value_parser!(u8).range(1..=5))]
    pub level_heading: Option<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// The Financial Times' engineering-progression job families (YAML)
    Ft,
    /// jorgef's Engineering Ladders (Markdown)
    Engineeringladders,
    /// Hand-written Markdown: levels, categories, bullet lists
    MarkdownMatrix,
}
