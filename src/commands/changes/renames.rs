//! A level whose id changed, kept as an alias of the new one (`staff` become
//! `staff-eng` with `aliases: [staff]`): the same level, which every command
//! still finds by its old id, not one removed and another added.

use super::compare::{Change, Class};
use crate::ladder::hash::{HashMap, HashSet};
use crate::ladder::{CheckedLadder, Text};

/// The old ids that became new ones: an old level's id that the new ladder
/// has no more, held as an alias by exactly one new level whose id is new.
pub fn renames(old: &CheckedLadder, new: &CheckedLadder) -> HashMap<Text, Text> {
    let old_ids: HashSet<&str> = old.levels().iter().map(|l| l.id.as_str()).collect();
    let new_ids: HashSet<&str> = new.levels().iter().map(|l| l.id.as_str()).collect();
    // Each gone id, and the new levels that keep it as an alias.
    let mut kept: HashMap<&str, Vec<&Text>> = HashMap::default();
    for level in new
        .levels()
        .iter()
        .filter(|l| !old_ids.contains(l.id.as_str()))
    {
        for alias in &level.aliases {
            if old_ids.contains(alias.as_str()) && !new_ids.contains(alias.as_str()) {
                kept.entry(alias.as_str()).or_default().push(&level.id);
            }
        }
    }
    (kept.into_iter())
        .filter_map(|(was, is)| match is.as_slice() {
            [one] => Some((Text::from(was), (*one).clone())),
            _ => None,
        })
        .collect()
}

/// `old` with each renamed level under its new id, and every promotion,
/// lateral move and `reports_to` that names it too; `None` when there is
/// nothing to rename, or the result would not be a valid ladder.
pub fn renamed(old: &CheckedLadder, renames: &HashMap<Text, Text>) -> Option<CheckedLadder> {
    if renames.is_empty() {
        return None;
    }
    let mut ladder = old.data().clone();
    let to = |id: &mut Text| {
        if let Some(is) = renames.get(id) {
            *id = is.clone();
        }
    };
    for level in &mut ladder.levels {
        // The new id is no alias of the level it now names, and the old one
        // is, as the new ladder keeps it: the change says so once.
        if let Some(is) = renames.get(&level.id) {
            level.aliases.retain(|a| a != is);
            level.aliases.push(level.id.clone());
        }
        to(&mut level.id);
        let links = level.lateral.iter_mut().map(|l| &mut l.id);
        (level
            .next
            .iter_mut()
            .chain(&mut level.reports_to)
            .chain(links))
        .for_each(to);
    }
    crate::file::rules::check(ladder).ok()
}

/// The change that says a level's id changed, on the level under its new id.
pub fn id_changed(was: &Text, is: &Text) -> Change {
    Change {
        class: Class::Editorial,
        level: Some(is.clone()),
        kind: "level-id-changed",
        subject: Text::from("id"),
        from: Some(was.to_string()),
        to: Some(is.to_string()),
        note: None,
        above: None,
    }
}

/// `changes` with each rename's change put first among its level's, which
/// come in the new ladder's order: before the first change of a level at or
/// after it there, or at the end.
pub fn placed(changes: Vec<Change>, said: Vec<Change>, new: &CheckedLadder) -> Vec<Change> {
    let order: HashMap<&str, usize> = (new.levels().iter().enumerate())
        .map(|(i, l)| (l.id.as_str(), i))
        .collect();
    // Where a change's level stands: the ladder's own fields first, levels
    // the new ladder lacks (removed) last.
    let rank = |c: &Change| {
        (c.level.as_ref()).map(|id| order.get(id.as_str()).copied().unwrap_or(usize::MAX))
    };
    // Merged in one pass, the renames in order of their levels: each goes
    // before the first change whose level is at or after its own.
    let mut said: Vec<(Option<usize>, Change)> = said.into_iter().map(|c| (rank(&c), c)).collect();
    said.sort_by_key(|(r, _)| *r);
    let mut said = said.into_iter().peekable();
    let mut out = Vec::with_capacity(changes.len() + said.len());
    for change in changes {
        let here = rank(&change);
        while let Some((_, first)) = said.next_if(|(r, _)| *r <= here) {
            out.push(first);
        }
        out.push(change);
    }
    out.extend(said.map(|(_, c)| c));
    out
}
