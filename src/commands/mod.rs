//! One home per subcommand: each file holds the command's logic, its view (a
//! plain struct every format renders: its field names are the JSON contract)
//! and the view's human layout. `run` dispatches a parsed command line: a new
//! command is a new file here and one arm there.

pub mod assess;
pub mod changes;
pub mod completions;
pub mod delta;
pub mod diff;
pub mod export;
pub mod graph;
pub mod import;
pub mod init;
pub mod lint;
pub mod list;
pub mod man;
pub mod path;
pub mod plan;
pub mod schema;
pub mod search;
pub mod shared;
pub mod show;
pub mod site;
pub mod skill;
pub mod tracks;
pub mod validate;

use std::fmt::Debug;

use serde::Serialize;

use crate::cli::Command;
use crate::file::{self, Origin};
use crate::ladder::CheckedLadder;
use crate::output::markup::Layout;

/// The answer of a command, ready to be rendered in any format.
#[derive(Debug)]
pub enum Report<'a> {
    /// A view: JSON and YAML serialize it, the human formats lay it out.
    View(Box<dyn View + 'a>),
    /// Text printed as it is, in every format: a script, a page, a schema.
    Text(String),
}

/// How an answer is printed and how the run ends, where a view differs from
/// the rest: each view says so with an `impl Answer`, most with no body.
pub trait Answer {
    /// A document (a plan, a page): its table format is Markdown, as people
    /// read it.
    fn is_document(&self) -> bool {
        false
    }

    /// Whether the run failed although the answer was printed.
    fn failed(&self) -> bool {
        false
    }

    /// Why the answer says nothing, told to people as an error instead of
    /// an empty answer; scripts get the empty answer, and the run fails.
    fn unanswered(&self) -> Option<String> {
        None
    }

    /// The graph, for a view that diagrams draw.
    fn graph(&self) -> Option<&graph::Graph<'_>> {
        None
    }
}

/// A command's view: its layout, its machine formats and how it is answered.
pub trait View: Layout + Answer + Debug {
    fn json(&self) -> serde_json::Result<String>;
    fn yaml(&self) -> anyhow::Result<String>;
}

impl<T: Layout + Answer + Debug + Serialize> View for T {
    fn json(&self) -> serde_json::Result<String> {
        serde_json::to_string_pretty(self)
    }

    fn yaml(&self) -> anyhow::Result<String> {
        Ok(crate::output::yaml::from_json(&serde_json::to_string(
            self,
        )?)?)
    }
}

impl Report<'_> {
    /// Whether the run failed although the report was printed: `validate`
    /// found problems.
    pub fn failed(&self) -> bool {
        matches!(self, Report::View(view) if view.failed())
    }
}

/// `view` as a report.
fn answer<'a>(view: impl View + 'a) -> Report<'a> {
    Report::View(Box::new(view))
}

/// What a run reads and its report borrows, owned by the caller so that the
/// report can be rendered after `run` returns.
#[derive(Default)]
pub struct Held {
    /// The ladder in use, once a command has loaded it.
    ladder: Option<CheckedLadder>,
    /// What `ladder assess` read: the assessment and the ladder it names.
    assessment: Option<assess::Read>,
}

impl Held {
    /// A run on `ladder`, already loaded.
    pub fn with_ladder(ladder: CheckedLadder) -> Self {
        Held {
            ladder: Some(ladder),
            assessment: None,
        }
    }
}

/// Runs `command` on the ladder `held` holds, loading it from `origin` first
/// when the command needs one and none is loaded yet.
pub fn run<'a>(
    command: &Command,
    origin: &Origin,
    held: &'a mut Held,
) -> anyhow::Result<Report<'a>> {
    let Held { ladder, assessment } = held;
    Ok(match command {
        Command::List(args) => answer(list::run(
            loaded(ladder, origin)?,
            args.track.as_deref(),
            origin,
        )?),
        Command::Show(args) => answer(show::run(loaded(ladder, origin)?, &args.level, origin)?),
        Command::Diff(args) => answer(diff::run(
            loaded(ladder, origin)?,
            &args.from,
            &args.to,
            origin,
        )?),
        Command::Path(args) => answer(path::run(
            loaded(ladder, origin)?,
            &args.from,
            &args.to,
            origin,
        )?),
        Command::Search(args) => answer(search::run(loaded(ladder, origin)?, &args.terms, origin)?),
        Command::Skill(args) => match &args.skill {
            Some(name) => answer(skill::run(loaded(ladder, origin)?, name, origin)?),
            None => answer(skill::catalogue(loaded(ladder, origin)?)),
        },
        Command::Graph(_) | Command::Chart(_) => answer(graph::graph(loaded(ladder, origin)?)),
        Command::Site(args) => {
            let written = site::run(loaded(ladder, origin)?, &args.out, args.force)?;
            let shown =
                crate::output::escape::escape_line(&args.out.display().to_string()).into_owned();
            eprintln!("wrote {written} files into {shown}; open {shown}/index.html");
            Report::Text(String::new())
        }
        Command::Plan(args) => answer(plan::run(
            loaded(ladder, origin)?,
            &args.from,
            &args.to,
            origin,
        )?),
        Command::Export(_) => answer(export::run(loaded(ladder, origin)?)),
        Command::Tracks(_) => answer(tracks::run(loaded(ladder, origin)?)),
        // These read their own files: init writes one, changes compares two,
        // lint advises on each it is given.
        Command::Init(args) => Report::Text(init::run(args)?),
        Command::Changes(args) => {
            let fail_on = match (args.exit_code, args.fail_on) {
                (true, _) => Some(changes::Class::Editorial),
                (false, on) => on.map(changes::Class::from),
            };
            let (old, new) = (
                Origin::from_arg(args.old.clone()),
                Origin::from_arg(args.new.clone()),
            );
            let only: Vec<changes::Class> = args.only.iter().map(|&c| c.into()).collect();
            answer(changes::run(&old, &new, fail_on)?.only(&only))
        }
        Command::Lint(args) => answer(lint::run(&args.files, origin, &args.allow, args.deny)?),
        Command::Import(args) => Report::Text(import::run(args)?),
        Command::Assess(args) => match assess::run(args, origin)? {
            assess::Assessed::Text(text) => Report::Text(text),
            // The report borrows the ladder and the assessment it reads,
            // which the caller holds until the report is printed.
            assess::Assessed::Report(read) => {
                let held = &**assessment.insert(read);
                let against = args
                    .against
                    .as_ref()
                    .map(|p| Origin::from_arg(p.clone()).file_name());
                answer(assess::view(held, against))
            }
        },
        // These answer without a ladder: validate reads its own files, and the
        // completions ask for the ladder at each TAB.
        Command::Validate(args) => answer(validate::run(&args.files, origin)?),
        Command::Schema(args) => answer(schema::Schema(match args.of {
            crate::cli::command::SchemaOf::Ladder => schema::SCHEMA,
            crate::cli::command::SchemaOf::Assessment => crate::file::shape::ASSESSMENT_SCHEMA,
        })),
        Command::Man(args) => Report::Text(man::run(args)?),
        Command::Completions(args) => Report::Text(completions::run(args.shell)),
    })
}

/// The ladder in `ladder`, loaded from `origin` first when there is none yet.
fn loaded<'a>(
    ladder: &'a mut Option<CheckedLadder>,
    origin: &Origin,
) -> anyhow::Result<&'a CheckedLadder> {
    Ok(match ladder {
        Some(ladder) => ladder,
        None => ladder.insert(file::load(origin)?),
    })
}

/// Keeps what a command is done with but would spend time freeing, such as a
/// checked ladder of thousands of strings: the last value kept is never
/// freed, as the process ends soon after, and each earlier one is freed when
/// the next is kept, so that a run over many files holds one at a time.
pub fn keep_until_exit<T: Send + 'static>(value: T) {
    type Kept = Option<Box<dyn std::any::Any + Send>>;
    static KEPT: std::sync::Mutex<Kept> = std::sync::Mutex::new(None);
    let earlier = KEPT.lock().map(|mut kept| kept.replace(Box::new(value)));
    drop(earlier);
}
