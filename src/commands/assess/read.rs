//! Reading an assessment and checking it against its ladder: the levels it
//! names, the route between them, and each rated id. Every problem is found
//! with its place in the file: `ladder assess` fails with the first, and
//! `ladder validate` lists them all.

use std::path::{Path, PathBuf};

use crate::file::position::Pointer;
use crate::file::{self, Diagnostic, Origin, shape, yaml};
use crate::ladder::assessment::{ASSESSMENT_VERSION, Assessment};
use crate::ladder::{CheckedLadder, find};

/// An assessment read and checked against its ladder.
pub struct Checked {
    pub file: String,
    pub data: Assessment,
    pub level: usize,
    pub target: usize,
    /// The levels from `level` to `target`, both included.
    pub route: Vec<usize>,
    /// Rated ids the route no longer asks for: the ladder changed since.
    pub stale: Vec<String>,
}

/// The assessment at `origin`, parsed, and its text.
pub fn parse(origin: &Origin) -> anyhow::Result<(Assessment, String)> {
    let text = file::read(origin).map_err(|d| anyhow::anyhow!("{d}"))?;
    let data = parse_text(origin, &text).map_err(|problems| first_of(problems, origin))?;
    Ok((data, text))
}

/// `text`, read from `origin`, parsed; every problem of shape at once.
pub fn parse_text(origin: &Origin, text: &str) -> Result<Assessment, Vec<Diagnostic>> {
    let diagnostic = |position, message: String| Diagnostic {
        file: origin.file_name(),
        position,
        message,
        unlisted: 0,
    };
    yaml::parse::<Assessment>(text).map_err(|err| {
        match file::shape_problems(text, shape::ASSESSMENT_SCHEMA) {
            Some(found) => located(text, found, &diagnostic),
            None => vec![diagnostic(err.position, err.message)],
        }
    })
}

/// Every problem of the assessment `text` read from `origin`, checked against
/// the ladder it names (or `in_use`): what `ladder validate` lists for it.
pub fn problems(origin: &Origin, text: &str, in_use: &Origin) -> Vec<Diagnostic> {
    let data = match parse_text(origin, text) {
        Ok(data) => data,
        Err(problems) => return problems,
    };
    let named = ladder_origin(&data, origin, in_use);
    let ladder = match named {
        Origin::Builtin => file::builtin::ladder(),
        _ => match file::inspect(&named) {
            Ok(ladder) => ladder,
            Err(problems) => return problems,
        },
    };
    check_all(&ladder, origin, data, text)
        .err()
        .unwrap_or_default()
}

/// The ladder an assessment names, relative to its file, or `in_use`.
pub fn ladder_origin(data: &Assessment, origin: &Origin, in_use: &Origin) -> Origin {
    let Some(named) = data.ladder.as_deref() else {
        return in_use.clone();
    };
    let base = match origin {
        Origin::File(path) | Origin::Env(path) => path.parent().map(Path::to_path_buf),
        _ => None,
    };
    let path = PathBuf::from(named);
    Origin::File(match base {
        Some(dir) if path.is_relative() => dir.join(path),
        _ => path,
    })
}

/// Checks `data` (read from `text` at `origin`) against `ladder`.
pub fn check(
    ladder: &CheckedLadder,
    origin: &Origin,
    data: Assessment,
    text: &str,
) -> anyhow::Result<Checked> {
    check_all(ladder, origin, data, text).map_err(|problems| first_of(problems, origin))
}

/// `check`, with every problem found.
fn check_all(
    ladder: &CheckedLadder,
    origin: &Origin,
    data: Assessment,
    text: &str,
) -> Result<Checked, Vec<Diagnostic>> {
    let root = Pointer::root;
    let mut problems: Vec<(Pointer, String)> = Vec::new();
    if data.assessment != ASSESSMENT_VERSION {
        let message = format!(
            "assessment version {} is not supported; this release reads version {ASSESSMENT_VERSION}",
            data.assessment
        );
        problems.push((root().key("assessment"), message));
    }
    let place = "the ladder";
    let level = find::level(ladder, &data.level, &place)
        .map_err(|err| problems.push((root().key("level"), format!("{err:#}"))))
        .ok();
    let target = match (&data.target, level) {
        (Some(name), _) => find::level(ladder, name, &place)
            .map_err(|err| problems.push((root().key("target"), format!("{err:#}"))))
            .ok(),
        (None, Some(l)) => match ladder.level(l).next.first() {
            Some(next) => ladder.find_level(next),
            None => {
                let message = format!(
                    "level '{}' has no promotion in the ladder; name the level you are going for with `target:`",
                    ladder.level(l).id
                );
                problems.push((root().key("level"), message));
                None
            }
        },
        (None, None) => None,
    };
    let route = match (level, target) {
        (Some(a), Some(b)) => {
            let route = super::super::shared::route_levels(ladder, a, b);
            if route.is_empty() {
                let (a, b) = (&ladder.level(a).id, &ladder.level(b).id);
                let message = format!(
                    "no route from '{a}' to '{b}' in the ladder; pick a target that promotions and lateral moves reach"
                );
                problems.push((root().key("target"), message));
            }
            route
        }
        _ => Vec::new(),
    };
    // The ids the route asks for; a rated id outside them is a typo when one
    // of them is close, and otherwise a rating the ladder no longer asks for.
    let mut asked: Vec<&str> = Vec::new();
    for &l in &route {
        let level = ladder.level(l);
        asked.extend(level.responsibilities.iter().map(|d| d.id.as_str()));
        asked.extend(level.skills.iter().map(|s| s.as_str()));
    }
    asked.sort_unstable();
    asked.dedup();
    // A rated id off the route: a level's id is a mistake; one the ladder
    // still has elsewhere, or none close to any of the route's, is a rating
    // the route no longer asks for (the ladder changed since); one close to an
    // id of the route is a typo.
    let mut stale = Vec::new();
    if !route.is_empty() {
        for (id, _) in &data.ratings.0 {
            if asked.binary_search(&id.as_str()).is_ok() {
                continue;
            }
            let at = root().key("ratings").key_owned(id.to_string());
            if ladder.levels().iter().any(|l| l.id == *id) {
                let message = format!(
                    "'{id}' is a level, not a responsibility or skill; rate what the route asks for"
                );
                problems.push((at, message));
                continue;
            }
            let close = find::suggest(id, asked.iter().map(|&a| (a, a)));
            match close.first() {
                Some(near) => {
                    let message = format!(
                        "'{id}' is no responsibility or skill of the route; did you mean '{near}'?"
                    );
                    problems.push((at, message));
                }
                None => stale.push(id.to_string()),
            }
        }
    }
    let diagnostic = |position, message: String| Diagnostic {
        file: origin.file_name(),
        position,
        message,
        unlisted: 0,
    };
    if !problems.is_empty() {
        return Err(located(text, problems, &diagnostic));
    }
    let (Some(level), Some(target)) = (level, target) else {
        return Err(vec![diagnostic(
            None,
            "the assessment names no level".into(),
        )]);
    };
    Ok(Checked {
        file: origin.file_name(),
        data,
        level,
        target,
        route,
        stale,
    })
}

/// `problems` placed in `text`, in file order.
fn located(
    text: &str,
    problems: Vec<(Pointer, String)>,
    diagnostic: &dyn Fn(Option<file::Position>, String) -> Diagnostic,
) -> Vec<Diagnostic> {
    let pointers: Vec<Option<&Pointer>> = problems.iter().map(|(p, _)| Some(p)).collect();
    let positions = file::locate_all(text, &pointers);
    let mut all: Vec<Diagnostic> = (problems.iter().zip(positions))
        .map(|((p, m), at)| match p.steps() {
            [] => diagnostic(at, m.clone()),
            _ => diagnostic(at, format!("{p}: {m}")),
        })
        .collect();
    all.sort_by_key(|d| d.position.map_or((usize::MAX, 0), |p| (p.line, p.column)));
    all
}

/// The first problem, with a count of the others, as the run's error.
fn first_of(problems: Vec<Diagnostic>, origin: &Origin) -> anyhow::Error {
    let more = match problems.len() {
        0 | 1 => String::new(),
        n => format!(
            " ({} more problem{}: run `ladder validate {}` to see them all)",
            n - 1,
            if n > 2 { "s" } else { "" },
            shell_word(origin)
        ),
    };
    match problems.first() {
        Some(first) => anyhow::anyhow!("{first}{more}"),
        None => anyhow::anyhow!("the assessment could not be read"),
    }
}

/// `origin` as a word to type after `ladder validate`: `-` for standard
/// input, a path in single quotes unless it is plain.
fn shell_word(origin: &Origin) -> String {
    let name = match origin {
        Origin::Stdin => return "-".to_string(),
        other => other.file_name(),
    };
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '/' | '_' | '-' | ':');
    let name = if name.chars().all(plain) {
        name
    } else {
        format!("'{}'", name.replace('\'', "'\\''"))
    };
    crate::output::escape::escape(&name).into_owned()
}
