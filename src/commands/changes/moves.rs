//! Promotions and lateral moves taken away (breaking) or added (relaxing).
//! A lateral move is one pair of levels whichever of them declares it.

use super::compare::{Changes, Class, as_set, join};
use crate::ladder::hash::{HashMap, HashMapExt, HashSet};
use crate::ladder::{CheckedLadder, Level, Text};

/// Each lateral move of a ladder, either way round, with its sources.
pub(super) type Pairs<'a> = HashMap<(&'a str, &'a str), &'a [Text]>;

pub(super) fn lateral_pairs(ladder: &CheckedLadder) -> Pairs<'_> {
    let mut pairs = Pairs::new();
    for level in ladder.levels() {
        for link in &level.lateral {
            let (a, b) = (level.id.as_str(), link.id.as_str());
            pairs.insert((a.min(b), a.max(b)), &link.sources);
        }
    }
    pairs
}

/// The lateral moves a level declares that the other version does not have
/// (either level may declare one), and those whose sources changed.
pub(super) fn laterals(
    out: &mut Changes,
    (a, b): (&Level, &Level),
    (old, new): &(Pairs, Pairs),
    alive: &HashSet<&str>,
) {
    let at = Some(&b.id);
    fn key<'k>(x: &'k str, y: &'k str) -> (&'k str, &'k str) {
        (x.min(y), x.max(y))
    }
    for link in &a.lateral {
        let pair = key(&a.id, &link.id);
        // A move to a level removed goes with that level.
        if !new.contains_key(&pair) && alive.contains(link.id.as_str()) {
            out.push(
                Class::Breaking,
                at,
                "lateral-removed",
                &link.id,
                Some(link.id.to_string()),
                None,
            );
        }
    }
    for link in &b.lateral {
        let pair = key(&b.id, &link.id);
        match old.get(&pair) {
            None => out.push(
                Class::Relaxing,
                at,
                "lateral-added",
                &link.id,
                None,
                Some(link.id.to_string()),
            ),
            Some(was) if as_set(was) != as_set(&link.sources) => {
                let subject = format!("lateral {}", link.id);
                out.push(
                    Class::Editorial,
                    at,
                    "sources-changed",
                    &subject,
                    Some(join(was)),
                    Some(join(&link.sources)),
                );
            }
            Some(_) => {}
        }
    }
}

/// Promotions taken away (breaking) and added (relaxing).
pub(super) fn moves(
    out: &mut Changes,
    at: Option<&Text>,
    had: &HashSet<&str>,
    has: &HashSet<&str>,
) {
    let mut gone: Vec<&str> = had.difference(has).copied().collect();
    let mut new: Vec<&str> = has.difference(had).copied().collect();
    gone.sort_unstable();
    new.sort_unstable();
    let (removed, added) = ("promotion-removed", "promotion-added");
    for id in gone {
        out.push(Class::Breaking, at, removed, id, Some(id.to_string()), None);
    }
    for id in new {
        out.push(Class::Relaxing, at, added, id, None, Some(id.to_string()));
    }
}
