//! The changes of one level both versions have: its place, its texts and
//! lists, its ranges, duties and skills.

use super::compare::{Changes, Class, as_set, join_some, with};
use super::moves::moves;
use super::rank::Rank;
use crate::ladder::hash::{HashMap, HashSet};
use crate::ladder::{CheckedLadder, CitedRange, Level, Text};

/// The changes of one level both versions have.
pub(super) fn level(
    out: &mut Changes,
    old: &CheckedLadder,
    new: &CheckedLadder,
    (a, b): (&Level, &Level),
    (was, is): (Option<Rank>, Option<Rank>),
) {
    let at = Some(&b.id);
    out.text(at, "level-renamed", "name", Some(&a.name), Some(&b.name));
    if a.track != b.track {
        let (from, to) = (a.track.to_string(), b.track.to_string());
        out.push(
            Class::Breaking,
            at,
            "level-moved",
            "track",
            Some(from),
            Some(to),
        );
    }
    if was != is && a.track == b.track {
        // The rank in the track: one more than the steps below it.
        let rank = |r: Option<Rank>| r.map(|(below, _)| (below + 1).to_string());
        out.push(
            Class::Breaking,
            at,
            "level-reranked",
            "rank",
            rank(was),
            rank(is),
        );
    }
    for (field, from, to) in [
        ("role", Some(a.role.as_str()), Some(b.role.as_str())),
        ("scope", Some(a.scope.as_str()), Some(b.scope.as_str())),
        ("summary", a.summary.as_deref(), b.summary.as_deref()),
        ("shift", a.shift.as_deref(), b.shift.as_deref()),
    ] {
        out.text(at, "text-changed", field, from, to);
    }
    for (field, from, to) in [
        ("aliases", &a.aliases, &b.aliases),
        ("pitfalls", &a.pitfalls, &b.pitfalls),
        ("sources", &a.sources, &b.sources),
        ("reports_to", &a.reports_to, &b.reports_to),
    ] {
        if as_set(from) != as_set(to) || (field == "pitfalls" && from != to) {
            out.text(
                at,
                "list-changed",
                field,
                join_some(from).as_deref(),
                join_some(to).as_deref(),
            );
        }
    }
    for (field, from, to) in [("coding", &a.coding, &b.coding), ("span", &a.span, &b.span)] {
        range(out, at, field, from.as_ref(), to.as_ref());
    }
    duties(out, at, a, b);
    let skill_name = |ladder: &CheckedLadder, id: &str| ladder.skill(id).name.to_string();
    let (had, has) = (as_set(&a.skills), as_set(&b.skills));
    for id in b.skills.iter().filter(|id| !had.contains(id.as_str())) {
        out.push(
            Class::Breaking,
            at,
            "skill-added",
            id,
            None,
            Some(skill_name(new, id)),
        );
    }
    for id in a.skills.iter().filter(|id| !has.contains(id.as_str())) {
        out.push(
            Class::Relaxing,
            at,
            "skill-removed",
            id,
            Some(skill_name(old, id)),
            None,
        );
    }
    moves(out, at, &as_set(&a.next), &as_set(&b.next));
}

/// A range set, dropped or moved. Its bottom is what the level asks at least:
/// a range set, or one whose bottom rises, asks more (breaking); one dropped,
/// or moved without its bottom rising (lowered, widened, its top moved), asks
/// less (relaxing); a range that stays but changes its sources is editorial.
fn range(
    out: &mut Changes,
    at: Option<&Text>,
    field: &str,
    a: Option<&CitedRange>,
    b: Option<&CitedRange>,
) {
    let shown = |r: Option<&CitedRange>| r.map(|r| format!("{}–{}", r.min, r.max));
    let class = match (a, b) {
        (None, None) => return,
        (None, Some(_)) => Class::Breaking,
        (Some(_), None) => Class::Relaxing,
        // The bottom of a range is what a level asks at least.
        (Some(a), Some(b)) if b.min > a.min => Class::Breaking,
        (Some(a), Some(b)) if (a.min, a.max) != (b.min, b.max) => Class::Relaxing,
        (Some(a), Some(b)) => {
            if as_set(&a.sources) != as_set(&b.sources) {
                let (from, to) = (join_some(&a.sources), join_some(&b.sources));
                out.push(Class::Editorial, at, "sources-changed", field, from, to);
            }
            return;
        }
    };
    out.push(class, at, "range-changed", field, shown(a), shown(b));
}

/// Duties added (breaking), removed (relaxing) and reworded (editorial), by id.
fn duties(out: &mut Changes, at: Option<&Text>, a: &Level, b: &Level) {
    let old: HashMap<&str, usize> = (a.responsibilities.iter().enumerate())
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let new: HashSet<&str> = b.responsibilities.iter().map(|d| d.id.as_str()).collect();
    let text = |d: &crate::ladder::Responsibility| with(&d.name, ": ", d.detail.as_deref());
    for duty in &b.responsibilities {
        match old.get(duty.id.as_str()) {
            None => out.push(
                Class::Breaking,
                at,
                "responsibility-added",
                &duty.id,
                None,
                Some(text(duty)),
            ),
            Some(&i) => {
                let was = &a.responsibilities[i];
                let (from, to) = (text(was), text(duty));
                if from != to || as_set(&was.sources) != as_set(&duty.sources) {
                    out.push(
                        Class::Editorial,
                        at,
                        "responsibility-reworded",
                        &duty.id,
                        Some(from),
                        Some(to),
                    );
                }
            }
        }
    }
    for duty in a
        .responsibilities
        .iter()
        .filter(|d| !new.contains(d.id.as_str()))
    {
        out.push(
            Class::Relaxing,
            at,
            "responsibility-removed",
            &duty.id,
            Some(text(duty)),
            None,
        );
    }
}
