//! Finding a level, skill or track from what a person typed, and saying what
//! would have matched when nothing does.
//!
//! `place` names the ladder in messages ("the default ladder", "'ours.yaml'"):
//! the domain does not know where a ladder came from, only how to say it.

use std::fmt::{Display, Write as _};

use super::checked::CheckedLadder;
use super::model::{Skill, Track};
use super::text::fold;

/// How many ids a message lists before it stops.
const KNOWN_SHOWN: usize = 12;

/// How many suggestions a message makes at most.
const SUGGESTIONS: usize = 3;

/// The level named by id, alias or name, in any case; otherwise an error that
/// suggests the closest names and lists the known ids.
pub fn level(ladder: &CheckedLadder, name: &str, place: &dyn Display) -> anyhow::Result<usize> {
    if let Some(level) = ladder.find_level(name) {
        return Ok(level);
    }
    let keys = ladder
        .level_keys
        .iter()
        .map(|(key, &level)| (key.as_str(), level));
    let close: Vec<&str> = suggest(name, keys)
        .into_iter()
        .map(|level| ladder.level(level).id.as_str())
        .collect();
    let ids: Vec<&str> = ladder.levels().iter().map(|l| l.id.as_str()).collect();
    Err(not_found(
        "level",
        name,
        place,
        &close,
        &ids,
        "`ladder list` shows them",
    ))
}

/// Two levels, each named by id, alias or name.
pub fn pair(
    ladder: &CheckedLadder,
    from: &str,
    to: &str,
    place: &dyn Display,
) -> anyhow::Result<(usize, usize)> {
    Ok((level(ladder, from, place)?, level(ladder, to, place)?))
}

/// The skill named by id or name, in any case; otherwise an error that suggests
/// the closest and lists the known ids.
pub fn skill<'a>(
    ladder: &'a CheckedLadder,
    name: &str,
    place: &dyn Display,
) -> anyhow::Result<&'a Skill> {
    if let Some(skill) = ladder.find_skill(name) {
        return Ok(skill);
    }
    let skills = ladder.skills();
    let keys = skills.iter().flat_map(|s| {
        let id = s.id.as_str();
        [(fold(id), id), (fold(&s.name), id)]
    });
    let close: Vec<&str> = suggest(name, keys).into_iter().take(1).collect();
    let ids: Vec<&str> = skills.iter().map(|s| s.id.as_str()).collect();
    Err(not_found(
        "skill",
        name,
        place,
        &close,
        &ids,
        "`ladder skill` lists them",
    ))
}

/// The track with id `id`; otherwise an error that lists the known ids.
pub fn track<'a>(
    ladder: &'a CheckedLadder,
    id: &str,
    place: &dyn Display,
) -> anyhow::Result<&'a Track> {
    if let Some(track) = ladder.tracks().iter().find(|t| t.id == id) {
        return Ok(track);
    }
    let ids: Vec<&str> = ladder.tracks().iter().map(|t| t.id.as_str()).collect();
    Err(not_found(
        "track",
        id,
        place,
        &[],
        &ids,
        "`ladder list` shows them",
    ))
}

/// `no KIND 'NAME' in PLACE; did you mean …? (known: …)`.
fn not_found(
    kind: &str,
    name: &str,
    place: &dyn Display,
    close: &[&str],
    ids: &[&str],
    all: &str,
) -> anyhow::Error {
    let hint = match close {
        [] => String::new(),
        [one] => format!("; did you mean '{one}'?"),
        many => format!("; did you mean one of '{}'?", many.join("', '")),
    };
    let known = known(ids, Some(all));
    anyhow::anyhow!("no {kind} '{name}' in {place}{hint} (known: {known})")
}

/// The things whose lower-cased key is within a few edits of `wanted` or starts
/// with it, closest first and each once, at most three. `keys` pairs each key
/// with the thing it names; among equally close things the smaller comes first.
pub fn suggest<T: Ord + Copy>(
    wanted: &str,
    keys: impl Iterator<Item = (impl AsRef<str>, T)>,
) -> Vec<T> {
    let wanted = fold(wanted);
    let budget = (wanted.chars().count() / 3).max(1);
    let mut scored: Vec<(usize, T)> = keys
        .filter_map(|(key, thing)| {
            let key = key.as_ref();
            let distance = if key.starts_with(&wanted) && !wanted.is_empty() {
                0
            } else {
                edit_distance(&wanted, key)
            };
            (distance <= budget).then_some((distance, thing))
        })
        .collect();
    scored.sort_unstable();
    let mut things: Vec<T> = Vec::new();
    for (_, thing) in scored {
        if !things.contains(&thing) && things.len() < SUGGESTIONS {
            things.push(thing);
        }
    }
    things
}

/// The first ids of a list for a message, with a count (and where to see them
/// all, when `all` says) when it is long; `(none)` when it is empty.
pub fn known(ids: &[&str], all: Option<&str>) -> String {
    if ids.is_empty() {
        return "(none)".to_string();
    }
    let mut known = ids[..ids.len().min(KNOWN_SHOWN)].join(", ");
    if ids.len() > KNOWN_SHOWN {
        let count = ids.len();
        let _ = match all {
            Some(all) => write!(known, ", … ({count} in all; {all})"),
            None => write!(known, ", … ({count} in all)"),
        };
    }
    known
}

/// Levenshtein distance over characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("dirctor", "director"), 1);
        assert_eq!(edit_distance("", "em"), 2);
        assert_eq!(edit_distance("staff", "staff"), 0);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn suggestions_are_close_or_start_alike_and_each_once() {
        let keys = [("director", 0), ("dir", 0), ("designer", 1), ("vp", 2)];
        assert_eq!(suggest("dirctor", keys.into_iter()), [0]);
        assert_eq!(suggest("d", keys.into_iter()), [0, 1]);
        assert!(suggest("zzzz", keys.into_iter()).is_empty());
    }

    #[test]
    fn known_ids_are_shortened() {
        let ids: Vec<String> = (0..20).map(|i| format!("l{i}")).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        assert!(known(&ids, None).ends_with("l11, … (20 in all)"));
        assert!(known(&ids, Some("see all")).ends_with("(20 in all; see all)"));
        assert_eq!(known(&[], None), "(none)");
    }
}
