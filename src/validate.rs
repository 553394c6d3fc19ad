//! Checks a parsed ladder against every rule the file format states, collecting
//! all problems rather than stopping at the first, and builds the `Index` when
//! there are none.

use std::collections::{HashMap, HashSet};

use crate::graph;
use crate::index::Index;
use crate::model::{Ladder, Level, Range, SCHEMA_VERSION};
use crate::pointer::Pointer;

/// One broken rule, at the value that breaks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub pointer: Pointer,
    pub message: String,
}

/// Ids of one kind (tracks, skills, …) mapped to their position in the file.
type Ids = HashMap<String, usize>;

#[derive(Default)]
pub(crate) struct Checker {
    pub(crate) problems: Vec<Problem>,
}

impl Checker {
    pub(crate) fn report(&mut self, pointer: Pointer, message: String) {
        self.problems.push(Problem { pointer, message });
    }

    fn non_empty(&mut self, pointer: Pointer, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(pointer, format!("{field} must not be empty"));
        }
    }

    /// Collects the ids of one list, reporting empty and repeated ones.
    fn ids<'a>(&mut self, list: Pointer, kind: &str, ids: impl Iterator<Item = &'a str>) -> Ids {
        let mut seen = Ids::new();
        for (i, id) in ids.enumerate() {
            let at = list.index(i).key("id");
            if id.trim().is_empty() {
                self.report(at, format!("{kind} id must not be empty"));
            } else if let Some(first) = seen.get(id) {
                self.report(
                    at,
                    format!("duplicate {kind} id '{id}': {list}[{first}] has it already; ids must be unique"),
                );
            } else {
                seen.insert(id.to_string(), i);
            }
        }
        seen
    }

    /// Checks that every entry of `refs` names a known id, once.
    fn refs(&mut self, list: Pointer, kind: &str, owner: &str, refs: &[String], known: &Ids) {
        let mut seen = HashSet::new();
        for (i, id) in refs.iter().enumerate() {
            if !known.contains_key(id) {
                let names = known_list(known);
                self.report(
                    list.index(i),
                    format!("unknown {kind} '{id}' on level '{owner}'; known {kind}s: {names}"),
                );
            } else if !seen.insert(id) {
                self.report(
                    list.index(i),
                    format!("{kind} '{id}' is listed twice on level '{owner}'"),
                );
            }
        }
    }

    fn range(&mut self, at: Pointer, field: &str, range: Option<Range>, ceiling: Option<u32>) {
        let Some(Range { min, max }) = range else {
            return;
        };
        if min > max {
            self.report(
                at.key("min"),
                format!("{field} min {min} is above its max {max}; expected min <= max"),
            );
        }
        if let Some(ceiling) = ceiling.filter(|&c| max > c) {
            self.report(
                at.key("max"),
                format!("{field} max {max} is out of range; expected 0 to {ceiling}"),
            );
        }
    }
}

/// Checks `ladder`; on success returns it indexed, otherwise every problem found.
pub fn check(ladder: Ladder) -> Result<Index, Vec<Problem>> {
    let mut c = Checker::default();
    let root = Pointer::root();
    if ladder.schema != SCHEMA_VERSION {
        let found = ladder.schema;
        c.report(
            root.key("schema"),
            format!("schema version {found} is not supported; this release reads schema {SCHEMA_VERSION}"),
        );
    }
    c.non_empty(root.key("title"), "title", &ladder.title);
    let sources = c.ids(
        root.key("sources"),
        "source",
        ladder.sources.iter().map(|s| s.id.as_str()),
    );
    let tracks = c.ids(
        root.key("tracks"),
        "track",
        ladder.tracks.iter().map(|t| t.id.as_str()),
    );
    let skills = c.ids(
        root.key("skills"),
        "skill",
        ladder.skills.iter().map(|s| s.id.as_str()),
    );
    for (name, empty) in [
        ("track", ladder.tracks.is_empty()),
        ("level", ladder.levels.is_empty()),
    ] {
        if empty {
            c.report(
                root.key(if name == "track" { "tracks" } else { "levels" }),
                format!("a ladder needs at least one {name}"),
            );
        }
    }
    let levels = root.key("levels");
    let level_ids = c.ids(
        levels.clone(),
        "level",
        ladder.levels.iter().map(|l| l.id.as_str()),
    );
    let level_keys = level_keys(&mut c, &ladder.levels, &levels);
    for (i, level) in ladder.levels.iter().enumerate() {
        let at = levels.index(i);
        check_level(&mut c, &at, level, &tracks, &skills, &sources, &level_ids);
    }
    let next = graph::resolve(&ladder.levels, |l| &l.next, &level_ids);
    let lateral = graph::resolve(&ladder.levels, |l| &l.lateral, &level_ids);
    let peers = graph::peer_groups(&lateral);
    let depth = graph::depth(&mut c, &ladder.levels, &next, &peers, &levels);
    match depth {
        Some(depth) if c.problems.is_empty() => Ok(Index {
            edges: graph::edges(&next, &lateral),
            depth,
            level_keys,
            skill_ids: skills,
            track_ids: tracks,
            ladder,
        }),
        _ => Err(c.problems),
    }
}

fn check_level(
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
fn level_keys(c: &mut Checker, levels: &[Level], list: &Pointer) -> HashMap<String, usize> {
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

/// The ids of `known` in file order, shortened when there are many.
fn known_list(known: &Ids) -> String {
    const SHOWN: usize = 12;
    let mut ids: Vec<(&usize, &String)> = known.iter().map(|(id, i)| (i, id)).collect();
    ids.sort_unstable();
    let mut text = ids
        .iter()
        .take(SHOWN)
        .map(|(_, id)| id.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() > SHOWN {
        text.push_str(&format!(", … ({} in all)", ids.len()));
    }
    if text.is_empty() {
        text.push_str("(none)");
    }
    text
}

#[cfg(test)]
mod tests {
    use crate::load::{self, Diagnostic, Origin};

    const BASE: &str = "schema: 1
title: T
tracks: [{id: t, name: T}]
skills: [{id: s, name: S, category: technical}]
levels:
  - {id: a, name: A, track: t, role: r, scope: x, responsibilities: [{id: d, name: D}], skills: [s], next: [b]}
  - {id: b, name: B, track: t, role: r, scope: x, responsibilities: [{id: d, name: D}], skills: [s]}
";

    /// The problems found in BASE after replacing `from` with `to`.
    fn problems(from: &str, to: &str) -> Vec<Diagnostic> {
        assert!(BASE.contains(from), "{from}");
        let text = BASE.replacen(from, to, 1);
        load::check(&Origin::File("t.yaml".into()), &text).expect_err("should be invalid")
    }

    fn only(from: &str, to: &str) -> String {
        let found = problems(from, to);
        assert_eq!(found.len(), 1, "{found:#?}");
        found[0].to_string()
    }

    #[test]
    fn the_base_is_valid() {
        assert!(load::check(&Origin::Embedded, BASE).is_ok());
    }

    #[test]
    fn unknown_references_name_the_known_ids_and_the_position() {
        let found = only("skills: [s], next", "skills: [juggling], next");
        assert_eq!(
            found,
            "t.yaml:6:98: levels[0].skills[0]: unknown skill 'juggling' on level 'a'; known skills: s"
        );
        assert!(only("track: t, role: r, scope: x, responsibilities: [{id: d, name: D}], skills: [s], next", "track: u, role: r, scope: x, responsibilities: [{id: d, name: D}], skills: [s], next").contains("unknown track 'u' on level 'a'; known tracks: t"));
        assert!(
            only("next: [b]", "next: [c]")
                .contains("unknown level 'c' on level 'a'; known levels: a, b")
        );
    }

    #[test]
    fn duplicate_ids_and_names_are_reported() {
        let found = problems("id: b, name: B", "id: a, name: B");
        assert!(found.iter().any(|d| {
            d.to_string()
                .contains("duplicate level id 'a': levels[0] has it already")
        }));
        assert!(
            only("id: b, name: B", "id: b, name: a")
                .contains("name 'a' of level 'b' is already the id, alias or name of level 'a'")
        );
        assert!(
            only(
                "[{id: s, name: S, category: technical}]",
                "[{id: s, name: S, category: technical}, {id: s, name: Z, category: business}]"
            )
            .contains("duplicate skill id 's'")
        );
    }

    #[test]
    fn promotions_must_not_loop() {
        let found = only("skills: [s]}\n", "skills: [s], next: [a]}\n").replace("skills: [s]}", "");
        assert!(found.contains("promotion cycle a → b → a"), "{found}");
        assert!(only("next: [b]", "next: [a]").contains("level 'a' lists itself under next"));
        let lateral = only("skills: [s]}\n", "skills: [s], lateral: [a]}\n");
        assert!(
            lateral.contains("'b' is both a promotion and a lateral move away from 'a'"),
            "{lateral}"
        );
    }

    #[test]
    fn ranges_and_versions_are_checked() {
        assert!(
            only("next: [b]", "next: [b], coding: {min: 50, max: 20}")
                .contains("coding min 50 is above its max 20")
        );
        assert!(
            only("next: [b]", "next: [b], coding: {min: 0, max: 120}")
                .contains("coding max 120 is out of range; expected 0 to 100")
        );
        assert!(
            only("schema: 1", "schema: 2")
                .contains("schema version 2 is not supported; this release reads schema 1")
        );
        assert!(only("id: a,", "id: A_1,").contains("level id 'A_1' is not kebab-case"));
    }

    #[test]
    fn every_problem_is_reported_in_file_order() {
        let found = problems("skills: [s], next: [b]", "skills: [x], next: [z]");
        let lines: Vec<String> = found.iter().map(|d| d.to_string()).collect();
        assert_eq!(lines.len(), 2, "{lines:#?}");
        assert!(lines[0].contains("unknown skill 'x'") && lines[1].contains("unknown level 'z'"));
    }
}
