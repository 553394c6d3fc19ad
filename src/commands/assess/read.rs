//! Reading an assessment and checking it against its ladder: the levels it
//! names, the route between them, and each rated id. Every problem is found
//! with its place in the file: `ladder assess` fails with the first, and
//! `ladder validate` lists them all.

use std::path::{Path, PathBuf};

pub use super::checked::Checked;
use super::checked::check_all;
use crate::file::position::{Pointer, Step};
use crate::file::{self, Diagnostic, Origin, shape, yaml};
use crate::ladder::CheckedLadder;
use crate::ladder::assessment::Assessment;
use crate::ladder::find::Place;

/// The assessment at `origin`, parsed, and its text; `in_use` is the ladder
/// in use, for the command that would list every problem.
pub fn parse(origin: &Origin, in_use: &Origin) -> anyhow::Result<(Assessment, String)> {
    let text = file::read_as(origin, "assessment").map_err(|d| {
        // `ladder assess inti`: a subcommand mistyped reads as a file name.
        let typed: Vec<char> = origin.file_name().chars().collect();
        match crate::ladder::find::edit_distance_within(&typed, "init", 2) {
            Some(_) if matches!(origin, Origin::File(path) if !path.exists()) => anyhow::anyhow!(
                "{d}; to start an assessment, run `ladder assess init --level LEVEL`"
            ),
            _ => anyhow::anyhow!("{d}"),
        }
    })?;
    let data = parse_text(origin, &text).map_err(|problems| {
        if crate::file::kind::has_ladder_keys(&text) {
            let file = origin.shell_word();
            return anyhow::anyhow!(
                "{} is a ladder, not an assessment; give a ladder with --ladder, and start an assessment against it with `ladder --ladder {file} assess init --level LEVEL`",
                origin.file_name()
            );
        }
        first_of(problems, &validate_command(origin, Some(in_use)))
    })?;
    Ok((data, text))
}

/// `text`, read from `origin`, parsed; every problem of shape at once.
pub fn parse_text(origin: &Origin, text: &str) -> Result<Assessment, Vec<Diagnostic>> {
    let diagnostic = |position, message: String| Diagnostic {
        file: origin.file_name(),
        position,
        message,
        stands_for: 1,
    };
    yaml::parse::<Assessment>(text).map_err(|err| {
        match file::shape_problems(text, shape::ASSESSMENT_SCHEMA) {
            Some((found, more)) => {
                let mut all = located(text, found, &diagnostic);
                all.extend(file::unlisted(more, &diagnostic));
                all.push(Diagnostic {
                    stands_for: 0,
                    ..diagnostic(None, "the levels and the rated ids are checked against the ladder once these problems are fixed".to_string())
                });
                all
            }
            None => vec![diagnostic(err.position, err.message)],
        }
    })
}

/// Every problem of the assessment `text` read from `origin`, checked against
/// the ladder it names (or `in_use`): what `ladder validate` lists for it.
/// `ladders` holds each ladder read so far (its problems when it has any),
/// so that one ladder is read once for many assessments, standard input too.
pub fn problems(
    origin: &Origin,
    text: &str,
    in_use: &Origin,
    ladders: &mut Vec<(Origin, Result<CheckedLadder, Vec<Diagnostic>>)>,
) -> Vec<Diagnostic> {
    let data = match parse_text(origin, text) {
        Ok(data) => data,
        Err(problems) => return problems,
    };
    outranked(&data, origin, in_use);
    let named = ladder_origin(&data, origin, in_use);
    let at = match ladders.iter().position(|(o, _)| *o == named) {
        Some(at) => at,
        None => {
            let ladder = match named {
                Origin::Builtin => Ok(file::builtin::ladder()),
                _ if names_its_ladder(&data, in_use) => named_ladder(&named),
                _ => file::inspect(&named),
            };
            ladders.push((named.clone(), ladder));
            ladders.len() - 1
        }
    };
    let ladder = match &ladders[at].1 {
        Ok(ladder) => ladder,
        // The ladder's own problems are its file's, listed when it is
        // validated: the first is said, or why it cannot be read.
        Err(problems) => {
            let message = ladder_problems(problems, &named);
            return vec![unread(origin, text, &data, message)];
        }
    };
    check_all((ladder, &named), origin, data, text)
        .err()
        .unwrap_or_default()
}

/// Whether the ladder `data` is checked against is the one its `ladder:`
/// names, not one the command line gives.
pub fn names_its_ladder(data: &Assessment, in_use: &Origin) -> bool {
    data.ladder.is_some() && !given(in_use)
}

/// The ladder an assessment's `ladder:` names, read and checked. That field
/// is the file's, and the file may be someone else's (a pull request in CI):
/// only a regular file is read, never a pipe or a device (`/dev/stdin` would
/// take standard input), and of the problems that quote a file's text only
/// the place is told, so that an assessment cannot print lines of any file
/// it names (`ladder: ~/.git-credentials`).
pub fn named_ladder(named: &Origin) -> Result<CheckedLadder, Vec<Diagnostic>> {
    let fail = |message: String| Diagnostic {
        file: named.file_name(),
        position: None,
        message,
        stands_for: 1,
    };
    if let Origin::File(path) = named
        && let Ok(meta) = std::fs::metadata(path)
        && !meta.is_file()
    {
        let what = if meta.is_dir() {
            "a directory"
        } else {
            "no regular file"
        };
        let message = format!("this is {what}; an assessment's `ladder:` names a ladder file");
        return Err(vec![fail(message)]);
    }
    let command = validate_command(named, None);
    file::inspect(named).map_err(|problems| {
        (problems.into_iter())
            .map(|problem| match problem.position {
                // Said where they are, not what they say.
                Some(_) => Diagnostic {
                    message: format!(
                        "a problem of the ladder, whose text is not quoted here; `{command}` shows it"
                    ),
                    ..problem
                },
                None => problem,
            })
            .collect()
    })
}

/// What is wrong with the ladder an assessment names, from its `problems`.
fn ladder_problems(problems: &[Diagnostic], named: &Origin) -> String {
    let first = problems
        .first()
        .map(ToString::to_string)
        .unwrap_or_default();
    match file::count(problems) {
        0 | 1 => format!("the ladder it is checked against cannot be used: {first}"),
        n => format!(
            "the ladder it is checked against has {n} problems, the first {first}; run `{}` to see them all",
            validate_command(named, None)
        ),
    }
}

/// The problem of an assessment whose ladder cannot be used: placed at its
/// `ladder:` key when it names one.
pub(super) fn unread(
    origin: &Origin,
    text: &str,
    data: &Assessment,
    message: String,
) -> Diagnostic {
    let pointer = data.ladder.is_some().then(|| Pointer::root().key("ladder"));
    let position = pointer.and_then(|p| file::locate_all(text, &[Some(&p)]).pop().flatten());
    Diagnostic {
        file: origin.file_name(),
        position,
        message: match &data.ladder {
            Some(_) => format!("ladder: {message}"),
            None => message,
        },
        stands_for: 1,
    }
}

/// Whether `in_use` is a ladder given on the command line (`--ladder`),
/// which outranks the one an assessment names; the built-in ladder and
/// LADDER_FILE's give way to it.
pub fn given(in_use: &Origin) -> bool {
    !matches!(in_use, Origin::Builtin | Origin::Env(_))
}

/// Warns that a ladder given with --ladder is read in place of the one the
/// assessment `data` (read from `origin`) names, unless they are one file.
pub fn outranked(data: &Assessment, origin: &Origin, in_use: &Origin) {
    if let (true, Some(own)) = (given(in_use), &data.ladder) {
        let own_path = ladder_origin(data, origin, &Origin::Builtin);
        let same = match (&own_path, in_use) {
            (Origin::File(a), Origin::File(b)) => std::fs::canonicalize(a)
                .ok()
                .is_some_and(|a| std::fs::canonicalize(b).ok() == Some(a)),
            _ => false,
        };
        if !same {
            let warning = format!(
                "{} names its ladder ({own}); the one given with --ladder ({}) is read in its place",
                origin.file_name(),
                in_use.file_name(),
            );
            crate::output::escape::warn(&warning);
        }
    }
}

/// The ladder an assessment is checked against: a ladder given with
/// `--ladder`, else the one it names (relative to its file), else `in_use`.
pub fn ladder_origin(data: &Assessment, origin: &Origin, in_use: &Origin) -> Origin {
    let Some(named) = data.ladder.as_deref().filter(|_| !given(in_use)) else {
        return in_use.clone();
    };
    let base = match origin {
        // A pipe's name (`/dev/fd/63`) has no directory of its own: its
        // ladder is read as standard input's is, from the working directory.
        Origin::File(path) | Origin::Env(path) if path.is_file() => {
            path.parent().map(Path::to_path_buf)
        }
        _ => None,
    };
    let path = PathBuf::from(named);
    Origin::File(match base {
        Some(dir) if path.is_relative() => dir.join(path),
        _ => path,
    })
}

/// Checks `data` (read from `text` at `origin`) against `ladder`, the one it
/// names or else `in_use`.
pub fn check(
    ladder: &CheckedLadder,
    origin: &Origin,
    data: Assessment,
    text: &str,
    in_use: &Origin,
) -> anyhow::Result<Checked> {
    let command = validate_command(
        origin,
        (data.ladder.is_none() || given(in_use)).then_some(in_use),
    );
    let named = ladder_origin(&data, origin, in_use);
    check_all((ladder, &named), origin, data, text).map_err(|problems| first_of(problems, &command))
}

/// `problems` placed in `text`, in file order.
pub(super) fn located(
    text: &str,
    problems: Vec<(Pointer, String)>,
    diagnostic: &dyn Fn(Option<file::Position>, String) -> Diagnostic,
) -> Vec<Diagnostic> {
    let pointers: Vec<Option<&Pointer>> = problems.iter().map(|(p, _)| Some(p)).collect();
    let mut positions = file::locate_all(text, &pointers);
    // A problem of a rated id is placed at the id, not at its rating's `{`,
    // and an unknown key at itself.
    let rated = |p: &Pointer| matches!(p.steps(), [Step::Key(ratings), Step::Key(_)] if ratings == "ratings");
    file::at_keys(text, &problems, &mut positions, |p, m| {
        rated(p) || file::unknown_key(m)
    });
    let mut all: Vec<Diagnostic> = (problems.iter().zip(positions))
        .map(|((p, m), at)| match p.steps() {
            [] => diagnostic(at, m.clone()),
            _ => diagnostic(at, format!("{p}: {m}")),
        })
        .collect();
    all.sort_by_key(|d| d.position.map_or((usize::MAX, 0), |p| (p.line, p.column)));
    all
}

/// The first problem, with a count of the others and the `command` that
/// lists them all, as the run's error.
fn first_of(problems: Vec<Diagnostic>, command: &str) -> anyhow::Error {
    let more = match file::count(&problems) {
        0 | 1 => String::new(),
        n => format!(
            " ({} more problem{}: run `{command}` to see them all)",
            n - 1,
            if n > 2 { "s" } else { "" },
        ),
    };
    match problems.first() {
        Some(first) => anyhow::anyhow!("{first}{more}"),
        None => anyhow::anyhow!("the assessment could not be read"),
    }
}

/// `ladder validate FILE` for the file at `origin`, with `--ladder` when the
/// ladder in use, `ladder`, is one a flag named (the built-in one and
/// LADDER_FILE need none).
fn validate_command(origin: &Origin, ladder: Option<&Origin>) -> String {
    let ladder = ladder.map_or_else(|| "ladder".to_string(), Place::ladder);
    format!("{ladder} validate {}", origin.shell_word())
}
