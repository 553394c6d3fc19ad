//! Finding a level, skill or track from what a person typed, and saying what
//! would have matched when nothing does.
//!
//! `place` names the ladder in messages ("the built-in ladder", "'ours.yaml'"),
//! and the command that reads it again: the domain does not know where a
//! ladder came from, only how to say it.

use std::fmt::Display;

mod elsewhere;
mod suggest;

use self::elsewhere::{Kind, elsewhere};
pub use self::suggest::{edit_distance_within, known, suggest};
use super::checked::CheckedLadder;
use super::model::{Skill, Track};
use super::text::fold;

/// Where a ladder came from, as a sentence names it ("the built-in ladder",
/// "'ours.yaml'"), and how a command line reads it again.
pub trait Place: Display {
    /// The start of a command line that reads this ladder, for the commands
    /// a message suggests: `ladder`, or `ladder --ladder ours.yaml`.
    fn ladder(&self) -> String;
}

/// A ladder named in messages by `self`, that `ladder` reads with no
/// `--ladder` (the built-in ladder, or tests').
impl Place for &str {
    fn ladder(&self) -> String {
        "ladder".to_string()
    }
}

/// The level named by id, alias or name, in any case; otherwise an error that
/// suggests the closest names and lists the known ids.
pub fn level(ladder: &CheckedLadder, name: &str, place: &dyn Place) -> anyhow::Result<usize> {
    if let Some(level) = ladder.find_level(name) {
        return Ok(level);
    }
    let ids: Vec<&str> = ladder.levels().iter().map(|l| l.id.as_str()).collect();
    if let Some(instead) = elsewhere(ladder, name, Kind::Level, place) {
        anyhow::bail!(
            "{instead} (the levels: {})",
            known(&ids, Some(&shows(place, "list", "shows them")))
        );
    }
    let keys = ladder
        .level_keys
        .iter()
        .map(|(key, &level)| (key.as_str(), level));
    let close: Vec<String> = suggest(name, keys)
        .into_iter()
        .map(|level| spelled(ladder.level(level), name))
        .collect();
    Err(not_found(
        "level",
        name,
        place,
        &close,
        &ids,
        &shows(place, "list", "shows them"),
    ))
}

/// A level suggested for `typed`, quoted as the person nearly typed it: its
/// id, or the alias or name closest to what was typed, with its id
/// (`'manager' (em)`).
fn spelled(level: &super::model::Level, typed: &str) -> String {
    let typed: Vec<char> = fold(typed).chars().collect();
    let distance = |key: &str| {
        let key = fold(key);
        let most = typed.len() + key.chars().count();
        edit_distance_within(&typed, &key, most).unwrap_or(most)
    };
    let id = level.id.as_str();
    let others =
        std::iter::once(level.name.as_str()).chain(level.aliases.iter().map(|a| a.as_str()));
    match others.min_by_key(|key| distance(key)) {
        Some(key) if distance(key) < distance(id) => format!("'{key}' ({id})"),
        _ => format!("'{id}'"),
    }
}

/// Two levels, each named by id, alias or name.
pub fn pair(
    ladder: &CheckedLadder,
    from: &str,
    to: &str,
    place: &dyn Place,
) -> anyhow::Result<(usize, usize)> {
    Ok((level(ladder, from, place)?, level(ladder, to, place)?))
}

/// The skill named by id or name, in any case; otherwise an error that suggests
/// the closest and lists the known ids.
pub fn skill<'a>(
    ladder: &'a CheckedLadder,
    name: &str,
    place: &dyn Place,
) -> anyhow::Result<&'a Skill> {
    if let Some(skill) = ladder.find_skill(name) {
        return Ok(skill);
    }
    let skills = ladder.skills();
    let ids: Vec<&str> = skills.iter().map(|s| s.id.as_str()).collect();
    if let Some(instead) = elsewhere(ladder, name, Kind::Skill, place) {
        anyhow::bail!(
            "{instead} (the skills: {})",
            known(&ids, Some(&shows(place, "skill", "lists them")))
        );
    }
    let keys = skills.iter().flat_map(|s| {
        let id = s.id.as_str();
        [(fold(id), id), (fold(&s.name), id)]
    });
    let close: Vec<String> = (suggest(name, keys).into_iter().take(1))
        .map(|id| format!("'{id}'"))
        .collect();
    Err(not_found(
        "skill",
        name,
        place,
        &close,
        &ids,
        &shows(place, "skill", "lists them"),
    ))
}

/// The track named by id or name, in any case; otherwise an error that
/// suggests the closest and lists the known ids.
pub fn track<'a>(
    ladder: &'a CheckedLadder,
    name: &str,
    place: &dyn Place,
) -> anyhow::Result<&'a Track> {
    let tracks = ladder.tracks();
    let wanted = fold(name);
    let named = |t: &&Track| t.id.as_str() == wanted || fold(&t.name) == wanted;
    if let Some(track) = tracks
        .iter()
        .find(|t| t.id == name)
        .or_else(|| tracks.iter().find(named))
    {
        return Ok(track);
    }
    let ids: Vec<&str> = tracks.iter().map(|t| t.id.as_str()).collect();
    if let Some(instead) = elsewhere(ladder, name, Kind::Track, place) {
        anyhow::bail!(
            "{instead} (the tracks: {})",
            known(&ids, Some(&shows(place, "list", "shows them")))
        );
    }
    let keys = tracks.iter().flat_map(|t| {
        let id = t.id.as_str();
        [(fold(id), id), (fold(&t.name), id)]
    });
    let close: Vec<String> = (suggest(name, keys).into_iter())
        .map(|id| format!("'{id}'"))
        .collect();
    Err(not_found(
        "track",
        name,
        place,
        &close,
        &ids,
        &shows(place, "list", "shows them"),
    ))
}

/// "`ladder COMMAND` DOES", with the ladder `place` names.
fn shows(place: &dyn Place, command: &str, does: &str) -> String {
    format!("`{} {command}` {does}", place.ladder())
}

/// `no KIND 'NAME' in PLACE; did you mean …? (known: …)`, the suggestions
/// `close` quoted already.
fn not_found(
    kind: &str,
    name: &str,
    place: &dyn Place,
    close: &[String],
    ids: &[&str],
    all: &str,
) -> anyhow::Error {
    let hint = match close {
        [] => String::new(),
        [one] => format!("; did you mean {one}?"),
        many => format!("; did you mean one of {}?", many.join(", ")),
    };
    let known = known(ids, Some(all));
    anyhow::anyhow!("no {kind} '{name}' in {place}{hint} (known: {known})")
}
