//! The ladder's own fields and catalogues (categories, tracks, skills,
//! sources, roles): every change to them is editorial, since no level asks
//! more or less for it.

use super::compare::{Changes, Class, join_some, with};
use crate::ladder::hash::{HashMap, HashSet};
use crate::ladder::{CheckedLadder, Text};

/// The title, summary and catalogues: all editorial.
pub(super) fn ladder_fields(out: &mut Changes, old: &CheckedLadder, new: &CheckedLadder) {
    let (a, b) = (old.data(), new.data());
    out.text(
        None,
        "title-changed",
        "title",
        Some(&a.title),
        Some(&b.title),
    );
    let summaries = (a.summary.as_deref(), b.summary.as_deref());
    out.text(None, "summary-changed", "summary", summaries.0, summaries.1);
    let categories = |l: &CheckedLadder| entries(l.categories(), |c| (&c.id, c.name.to_string()));
    catalogue(out, "category", &categories(old), &categories(new));
    let tracks = |l: &CheckedLadder| {
        entries(l.tracks(), |t| {
            (&t.id, with(&t.name, " — ", t.summary.as_deref()))
        })
    };
    catalogue(out, "track", &tracks(old), &tracks(new));
    let skills = |l: &CheckedLadder| {
        entries(l.skills(), |s| {
            (&s.id, format!("{} ({})", s.name, s.category))
        })
    };
    catalogue(out, "skill", &skills(old), &skills(new));
    let sources = |l: &CheckedLadder| {
        entries(l.sources(), |s| {
            (&s.id, with(&s.title, " ", s.url.as_deref()))
        })
    };
    catalogue(out, "source", &sources(old), &sources(new));
    let roles = |l: &CheckedLadder| entries(&l.data().roles, |r| (&r.id, r.name.to_string()));
    catalogue(out, "role", &roles(old), &roles(new));
    let allowed = |l: &CheckedLadder| {
        let allow = l
            .data()
            .lint
            .as_ref()
            .map(|s| s.allow.as_slice())
            .unwrap_or_default();
        join_some(allow)
    };
    let (before, after) = (allowed(old), allowed(new));
    out.text(
        None,
        "lint-changed",
        "lint",
        before.as_deref(),
        after.as_deref(),
    );
}

/// Each of `items` as its id and the text that describes it.
fn entries<T>(items: &[T], entry: impl Fn(&T) -> (&Text, String)) -> Vec<(Text, String)> {
    items
        .iter()
        .map(|item| {
            let (id, text) = entry(item);
            (id.clone(), text)
        })
        .collect()
}

/// Entries of a catalogue added, removed and changed, matched by id.
fn catalogue(
    out: &mut Changes,
    kind: &'static str,
    before: &[(Text, String)],
    after: &[(Text, String)],
) {
    let old: HashMap<&str, &str> = before
        .iter()
        .map(|(id, s)| (id.as_str(), s.as_str()))
        .collect();
    let new: HashSet<&str> = after.iter().map(|(id, _)| id.as_str()).collect();
    let (added, removed, changed) = match kind {
        "category" => ("category-added", "category-removed", "category-changed"),
        "track" => ("track-added", "track-removed", "track-changed"),
        "skill" => ("skill-defined", "skill-undefined", "skill-redefined"),
        "source" => ("source-added", "source-removed", "source-changed"),
        _ => ("role-added", "role-removed", "role-changed"),
    };
    for (id, text) in after {
        match old.get(id.as_str()) {
            None => out.push(Class::Editorial, None, added, id, None, Some(text.clone())),
            Some(&was) if was != text => out.push(
                Class::Editorial,
                None,
                changed,
                id,
                Some(was.to_string()),
                Some(text.clone()),
            ),
            Some(_) => {}
        }
    }
    for (id, text) in before.iter().filter(|(id, _)| !new.contains(id.as_str())) {
        out.push(
            Class::Editorial,
            None,
            removed,
            id,
            Some(text.clone()),
            None,
        );
    }
}
