//! The rules for one level, and the keys (ids, aliases, names) that name levels
//! and skills, folded as lookups fold them.

use super::checker::Seen;
use super::{Checker, Ids};
use crate::file::position::Pointer;
use crate::ladder::hash::{HashMap, HashMapExt};
use crate::ladder::id::is_id;
use crate::ladder::{Level, Role, Text, fold};

/// Where level `i` sits: `levels[i]`.
fn at(i: usize) -> Pointer {
    Pointer::root().key("levels").index(i)
}

/// The ids a level may refer to, of each kind.
pub(super) struct Known<'a> {
    pub tracks: &'a Ids,
    pub skills: &'a Ids,
    pub sources: &'a Ids,
    pub levels: &'a Ids,
    pub roles: &'a Ids,
    /// Every level, for an alias written where an id belongs.
    pub all: &'a [Level],
}

/// Checks level `i` against the ids of the ladder's tracks, skills, sources,
/// levels and roles.
pub(super) fn check_level(c: &mut Checker, i: usize, level: &Level, known: &Known) {
    let Known {
        tracks,
        skills,
        sources,
        levels,
        all,
        ..
    } = *known;
    let id = level.id.as_str();
    super::text::check_level(c, i, level);
    if !tracks.contains_key(&level.track) {
        let names = c.known("track", tracks);
        let hint = c.hint(("track", &level.track), tracks, None);
        let message = format!(
            "unknown track '{}' on level '{id}'{hint} known tracks: {names}",
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
        ("responsibility", id),
        level.responsibilities.iter().map(|r| r.id.as_str()),
    );
    c.refs(
        || at(i).key("skills"),
        ("skill", None),
        id,
        &level.skills,
        skills,
    );
    let cite = |c: &mut Checker, at: &dyn Fn() -> Pointer, list: &[Text]| {
        c.refs(|| at().key("sources"), ("source", None), id, list, sources);
    };
    cite(c, &|| at(i), &level.sources);
    for (j, duty) in level.responsibilities.iter().enumerate() {
        cite(c, &|| at(i).key("responsibilities").index(j), &duty.sources);
    }
    for (field, list) in [("next", &level.next), ("reports_to", &level.reports_to)] {
        refs_apart(c, i, id, field, list);
    }
    refs_apart(c, i, id, "lateral", &level.lateral);
    let level_ids = ("level", Some(all));
    c.refs(|| at(i).key("next"), level_ids, id, &level.next, levels);
    c.refs(
        || at(i).key("lateral"),
        level_ids,
        id,
        &level.lateral,
        levels,
    );
    for (j, link) in level.lateral.iter().enumerate() {
        cite(c, &|| at(i).key("lateral").index(j), &link.sources);
    }
    reports_to(c, i, level, known);
    for (field, range, ceiling) in [
        ("coding", &level.coding, Some(100)),
        ("span", &level.span, None),
    ] {
        c.range(|| at(i).key(field), field, range.as_ref(), ceiling);
        if let Some(range) = range {
            cite(c, &|| at(i).key(field), &range.sources);
        }
    }
}

/// Reports a level that names itself under `field`.
fn refs_apart<S: AsRef<str>>(c: &mut Checker, i: usize, id: &str, field: &'static str, list: &[S]) {
    if let Some(j) = list.iter().position(|other| other.as_ref() == id) {
        let message = format!("level '{id}' lists itself under {field}; name another level");
        c.report(at(i).key(field).index(j), message);
    }
}

/// `reports_to` names levels, or roles outside the ladder, each once.
fn reports_to(c: &mut Checker, i: usize, level: &Level, known: &Known) {
    let (levels, roles) = (known.levels, known.roles);
    let list = &level.reports_to;
    let mut seen = Seen::new(list.len());
    for (j, id) in list.iter().enumerate() {
        if levels.contains_key(id) || roles.contains_key(id) {
            if seen.repeated(list, j) {
                let message = format!(
                    "'{id}' is listed twice under reports_to on level '{}'",
                    level.id
                );
                c.report(at(i).key("reports_to").index(j), message);
            }
            continue;
        }
        let mut names = c.known("level", levels);
        if !roles.is_empty() {
            names = format!("{names}; roles: {}", c.known("role", roles));
        }
        // A role written in other case is told before a level a few edits away.
        let near = match c.misnamed(("role", id), roles) {
            Some(misnamed) => misnamed,
            None => match c.hint(("level", id), levels, Some(known.all)) {
                near if near == ";" => c.hint(("role", id), roles, None),
                near => near,
            },
        };
        let message = format!(
            "unknown level or role '{id}' under reports_to on level '{}'{near} known levels: {names}; \
             a role outside the ladder, such as a CEO, goes under the top-level `roles`",
            level.id
        );
        c.report(at(i).key("reports_to").index(j), message);
    }
}

/// Reports a role outside the ladder whose id also names a level: `reports_to`
/// could not tell them apart.
pub(super) fn roles_apart(
    c: &mut Checker,
    roles: &[Role],
    levels: &[Level],
    level_keys: &HashMap<Text, usize>,
) {
    for (i, role) in roles.iter().enumerate() {
        if let Some(&level) = level_keys.get(fold(&role.id).as_str()) {
            let message = format!(
                "role id '{}' also names level '{}'; a role outside the ladder needs an id no level uses",
                role.id, levels[level].id
            );
            c.report(Pointer::root().key("roles").index(i).key("id"), message);
        }
    }
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
                let before = format!(
                    "{kind} name '{name}' of {kind} '{id}' is already the id or name of {kind} '{}' (",
                    ids[other]
                );
                let after = "; names compare without case, surrounding blanks or Unicode \
                             composition); each must name one {kind}";
                let after = after.replace("{kind}", kind);
                let earlier = Pointer::root().key(list).index(other);
                let place = Pointer::root().key(list).index(i).key("name");
                c.report_clash(place, earlier, before, &after);
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
        // An id by the rule folds to itself: its clone costs nothing when it
        // borrows from the file's text.
        let key = if is_id(&level.id) {
            level.id.clone()
        } else {
            fold(&level.id).into()
        };
        keys.entry(key).or_insert(i);
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
                let before = format!(
                    "{kind} '{key}' of level '{id}' is already the id, alias or name of level '{owner}' ("
                );
                let after = "; names compare without case, surrounding blanks or Unicode composition); each must name one level";
                c.report_clash(place(), at(other), before, after);
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
