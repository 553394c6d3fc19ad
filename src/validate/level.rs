//! The rules for one level, and the keys (ids, aliases, names) that name levels.

use std::collections::HashMap;

use super::{Checker, Ids, known_list};
use crate::model::Level;
use crate::pointer::Pointer;

pub(super) fn check_level(
    c: &mut Checker,
    at: &Pointer,
    level: &Level,
    tracks: &Ids,
    skills: &Ids,
    sources: &Ids,
    levels: &Ids,
) {
    let id = level.id.as_str();
    c.non_empty(at.key("name"), "name", &level.name);
    c.non_empty(at.key("role"), "role", &level.role);
    c.non_empty(at.key("scope"), "scope", &level.scope);
    if !tracks.contains_key(&level.track) {
        let names = known_list(tracks);
        c.report(
            at.key("track"),
            format!(
                "unknown track '{}' on level '{id}'; known tracks: {names}",
                level.track
            ),
        );
    }
    if level.responsibilities.is_empty() {
        c.report(
            at.key("responsibilities"),
            format!("level '{id}' needs at least one responsibility"),
        );
    }
    let duties = at.key("responsibilities");
    c.ids(
        duties.clone(),
        "responsibility",
        level.responsibilities.iter().map(|r| r.id.as_str()),
    );
    for (i, duty) in level.responsibilities.iter().enumerate() {
        c.non_empty(duties.index(i).key("name"), "name", &duty.name);
    }
    c.refs(at.key("skills"), "skill", id, &level.skills, skills);
    c.refs(at.key("sources"), "source", id, &level.sources, sources);
    for (field, list) in [
        ("next", &level.next),
        ("lateral", &level.lateral),
        ("reports_to", &level.reports_to),
    ] {
        c.refs(at.key(field), "level", id, list, levels);
        if let Some(i) = list.iter().position(|other| other == id) {
            c.report(
                at.key(field).index(i),
                format!("level '{id}' lists itself under {field}; name another level"),
            );
        }
    }
    c.range(at.key("coding"), "coding", level.coding, Some(100));
    c.range(at.key("span"), "span", level.span, None);
}

/// Maps the lower-cased ids, aliases and names of levels to the level, reporting
/// any key two levels share: a lookup by it could not tell them apart.
pub(super) fn level_keys(
    c: &mut Checker,
    levels: &[Level],
    list: &Pointer,
) -> HashMap<String, usize> {
    let mut keys: HashMap<String, usize> = HashMap::with_capacity(levels.len() * 3);
    for (i, level) in levels.iter().enumerate() {
        keys.entry(level.id.to_lowercase()).or_insert(i);
        if !is_kebab(&level.id) {
            c.report(
                list.index(i).key("id"),
                format!(
                    "level id '{}' is not kebab-case; expected lower-case words joined by '-', like 'tech-lead'",
                    level.id
                ),
            );
        }
    }
    let aliases = levels.iter().enumerate().flat_map(|(i, l)| {
        l.aliases
            .iter()
            .enumerate()
            .map(move |(j, a)| (i, list.index(i).key("aliases").index(j), a, "alias"))
    });
    let names = levels
        .iter()
        .enumerate()
        .map(|(i, l)| (i, list.index(i).key("name"), &l.name, "name"));
    for (i, at, key, kind) in aliases.chain(names) {
        if kind == "alias" && !is_kebab(key) {
            c.report(
                at.clone(),
                format!("alias '{key}' is not kebab-case; expected lower-case words joined by '-', like 'eng-manager'"),
            );
        }
        match keys.get(&key.to_lowercase()) {
            Some(&other) if other != i => {
                let owner = &levels[other].id;
                c.report(at, format!("{kind} '{key}' of level '{}' is already the id, alias or name of level '{owner}'; each must name one level", levels[i].id));
            }
            Some(_) if kind == "alias" => c.report(
                at,
                format!(
                    "alias '{key}' repeats another name of level '{}'",
                    levels[i].id
                ),
            ),
            Some(_) => {}
            None => {
                keys.insert(key.to_lowercase(), i);
            }
        }
    }
    keys
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}
