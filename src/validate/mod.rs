//! Checks a parsed ladder against every rule the file format states, collecting
//! all problems rather than stopping at the first, and builds the `Index` when
//! there are none.

use std::collections::{HashMap, HashSet};

mod graph;
mod level;

use crate::index::Index;
use crate::model::{Ladder, Range, SCHEMA_VERSION};
use crate::pointer::Pointer;

/// One broken rule, at the value that breaks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub pointer: Pointer,
    pub message: String,
}

/// Ids of one kind (tracks, skills, …) mapped to their position in the file.
pub(super) type Ids = HashMap<String, usize>;

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
    let level_keys = level::level_keys(&mut c, &ladder.levels, &levels);
    for (i, level) in ladder.levels.iter().enumerate() {
        let at = levels.index(i);
        level::check_level(&mut c, &at, level, &tracks, &skills, &sources, &level_ids);
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

/// The ids of `known` in file order, shortened when there are many.
pub(super) fn known_list(known: &Ids) -> String {
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
mod tests;
