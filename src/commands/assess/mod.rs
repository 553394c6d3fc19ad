//! `ladder assess FILE`: where a person stands against their next level, from
//! an assessment file of ratings with evidence; `ladder assess init` starts one.

mod case;
mod checked;
mod progress;
pub(crate) mod read;
mod report;
mod skeleton;

pub use self::progress::{Progress, progress};
pub use self::report::{Item, Report, Share, report};

use anyhow::Context;

use super::Answer;
use crate::cli::assess::{AssessArgs, AssessCommand};
use crate::file::write::{self, write_new};
use crate::file::{self, Origin};
use crate::ladder::hash::HashSet;
use crate::ladder::{CheckedLadder, find};

impl Answer for Report<'_> {}

/// What `ladder assess` answers: a report, or the skeleton's text.
pub enum Assessed {
    /// The assessment, checked, and the ladder it was checked against.
    Report(Read),
    Text(String),
}

/// The ladder an assessment was checked against, the assessment checked, and
/// the older one it is compared with: what the report borrows.
pub type Read = Box<(
    CheckedLadder,
    read::Checked,
    Option<ladder_assessment::Assessment>,
)>;

use crate::ladder::assessment as ladder_assessment;

/// Runs `ladder assess` with the ladder in use at `in_use`.
pub fn run(args: &AssessArgs, in_use: &Origin) -> anyhow::Result<Assessed> {
    if let Some(AssessCommand::Init(init)) = &args.init {
        let ladder = file::load(in_use)?;
        let place = in_use;
        let level = find::level(&ladder, &init.level, place)?;
        let target = match &init.target {
            Some(name) => find::level(&ladder, name, place)?,
            None => match ladder
                .level(level)
                .next
                .first()
                .and_then(|n| ladder.find_level(n))
            {
                Some(next) => next,
                None => anyhow::bail!(
                    "level '{}' has no promotion in {place}; name the level you are going for with --target",
                    ladder.level(level).id
                ),
            },
        };
        if level == target {
            anyhow::bail!(
                "--target is the level itself ('{}'); name the level you are going for",
                ladder.level(level).id
            );
        }
        if super::shared::route_levels(&ladder, level, target).is_empty() {
            let (a, b) = (&ladder.level(level).id, &ladder.level(target).id);
            anyhow::bail!(
                "no route from '{a}' to '{b}' in {place}; pick a target that promotions and lateral moves reach"
            );
        }
        let text = skeleton::skeleton(&ladder, in_use, (level, target), init.person.as_deref())?;
        return match write::named(init.written()) {
            None => Ok(Assessed::Text(text)),
            Some(path) => {
                let shown =
                    crate::output::escape::escape_line(&path.display().to_string()).into_owned();
                write_new(path, &text, init.force)
                    .with_context(|| format!("{shown}: cannot write the assessment"))?;
                // A ladder the skeleton cannot name is given again.
                let ladder = match skeleton::names_its_ladder(in_use) {
                    true => "ladder".to_string(),
                    false => crate::ladder::find::Place::ladder(in_use),
                };
                let run = match crate::output::escape::shell_path(path) {
                    Some(word) => format!("`{ladder} assess {word}`"),
                    None => format!("`{ladder} assess` on it"),
                };
                eprintln!("wrote {shown}; rate each expectation, then run {run}");
                Ok(Assessed::Text(String::new()))
            }
        };
    }
    let path = args
        .file
        .clone()
        .context("give an assessment FILE, or run `ladder assess init`")?;
    let origin = Origin::from_arg(path);
    let older = args.against.clone().map(Origin::from_arg);
    Origin::stdin_once([&origin, in_use].into_iter().chain(&older))?;
    let (data, text) = read::parse(&origin, in_use)?;
    let named = read::ladder_origin(&data, &origin, in_use);
    read::outranked(&data, &origin, in_use);
    // A ladder it names that cannot be used is the assessment's problem, at
    // its `ladder:` line.
    let ladder = match read::names_its_ladder(&data, in_use) {
        true => read::named_ladder(&named).map_err(|problems| {
            let more = match file::count(&problems) {
                1 => String::new(),
                n => format!(" ({} more)", n - 1),
            };
            let message = format!(
                "the ladder it names cannot be used: {}{more}; correct `ladder:`, or give the ladder with --ladder",
                problems[0]
            );
            anyhow::anyhow!("{}", read::unread(&origin, &text, &data, message))
        })?,
        false => file::load(&named)?,
    };
    let checked = read::check(&ladder, &origin, data, &text, in_use)?;
    let older = match older {
        Some(older) => {
            let (earlier, older_text) = read::parse(&older, in_use)?;
            // Progress is one person's, between two assessments this release reads.
            if earlier.assessment != checked.data.assessment {
                anyhow::bail!(
                    "{}: assessment version {} is not this release's; progress compares two version-1 assessments",
                    older.file_name(),
                    earlier.assessment
                );
            }
            if let (Some(then), Some(now)) = (&earlier.person, &checked.data.person)
                && then != now
            {
                anyhow::bail!(
                    "{} is about {then}, and {} about {now}: progress compares two assessments of one person",
                    older.file_name(),
                    origin.file_name()
                );
            }
            warn_of_older(&ladder, (&older, &earlier, &older_text), &checked, in_use);
            Some(earlier)
        }
        None => None,
    };
    Ok(Assessed::Report(Box::new((ladder, checked, older))))
}

/// The report of what `run` read, which borrows from it.
pub fn view<'a>(
    (ladder, checked, older): &'a (
        CheckedLadder,
        read::Checked,
        Option<ladder_assessment::Assessment>,
    ),
    against: Option<String>,
) -> Report<'a> {
    let mut view = report(
        ladder,
        &checked.data,
        (checked.level, checked.target),
        (&checked.route, &checked.shifted),
        &checked.stale,
    );
    if let (Some(older), Some(against)) = (older, against) {
        // The older ratings weighed on this route, as the ladder is now.
        let levels = (checked.level, checked.target);
        let route = (&checked.route[..], &checked.shifted[..]);
        let then = report(ladder, older, levels, route, &[]);
        let mut moved = progress(&checked.data, older, (against, then.readiness));
        let met = |items: &[Item<'a>]| -> HashSet<(&'a str, &'static str)> {
            (items.iter().filter(|i| i.missing.is_empty()))
                .map(|i| (i.id, i.kind))
                .collect()
        };
        let (was, is) = (met(&then.items), met(&view.items));
        for item in &view.items {
            let key = (item.id, item.kind);
            match (was.contains(&key), is.contains(&key)) {
                (false, true) => moved.newly_met.push(item.id),
                (true, false) => moved.no_longer_met.push(item.id),
                _ => {}
            }
        }
        view.progress = Some(moved);
    }
    view
}

/// The level an assessment says it is at and the one it is going for (its
/// level's first promotion when it names none), when the ladder has both.
fn named_route(
    ladder: &CheckedLadder,
    data: &ladder_assessment::Assessment,
) -> Option<(usize, usize)> {
    let level = ladder.find_level(&data.level)?;
    let target = match &data.target {
        Some(target) => ladder.find_level(target)?,
        None => ladder.find_level(ladder.level(level).next.first()?)?,
    };
    // A target that is the level itself is no route (the check says so).
    (target != level).then_some((level, target))
}

/// Warnings on an older assessment that progress is still shown against:
/// a problem `assess` would find in it today (the ladder may have changed
/// since), a route other than this one's, and a date after this one's.
fn warn_of_older(
    ladder: &CheckedLadder,
    (older, earlier, text): (&Origin, &ladder_assessment::Assessment, &str),
    now: &read::Checked,
    in_use: &Origin,
) {
    let name = older.file_name();
    let mut said = Vec::new();
    // Its route: as checked, or, when it has a problem, as it names its
    // levels, if the ladder still has them.
    let then = match read::check(ladder, older, earlier.clone(), text, in_use) {
        Ok(then) => Some((then.level, then.target)),
        Err(err) => {
            said.push(format!("{err:#}"));
            named_route(ladder, earlier)
        }
    };
    if let Some(then) = then.filter(|&then| then != (now.level, now.target)) {
        let route = |(level, target): (usize, usize)| {
            format!("{} → {}", ladder.level(level).id, ladder.level(target).id)
        };
        said.push(format!(
            "{name} rates the route {}, and {} the route {}; progress compares ratings by id",
            route(then),
            now.file,
            route((now.level, now.target))
        ));
    }
    // Dates are free text: compared only when both are days written
    // YYYY-MM-DD.
    let iso = |d: &str| {
        use crate::ladder::assessment::{calendar_form, date_slip};
        calendar_form(d) && date_slip(d).is_none()
    };
    if let (Some(then), Some(when)) = (&earlier.date, &now.data.date)
        && iso(then)
        && iso(when)
        && then > when
    {
        said.push(format!(
            "{name} is dated {then}, after {} ({when}); give the earlier assessment to --against",
            now.file
        ));
    }
    for warning in said {
        crate::output::escape::warn(&warning);
    }
}
