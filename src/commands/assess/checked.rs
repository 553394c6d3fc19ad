//! An assessment checked against its ladder: the levels it names, the route
//! between them, and each rated id, every problem placed in the file.

use super::read::located;
use crate::file::position::Pointer;
use crate::file::{Diagnostic, Origin};
use crate::ladder::assessment::{ASSESSMENT_VERSION, Assessment, date_slip};
use crate::ladder::{CheckedLadder, find};

/// An assessment read and checked against its ladder.
pub struct Checked {
    pub file: String,
    pub data: Assessment,
    pub level: usize,
    pub target: usize,
    /// The levels from `level` to `target`, both included.
    pub route: Vec<usize>,
    /// The levels of the route whose shift applies (`route_and_shifted`).
    pub shifted: Vec<usize>,
    /// Rated ids the route no longer asks for: the ladder changed since.
    pub stale: Vec<String>,
}

/// `check`, with every problem found.
pub(super) fn check_all(
    (ladder, place): (&CheckedLadder, &Origin),
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
    if let Some(slip) = data.date.as_deref().and_then(date_slip) {
        problems.push((root().key("date"), slip));
    }
    // Names it, and the commands a message suggests read it, as the
    // assessment was checked against it.
    let place: &dyn find::Place = place;
    let level = find::level(ladder, &data.level, place)
        .map_err(|err| problems.push((root().key("level"), format!("{err:#}"))))
        .ok();
    let target = match (&data.target, level) {
        (Some(name), _) => find::level(ladder, name, place)
            .map_err(|err| problems.push((root().key("target"), format!("{err:#}"))))
            .ok(),
        (None, Some(l)) => match ladder.level(l).next.first() {
            Some(next) => ladder.find_level(next),
            None => {
                let message = format!(
                    "level '{}' has no promotion in {place}; name the level you are going for with `target:`",
                    ladder.level(l).id
                );
                problems.push((root().key("level"), message));
                None
            }
        },
        (None, None) => None,
    };
    let (route, shifted) = match (level, target) {
        (Some(a), Some(b)) if a == b => {
            let message = format!(
                "the target is the level itself ('{}'); name the level you are going for",
                ladder.level(a).id
            );
            problems.push((root().key("target"), message));
            Default::default()
        }
        (Some(a), Some(b)) => {
            let (route, shifted) = super::super::shared::route_and_shifted(ladder, a, b);
            if route.is_empty() {
                let (a, b) = (&ladder.level(a).id, &ladder.level(b).id);
                let message = format!(
                    "no route from '{a}' to '{b}' in {place}; pick a target that promotions and lateral moves reach"
                );
                problems.push((root().key("target"), message));
            }
            (route, shifted)
        }
        _ => Default::default(),
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
        stands_for: 1,
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
        shifted,
        stale,
    })
}
