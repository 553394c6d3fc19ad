//! Checks a parsed ladder against every rule the file format states, collecting
//! all problems rather than stopping at the first, and builds the `CheckedLadder` when
//! there are none.

use std::collections::{HashMap, HashSet};

mod graph;
mod level;
mod text;

use crate::file::position::Pointer;
use crate::ladder::model::SCHEMA_VERSION;
use crate::ladder::model::is_id;
use crate::ladder::{Category, CheckedLadder, CitedRange, Ladder, Text, find};

/// Every broken rule found: the first `MAX_PROBLEMS`, and a count of the rest.
#[derive(Debug)]
pub struct Problems {
    pub list: Vec<Problem>,
    pub more: usize,
}

/// One broken rule, at the value that breaks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub pointer: Pointer,
    pub message: String,
}

/// Ids of one kind (tracks, skills, …) mapped to their position in the file.
pub(super) type Ids = HashMap<Text, usize>;

/// The most problems one file reports; past it, the others are counted.
pub const MAX_PROBLEMS: usize = 1000;

#[derive(Default)]
pub(crate) struct Checker {
    pub(crate) problems: Vec<Problem>,
    /// How many problems were found past `MAX_PROBLEMS`.
    more: usize,
    /// The known ids of each kind, as messages list them, made once: a file with
    /// thousands of unknown references must not sort the catalogue thousands of times.
    known: HashMap<&'static str, String>,
}

// Pointers are built only when a problem is reported: a valid ladder costs no
// pointer at all, which keeps loading fast.
impl Checker {
    pub(crate) fn report(&mut self, pointer: Pointer, message: String) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem { pointer, message });
        } else {
            self.more += 1;
        }
    }

    /// The ids of `ids` for a message; each kind of id has one map.
    fn known(&mut self, kind: &'static str, ids: &Ids) -> String {
        self.known
            .entry(kind)
            .or_insert_with(|| known_list(ids))
            .clone()
    }

    /// Whether `id` follows the one rule for ids of every kind, reporting it
    /// when it does not: ids are written into shell scripts, anchors and
    /// messages, so they are kept to lower-case ASCII words joined by '-'.
    fn id_rule(&mut self, at: impl FnOnce() -> Pointer, kind: &str, id: &str) -> bool {
        if id.trim().is_empty() {
            self.report(at(), format!("{kind} id must not be empty"));
            return false;
        }
        if !is_id(id) {
            let message = format!(
                "{kind} id '{id}' is not kebab-case; expected lower-case words joined by '-', like 'tech-lead'"
            );
            self.report(at(), message);
            return false;
        }
        true
    }

    /// Collects the ids of one list, reporting empty, malformed and repeated ones.
    fn ids<'a>(
        &mut self,
        list: impl Fn() -> Pointer,
        kind: &str,
        ids: impl Iterator<Item = &'a str>,
    ) -> Ids {
        let mut seen = Ids::new();
        for (i, id) in ids.enumerate() {
            if !self.id_rule(|| list().index(i).key("id"), kind, id) {
                continue;
            }
            if let Some(first) = seen.get(id) {
                let list = list();
                let message = format!(
                    "duplicate {kind} id '{id}': {list}[{first}] has it already; ids must be unique"
                );
                self.report(list.index(i).key("id"), message);
            } else {
                seen.insert(id.into(), i);
            }
        }
        seen
    }

    /// Checks that every entry of `refs` names a known id, once.
    fn refs<S: AsRef<str>>(
        &mut self,
        list: impl Fn() -> Pointer,
        kind: &'static str,
        owner: &str,
        refs: &[S],
        known: &Ids,
    ) {
        let mut seen = Seen::new(refs.len());
        for (i, id) in refs.iter().enumerate() {
            let id = id.as_ref();
            if !known.contains_key(id) {
                let names = self.known(kind, known);
                let message =
                    format!("unknown {kind} '{id}' on level '{owner}'; known {kind}s: {names}");
                self.report(list().index(i), message);
            } else if seen.repeated(refs, i) {
                self.report(
                    list().index(i),
                    format!("{kind} '{id}' is listed twice on level '{owner}'"),
                );
            }
        }
    }

    /// Reports ids that repeat an earlier one in the same list, and empty ones.
    fn unique<'a>(
        &mut self,
        list: impl Fn() -> Pointer,
        kind: &str,
        ids: impl Iterator<Item = &'a str>,
    ) {
        let ids: Vec<&str> = ids.collect();
        let mut seen = Seen::new(ids.len());
        for (i, id) in ids.iter().enumerate() {
            if !self.id_rule(|| list().index(i).key("id"), kind, id) {
                continue;
            }
            if seen.repeated(&ids, i) {
                let message = format!(
                    "duplicate {kind} id '{id}' in {}; ids must be unique",
                    list()
                );
                self.report(list().index(i).key("id"), message);
            }
        }
    }

    fn range(
        &mut self,
        at: impl Fn() -> Pointer,
        field: &str,
        range: Option<&CitedRange>,
        ceiling: Option<u32>,
    ) {
        let Some(&CitedRange { min, max, .. }) = range else {
            return;
        };
        if min > max {
            let message = format!("{field} min {min} is above its max {max}; expected min <= max");
            self.report(at().key("min"), message);
        }
        if let Some(ceiling) = ceiling.filter(|&c| max > c) {
            let message = format!("{field} max {max} is out of range; expected 0 to {ceiling}");
            self.report(at().key("max"), message);
        }
    }
}

/// Finds repeats in a list: by scanning when it is short, which is most lists
/// and costs no allocation, through a set when it is long.
enum Seen<'a> {
    Scan,
    Set(HashSet<&'a str>),
}

impl<'a> Seen<'a> {
    fn new(len: usize) -> Self {
        if len > 16 {
            Seen::Set(HashSet::with_capacity(len))
        } else {
            Seen::Scan
        }
    }

    /// Whether `ids[i]` equals an earlier id; call it for each `i` in order.
    fn repeated<S: AsRef<str>>(&mut self, ids: &'a [S], i: usize) -> bool {
        let id = ids[i].as_ref();
        match self {
            Seen::Scan => ids[..i].iter().any(|earlier| earlier.as_ref() == id),
            Seen::Set(set) => !set.insert(id),
        }
    }
}

/// Checks `ladder`; on success returns it indexed, otherwise every problem found.
pub fn check(mut ladder: Ladder) -> Result<CheckedLadder, Problems> {
    let mut c = Checker::default();
    let categories = categories(&mut c, &mut ladder);
    let root = Pointer::root;
    if ladder.schema != SCHEMA_VERSION {
        let found = ladder.schema;
        let message = format!(
            "schema version {found} is not supported; this release reads schema {SCHEMA_VERSION}"
        );
        c.report(root().key("schema"), message);
    }
    text::check(&mut c, &ladder);
    let sources = c.ids(
        || root().key("sources"),
        "source",
        ladder.sources.iter().map(|s| s.id.as_str()),
    );
    let roles = c.ids(
        || root().key("roles"),
        "role",
        ladder.roles.iter().map(|r| r.id.as_str()),
    );
    let tracks = c.ids(
        || root().key("tracks"),
        "track",
        ladder.tracks.iter().map(|t| t.id.as_str()),
    );
    let skills = c.ids(
        || root().key("skills"),
        "skill",
        ladder.skills.iter().map(|s| s.id.as_str()),
    );
    if ladder.tracks.is_empty() {
        c.report(
            root().key("tracks"),
            "a ladder needs at least one track".to_string(),
        );
    }
    if ladder.levels.is_empty() {
        c.report(
            root().key("levels"),
            "a ladder needs at least one level".to_string(),
        );
    }
    let levels = || root().key("levels");
    let level_ids = c.ids(levels, "level", ladder.levels.iter().map(|l| l.id.as_str()));
    let level_keys = level::level_keys(&mut c, &ladder.levels);
    let skills_named = ladder
        .skills
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str()));
    level::name_keys(&mut c, "skill", "skills", skills_named);
    let tracks_named = ladder
        .tracks
        .iter()
        .map(|t| (t.id.as_str(), t.name.as_str()));
    level::name_keys(&mut c, "track", "tracks", tracks_named);
    level::roles_apart(&mut c, &ladder.roles, &ladder.levels, &level_keys);
    let known = level::Known {
        tracks: &tracks,
        skills: &skills,
        sources: &sources,
        levels: &level_ids,
        roles: &roles,
    };
    for (i, level) in ladder.levels.iter().enumerate() {
        level::check_level(&mut c, i, level, &known);
    }
    let next = graph::resolve(&ladder.levels, |l| l.next.as_slice(), &level_ids);
    let lateral = graph::resolve(&ladder.levels, |l| l.lateral.as_slice(), &level_ids);
    let peers = graph::peer_groups(&lateral);
    let depth = graph::depth(&mut c, &ladder.levels, &next, &peers, &levels());
    match depth {
        Some(depth) if c.problems.is_empty() => Ok(CheckedLadder {
            edges: graph::edges(&next, &lateral),
            depth,
            level_keys,
            skill_ids: skills,
            track_ids: tracks,
            source_ids: sources,
            category_ids: categories,
            data: ladder,
        }),
        _ => Err(Problems {
            list: c.problems,
            more: c.more,
        }),
    }
}

/// The skill categories' ids, checked, and every skill's category checked
/// against them. A ladder that lists no categories gets the default four.
fn categories(c: &mut Checker, ladder: &mut Ladder) -> Ids {
    let listed = ladder.categories.get_or_insert_with(Category::defaults);
    let at = || Pointer::root().key("categories");
    if listed.is_empty() {
        let message = "categories, when given, needs at least one category; leave it out for \
                       the default four (technical, relational, organizational, business)";
        c.report(at(), message.to_string());
    }
    for (i, category) in listed.iter().enumerate() {
        c.one_line(|| at().index(i).key("name"), "name", &category.name);
    }
    let ids = c.ids(at, "category", listed.iter().map(|k| k.id.as_str()));
    for (i, skill) in ladder.skills.iter().enumerate() {
        if !ids.contains_key(&skill.category) {
            let names = c.known("category", &ids);
            let message = format!(
                "unknown category '{}' on skill '{}'; known categories: {names}",
                skill.category, skill.id
            );
            c.report(
                Pointer::root().key("skills").index(i).key("category"),
                message,
            );
        }
    }
    ids
}

/// The ids of `known` in file order, shortened when there are many.
fn known_list(known: &Ids) -> String {
    let mut ids: Vec<(&usize, &Text)> = known.iter().map(|(id, i)| (i, id)).collect();
    ids.sort_unstable();
    let ids: Vec<&str> = ids.iter().map(|(_, id)| id.as_str()).collect();
    find::known(&ids, None)
}

#[cfg(test)]
mod tests;
