//! Promotions and lateral moves taken away (breaking) or added (relaxing).
//! A lateral move is one pair of levels whichever of them declares it.

use super::compare::{Changes, Class, as_set, join_some};
use crate::ladder::hash::{HashMap, HashMapExt, HashSet};
use crate::ladder::{CheckedLadder, Text};

/// Each lateral move of a ladder, either way round: its sources (those of
/// both declarations when both levels declare it, in order, each once) and
/// the level that declares it (the first in the file when both do).
pub(super) type Pairs<'a> = HashMap<(&'a str, &'a str), (Vec<Text>, &'a str)>;

pub(super) fn lateral_pairs(ladder: &CheckedLadder) -> Pairs<'_> {
    let mut pairs = Pairs::new();
    for level in ladder.levels() {
        for link in &level.lateral {
            let (a, b) = (level.id.as_str(), link.id.as_str());
            let (sources, _) = (pairs.entry((a.min(b), a.max(b)))).or_insert((Vec::new(), a));
            for source in &link.sources {
                if !sources.contains(source) {
                    sources.push(source.clone());
                }
            }
        }
    }
    pairs
}

/// A lateral move's change, as reported on a level: its class and kind,
/// the level at the other end, and the values before and after.
pub(super) struct Lateral<'a> {
    class: Class,
    kind: &'static str,
    other: &'a str,
    from: Option<String>,
    to: Option<String>,
}

/// The lateral moves taken away (breaking), added (relaxing) and whose
/// sources changed (editorial), each once, by the level it is reported on: a
/// level both versions have, the one that declares the move if it is such a
/// level (in the old version for a move taken away, in the new for the
/// others), else the other end. A move between two levels added or removed
/// goes with them. Each level's changes come in that order, by the other end.
pub(super) fn lateral_changes<'a>(
    (old, new): &(Pairs<'a>, Pairs<'a>),
    both: impl Fn(&str) -> bool,
) -> HashMap<&'a str, Vec<Lateral<'a>>> {
    let on = |(x, y): (&'a str, &'a str), declarer: &'a str| {
        let other = if declarer == x { y } else { x };
        match (both(declarer), both(other)) {
            (true, _) => Some((declarer, other)),
            (false, true) => Some((other, declarer)),
            (false, false) => None,
        }
    };
    let mut found: Vec<(&'a str, u8, Lateral<'a>)> = Vec::new();
    for (&pair, &(_, declarer)) in old {
        if new.contains_key(&pair) {
            continue;
        }
        if let Some((at, other)) = on(pair, declarer) {
            let from = Some(other.to_string());
            found.push((
                at,
                0,
                lateral(Class::Breaking, "lateral-removed", other, from, None),
            ));
        }
    }
    for (&pair, (sources, declarer)) in new {
        let declarer = *declarer;
        let Some((at, other)) = on(pair, declarer) else {
            continue;
        };
        match old.get(&pair) {
            None => {
                let to = Some(other.to_string());
                found.push((
                    at,
                    1,
                    lateral(Class::Relaxing, "lateral-added", other, None, to),
                ));
            }
            Some((was, _)) if as_set(was) != as_set(sources) => {
                let (from, to) = (join_some(was), join_some(sources));
                let change = lateral(Class::Editorial, "sources-changed", other, from, to);
                found.push((at, 2, change));
            }
            Some(_) => {}
        }
    }
    found.sort_by(|a, b| (a.0, a.1, a.2.other).cmp(&(b.0, b.1, b.2.other)));
    let mut by_level: HashMap<&'a str, Vec<Lateral<'a>>> = HashMap::new();
    for (at, _, change) in found {
        by_level.entry(at).or_default().push(change);
    }
    by_level
}

fn lateral<'a>(
    class: Class,
    kind: &'static str,
    other: &'a str,
    from: Option<String>,
    to: Option<String>,
) -> Lateral<'a> {
    Lateral {
        class,
        kind,
        other,
        from,
        to,
    }
}

/// Reports `changes`, the lateral moves' changes of the level `at`.
pub(super) fn laterals(out: &mut Changes, at: &Text, changes: &[Lateral]) {
    for c in changes {
        let subject = match c.kind {
            "sources-changed" => format!("lateral {}", c.other),
            _ => c.other.to_string(),
        };
        out.push(
            c.class,
            Some(at),
            c.kind,
            &subject,
            c.from.clone(),
            c.to.clone(),
        );
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
