//! A Markdown matrix's `##` sections once a file is read: those with no
//! bullets under them are no levels and are left out, the rest are ranked and
//! promoted in order, and the file's warnings are told in the order of its
//! text.

use crate::ladder::hash::{HashMap, HashMapExt};
use crate::ladder::{Level, Text};

/// Ends the last of `sections` at `offset`, where a heading of its rank or
/// above begins, if it has no end yet.
pub(super) fn close(sections: &mut [(usize, usize)], offset: usize) {
    if let Some(last) = sections.last_mut().filter(|(_, end)| *end == usize::MAX) {
        last.1 = offset;
    }
}

/// Leaves out the levels read from `first` on (their sections at `sections`)
/// that have no expectations: each is told once at its heading, and what was
/// said of the text inside it is dropped with it. Then ranks and chains the
/// rest: a level's scope is its place in its track, and it is promoted to the
/// next level of its track.
pub(super) fn settle(
    levels: &mut Vec<Level>,
    first: usize,
    sections: &[(usize, usize)],
    warnings: &mut Vec<(usize, String)>,
) {
    let mut at = 0usize;
    levels.retain(|level| {
        at += 1;
        let section = (at - 1).checked_sub(first).map(|i| sections[i]);
        match section {
            Some((start, end)) if level.responsibilities.is_empty() => {
                warnings.retain(|&(offset, _)| offset <= start || offset >= end);
                let message = format!(
                    "'{}' has no bullets under it, so it is no level and is left out",
                    level.name
                );
                warnings.push((start, message));
                false
            }
            _ => true,
        }
    });
    let mut ranks: HashMap<Text, (usize, usize)> = HashMap::new();
    for i in first..levels.len() {
        let track = levels[i].track.clone();
        let (rank, last) = ranks.entry(track).or_insert((0, i));
        *rank += 1;
        levels[i].scope = format!("level {rank}").into();
        if *last != i {
            let id = levels[i].id.clone();
            levels[*last].next.push(id);
            *last = i;
        }
    }
}

/// A file's warnings in the order of the text, each run of text before a
/// track's first level told once.
pub(super) fn told(mut warnings: Vec<(usize, String)>) -> impl Iterator<Item = (usize, String)> {
    warnings.sort_by_key(|&(offset, _)| offset);
    let mut runs: Vec<(usize, String, usize)> = Vec::with_capacity(warnings.len());
    for (offset, message) in warnings {
        match runs.last_mut() {
            Some((_, last, n)) if message == BEFORE_LEVELS && *last == BEFORE_LEVELS => *n += 1,
            _ => runs.push((offset, message, 1)),
        }
    }
    runs.into_iter().map(|(offset, message, n)| match n {
        1 => (offset, message),
        _ => (
            offset,
            format!("{n} paragraphs and lists before the first `## Level` heading, the first here, are left out"),
        ),
    })
}

/// What is said of a paragraph or list before a track's first level.
pub(super) const BEFORE_LEVELS: &str = "text before the first `## Level` heading; left out";
