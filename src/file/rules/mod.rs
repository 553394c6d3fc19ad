//! Checks a parsed ladder against every rule the file format states, collecting
//! all problems rather than stopping at the first, and builds the `CheckedLadder` when
//! there are none.

mod checker;
mod graph;
mod level;
mod text;

// Not used by build.rs, which checks the built-in ladder with these rules.
#[allow(unused_imports)]
pub use text::web_address;

pub(crate) use self::checker::Checker;
use crate::file::position::Pointer;
use crate::ladder::hash::HashMap;
use crate::ladder::model::SCHEMA_VERSION;
use crate::ladder::{Category, CheckedLadder, Ladder, Text};

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
    /// The earlier value this one clashes with, which the message names by
    /// its pointer, ending at this byte of the message: where the file is at
    /// hand, its line is told there.
    pub earlier: Option<(Pointer, usize)>,
}

/// Ids of one kind (tracks, skills, …) mapped to their position in the file.
pub(super) type Ids = HashMap<Text, usize>;

/// The most problems one file reports; past it, the others are counted.
pub const MAX_PROBLEMS: usize = 1000;

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
        ladder.sources.iter().map(|s| &s.id),
    );
    let roles = c.ids(
        || root().key("roles"),
        "role",
        ladder.roles.iter().map(|r| &r.id),
    );
    let tracks = c.ids(
        || root().key("tracks"),
        "track",
        ladder.tracks.iter().map(|t| &t.id),
    );
    let skills = c.ids(
        || root().key("skills"),
        "skill",
        ladder.skills.iter().map(|s| &s.id),
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
    let level_ids = c.ids(levels, "level", ladder.levels.iter().map(|l| &l.id));
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
        all: &ladder.levels,
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
    let ids = c.ids(at, "category", listed.iter().map(|k| &k.id));
    for (i, skill) in ladder.skills.iter().enumerate() {
        if !ids.contains_key(&skill.category) {
            let names = c.known("category", &ids);
            let hint = c.hint(("category", &skill.category), &ids, None);
            let message = format!(
                "unknown category '{}' on skill '{}'{hint} known categories: {names}",
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

#[cfg(test)]
mod tests;
