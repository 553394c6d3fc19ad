//! A Markdown matrix's level sections once a file is read: those with no
//! bullets under them are no levels and are left out, the rest are ranked and
//! promoted in order, and the file's warnings are told in the order of its
//! text.

use crate::ladder::hash::{HashMap, HashMapExt, HashSet};
use crate::ladder::text::fold;
use crate::ladder::{Level, Text, Track};

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
    // Kept in place: a copy of thousands of levels would cost more than
    // the few left out.
    let mut section = sections.iter();
    let mut dropped = Vec::new();
    let mut index = 0;
    levels.retain(|level| {
        index += 1;
        if index <= first {
            return true;
        }
        let Some(&(start, end)) = section.next() else {
            return true;
        };
        if !level.responsibilities.is_empty() {
            return true;
        }
        let message = format!(
            "'{}' has no bullets under it, so it is no level and is left out",
            level.name
        );
        dropped.push((start, end, message));
        false
    });
    // What was said of the text inside a dropped section goes with it: the
    // sections are in order and apart, so each warning finds its own by a
    // binary search.
    warnings.retain(|&(offset, _)| {
        let after = dropped.partition_point(|&(start, _, _)| start < offset);
        after == 0 || offset >= dropped[after - 1].1
    });
    warnings.extend(
        dropped
            .into_iter()
            .map(|(start, _, message)| (start, message)),
    );
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
/// track's first level (under `level_mark` headings) told once.
pub(super) fn told(
    mut warnings: Vec<(usize, String)>,
    folded: &HashMap<usize, usize>,
    level_mark: &str,
) -> impl Iterator<Item = (usize, String)> {
    let before = before_levels(level_mark);
    warnings.sort_by_key(|&(offset, _)| offset);
    let mut runs: Vec<(usize, String, usize)> = Vec::with_capacity(warnings.len());
    for (offset, message) in warnings {
        // Those the reader folded into this one as it read them count too.
        let count = 1 + folded.get(&offset).copied().unwrap_or(0);
        match runs.last_mut() {
            Some((_, last, n)) if message == before && *last == before => *n += count,
            _ => runs.push((offset, message, count)),
        }
    }
    let level_mark = level_mark.to_string();
    runs.into_iter().map(move |(offset, message, n)| match n {
        1 => (offset, message),
        _ => (
            offset,
            format!("{n} paragraphs and lists before the first `{level_mark} Level` heading, the first here, are left out"),
        ),
    })
}

/// What is said of a paragraph or list before a track's first level, under
/// `level_mark` headings.
pub(super) fn before_levels(level_mark: &str) -> String {
    format!("text before the first `{level_mark} Level` heading; left out")
}

/// Leaves out the tracks a file added (from `added.1`, each beginning at
/// `track_at`) that none of its levels (from `added.0`) is on, each told once.
pub(super) fn drop_empty_tracks(
    tracks: &mut Vec<Track>,
    levels: &[Level],
    (first_level, first_track): (usize, usize),
    track_at: &[usize],
    warnings: &mut Vec<(usize, String)>,
) {
    let used: HashSet<&str> = levels[first_level..]
        .iter()
        .map(|l| l.track.as_str())
        .collect();
    for (track, &offset) in tracks
        .drain(first_track..)
        .collect::<Vec<_>>()
        .into_iter()
        .zip(track_at)
    {
        if used.contains(track.id.as_str()) {
            tracks.push(track);
            continue;
        }
        let message = format!(
            "'{}' has no levels under it, so it is no track and is left out",
            track.name
        );
        warnings.push((offset, message));
    }
}

/// Names taken, folded as lookups fold them; and for each name told apart
/// by a track's, the next number to try, so that a thousand levels of one
/// name cost a thousand steps, not a million.
#[derive(Default)]
pub(super) struct Names {
    taken: HashSet<String>,
    next: HashMap<String, usize>,
    /// Of the names taken, those that are ids.
    ids: HashSet<String>,
}

impl Names {
    /// Takes the folded name `folded`; false when it was taken already.
    pub(super) fn insert(&mut self, folded: String) -> bool {
        self.taken.insert(folded)
    }
}

/// The id and name of a thing of `kind` (a level, a skill), neither of them
/// another's id or name as a lookup folds them, which the rules refuse: the
/// id `make` gives, made again (with the next number) while an earlier one is
/// named so; the name told apart by `by` (a track's name) when taken. A
/// warning says what changed: the name, and the id when `given` (the
/// source's own, which its readers know).
pub(super) fn told_id_and_name(
    names: &mut Names,
    (kind, mut make, given): (&str, impl FnMut() -> String, bool),
    name: String,
    by: &str,
) -> (String, String, Option<String>) {
    let wanted = make();
    let mut id = wanted.clone();
    while names.taken.contains(&fold(&id)) {
        id = make();
    }
    let mut said = Vec::new();
    if given && id != wanted {
        said.push(format!(
            "the id '{wanted}' is another {kind}'s name; this {kind}'s id is '{id}'"
        ));
    }
    let folded = fold(&name);
    let an_id = names.ids.contains(&folded);
    let (name, told) = told_apart(names, name, by);
    names.taken.insert(fold(&id));
    names.ids.insert(fold(&id));
    if let Some(told) = &told {
        said.push(match an_id {
            true => format!("another {kind} has the id '{folded}'; this one is named '{told}'"),
            false => format!("another {kind} is named '{name}'; this one is named '{told}'"),
        });
    }
    let warning = (!said.is_empty()).then(|| said.join("; "));
    (id, told.unwrap_or(name), warning)
}

/// `name`, and a name for it that no level has yet when another has it:
/// `name (track)`, then `name (track 2)` and on. `names` takes the one given.
pub(super) fn told_apart(names: &mut Names, name: String, track: &str) -> (String, Option<String>) {
    if names.taken.insert(fold(&name)) {
        return (name, None);
    }
    let key = format!("{name}\u{0}{track}");
    let mut n = names.next.get(&key).copied().unwrap_or(1);
    let told = loop {
        let told = match n {
            1 => format!("{name} ({track})"),
            _ => format!("{name} ({track} {n})"),
        };
        n += 1;
        if names.taken.insert(fold(&told)) {
            break told;
        }
    };
    names.next.insert(key, n);
    (name, Some(told))
}
