//! The rules for one level, and the keys (ids, aliases, names) that name levels
//! and skills, folded as lookups fold them.

use std::collections::HashMap;

use super::{Checker, Ids};
use crate::file::position::Pointer;
use crate::ladder::model::is_id;
use crate::ladder::{Level, Text, fold};

/// Where level `i` sits: `levels[i]`.
fn at(i: usize) -> Pointer {
    Pointer::root().key("levels").index(i)
}

/// Checks level `i` against the ids of the ladder's tracks, skills, sources and levels.
pub(super) fn check_level(
    c: &mut Checker,
    i: usize,
    level: &Level,
    tracks: &Ids,
    skills: &Ids,
    sources: &Ids,
    levels: &Ids,
) {
    let id = level.id.as_str();
    super::text::check_level(c, i, level);
    if !tracks.contains_key(&level.track) {
        let names = c.known("track", tracks);
        let message = format!(
            "unknown track '{}' on level '{id}'; known tracks: {names}",
            level.track
        );
        c.report(at(i).key("track"), message);
    }
    if level.responsibilities.is_empty() {
        let message = format!("level '{id}' needs at least one responsibility");
        c.report(at(i).key("responsibilities"), message);
    }
    let duties = || at(i).key("responsibilities");
    c.unique(
        duties,
        "responsibility",
        level.responsibilities.iter().map(|r| r.id.as_str()),
    );
    c.refs(|| at(i).key("skills"), "skill", id, &level.skills, skills);
    c.refs(
        || at(i).key("sources"),
        "source",
        id,
        &level.sources,
        sources,
    );
    for (field, list) in [
        ("next", &level.next),
        ("lateral", &level.lateral),
        ("reports_to", &level.reports_to),
    ] {
        c.refs(|| at(i).key(field), "level", id, list, levels);
        if let Some(j) = list.iter().position(|other| other == id) {
            let message = format!("level '{id}' lists itself under {field}; name another level");
            c.report(at(i).key(field).index(j), message);
        }
    }
    c.range(|| at(i).key("coding"), "coding", level.coding, Some(100));
    c.range(|| at(i).key("span"), "span", level.span, None);
}

/// Reports a thing of `kind` (skills, tracks: listed under `list`, each an
/// id and a name) whose folded name is the id or name of another of its kind:
/// a lookup by it could not tell them apart.
pub(super) fn name_keys<'a>(
    c: &mut Checker,
    kind: &str,
    list: &'static str,
    things: impl Iterator<Item = (&'a str, &'a str)> + Clone,
) {
    let ids: Vec<&str> = things.clone().map(|(id, _)| id).collect();
    let mut keys: HashMap<String, usize> = HashMap::with_capacity(ids.len() * 2);
    for (i, id) in ids.iter().enumerate() {
        keys.entry(fold(id)).or_insert(i);
    }
    for (i, (id, name)) in things.enumerate() {
        match keys.get(&fold(name)) {
            Some(&other) if other != i => {
                let message = format!(
                    "{kind} name '{name}' of {kind} '{id}' is already the id or name of {kind} \
                     '{}' (names compare without case, surrounding blanks or Unicode \
                     composition); each must name one {kind}",
                    ids[other]
                );
                c.report(Pointer::root().key(list).index(i).key("name"), message);
            }
            Some(_) => {}
            None => {
                keys.insert(fold(name), i);
            }
        }
    }
}

/// Maps the folded ids, aliases and names of levels to the level, reporting
/// any key two levels share: a lookup by it could not tell them apart.
pub(super) fn level_keys(c: &mut Checker, levels: &[Level]) -> HashMap<Text, usize> {
    let mut keys: HashMap<Text, usize> = HashMap::with_capacity(levels.len() * 3);
    for (i, level) in levels.iter().enumerate() {
        keys.entry(fold(&level.id).into()).or_insert(i);
    }
    // Aliases, then names: (level, where the key sits, the key, what it is).
    let aliases = levels.iter().enumerate().flat_map(|(i, l)| {
        l.aliases
            .iter()
            .enumerate()
            .map(move |(j, a)| (i, Some(j), a))
    });
    let names = levels.iter().enumerate().map(|(i, l)| (i, None, &l.name));
    for (i, alias, key) in aliases.chain(names) {
        let kind = if alias.is_some() { "alias" } else { "name" };
        let place = || match alias {
            Some(j) => at(i).key("aliases").index(j),
            None => at(i).key("name"),
        };
        if alias.is_some() && !is_id(key) {
            let message = format!(
                "alias '{key}' is not kebab-case; expected lower-case words joined by '-', like 'eng-manager'"
            );
            c.report(place(), message);
        }
        let lower = fold(key);
        match keys.get(lower.as_str()) {
            Some(&other) if other != i => {
                let (id, owner) = (&levels[i].id, &levels[other].id);
                let message = format!(
                    "{kind} '{key}' of level '{id}' is already the id, alias or name of level '{owner}' (names compare without case, surrounding blanks or Unicode composition); each must name one level"
                );
                c.report(place(), message);
            }
            Some(_) if alias.is_some() => {
                c.report(
                    place(),
                    format!(
                        "alias '{key}' repeats another name of level '{}'",
                        levels[i].id
                    ),
                );
            }
            Some(_) => {}
            None => {
                keys.insert(lower.into(), i);
            }
        }
    }
    keys
}
