//! The comparison of two versions of a ladder: every change, matched by id, and
//! its class for the people whose promotion depends on the ladder.
//!
//! The rule: a change is **breaking** when an existing level asks more (a duty
//! or skill added, a range set or its bottom raised, the level removed, moved
//! to another track or re-ranked within its track, a promotion or lateral move
//! taken away); **relaxing** when it asks less (a duty or skill removed, a
//! range dropped or moved without its bottom rising, a promotion or lateral
//! move added); **editorial** when no expectation of an existing level changes
//! (wording, names, sources, summaries, catalogues, new levels: what a new
//! level does to the levels around it is reported on them).

use serde::Serialize;

use super::catalogue::ladder_fields;
use super::level;
use super::moves::{lateral_changes, lateral_pairs, laterals};
use super::rank::{below, ranks};
use crate::ladder::hash::{HashMap, HashSet};
use crate::ladder::{CheckedLadder, Level, Text};

/// How a change affects the people on the ladder, least to most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    Editorial,
    Relaxing,
    Breaking,
}

impl From<crate::cli::code::Only> for Class {
    fn from(only: crate::cli::code::Only) -> Class {
        use crate::cli::code::Only;
        match only {
            Only::Breaking => Class::Breaking,
            Only::Relaxing => Class::Relaxing,
            Only::Editorial => Class::Editorial,
        }
    }
}

impl From<crate::cli::code::FailOn> for Class {
    fn from(on: crate::cli::code::FailOn) -> Class {
        use crate::cli::code::FailOn;
        match on {
            FailOn::Breaking => Class::Breaking,
            FailOn::Relaxing => Class::Relaxing,
            FailOn::Editorial => Class::Editorial,
        }
    }
}

impl Class {
    pub const ALL: [Class; 3] = [Class::Breaking, Class::Relaxing, Class::Editorial];

    pub fn as_str(self) -> &'static str {
        match self {
            Class::Breaking => "breaking",
            Class::Relaxing => "relaxing",
            Class::Editorial => "editorial",
        }
    }
}

/// One change. Field names are the JSON contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub class: Class,
    /// The level it concerns; `None` for the ladder's catalogues and title.
    pub level: Option<Text>,
    /// What changed, a stable name such as `responsibility-added`.
    pub kind: &'static str,
    /// The field or the id of the item that changed.
    pub subject: Text,
    pub from: Option<String>,
    pub to: Option<String>,
    /// What the values alone do not say: for a re-ranked level whose rank
    /// number stays, the levels it now stands above, or no longer does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The same in full, for scripts: every level the note names or counts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub above: Option<Above>,
}

/// The levels of its track a re-ranked level stands above now and did not
/// before (`now`), and the reverse (`no_longer`), by id in ladder order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Above {
    pub now: Vec<String>,
    pub no_longer: Vec<String>,
}

/// Every change from `old` to `new`: first the ladder's own fields and
/// catalogues, then each level in the new ladder's order, then the levels removed.
pub fn compare(old: &CheckedLadder, new: &CheckedLadder) -> Vec<Change> {
    let mut out = Changes(Vec::new());
    ladder_fields(&mut out, old, new);
    let old_ids: HashMap<&str, usize> = (old.levels().iter().enumerate())
        .map(|(i, l)| (l.id.as_str(), i))
        .collect();
    let new_ids: HashSet<&str> = new.levels().iter().map(|l| l.id.as_str()).collect();
    let new_tracks: HashMap<&str, &str> = (new.levels().iter())
        .map(|l| (l.id.as_str(), l.track.as_str()))
        .collect();
    let same_track = |l: &Level| new_tracks.get(l.id.as_str()) == Some(&l.track.as_str());
    let (old_rank, old_depth) = ranks(old, same_track);
    let kept: HashSet<&str> = (old.levels().iter().filter(|l| same_track(l)))
        .map(|l| l.id.as_str())
        .collect();
    let in_both = |l: &Level| kept.contains(l.id.as_str());
    let (new_rank, new_depth) = ranks(new, in_both);
    let pairs = (lateral_pairs(old), lateral_pairs(new));
    let both = |id: &str| old_ids.contains_key(id) && new_ids.contains(id);
    let lateral = lateral_changes(&pairs, both);
    for (j, level) in new.levels().iter().enumerate() {
        match old_ids.get(level.id.as_str()) {
            None => out.push(
                Class::Editorial,
                Some(&level.id),
                "level-added",
                &level.id,
                None,
                Some(level.name.to_string()),
            ),
            Some(&i) => {
                let rank = (old_rank[i], new_rank[j]);
                let from = out.0.len();
                level::level(&mut out, old, new, (old.level(i), level), rank);
                // A rank whose number stays says which levels below changed.
                if let (Some((a, _)), Some((b, _))) = rank
                    && a == b
                    && let Some(change) =
                        (out.0[from..].iter_mut()).find(|c| c.kind == "level-reranked")
                {
                    let was = below(old, &old_depth, same_track, i);
                    let is = below(new, &new_depth, in_both, j);
                    let above = Above {
                        now: only(&is, &was),
                        no_longer: only(&was, &is),
                    };
                    change.note = Some(above.said());
                    change.above = Some(above);
                }
                let moves = lateral.get(level.id.as_str());
                laterals(&mut out, &level.id, moves.map_or(&[], Vec::as_slice));
            }
        }
    }
    for level in old
        .levels()
        .iter()
        .filter(|l| !new_ids.contains(l.id.as_str()))
    {
        out.push(
            Class::Breaking,
            Some(&level.id),
            "level-removed",
            &level.id,
            Some(level.name.to_string()),
            None,
        );
    }
    out.0
}

pub(super) struct Changes(pub(super) Vec<Change>);

impl Changes {
    pub(super) fn push(
        &mut self,
        class: Class,
        level: Option<&Text>,
        kind: &'static str,
        subject: &str,
        from: Option<String>,
        to: Option<String>,
    ) {
        self.0.push(Change {
            class,
            level: level.cloned(),
            kind,
            subject: subject.into(),
            from,
            to,
            note: None,
            above: None,
        });
    }

    /// An editorial change of a text field, when it changed.
    pub(super) fn text(
        &mut self,
        level: Option<&Text>,
        kind: &'static str,
        field: &str,
        from: Option<&str>,
        to: Option<&str>,
    ) {
        if from != to {
            let (from, to) = (from.map(str::to_string), to.map(str::to_string));
            self.push(Class::Editorial, level, kind, field, from, to);
        }
    }
}

/// `text`, then `sep` and `more` when there is more.
pub(super) fn with(text: &str, sep: &str, more: Option<&str>) -> String {
    match more {
        Some(more) => format!("{text}{sep}{more}"),
        None => text.to_string(),
    }
}

/// The entries of a list as a set: order is no change.
pub(super) fn as_set(list: &[Text]) -> HashSet<&str> {
    list.iter().map(Text::as_str).collect()
}

/// `join`, or nothing for an empty list: a list emptied or filled is a
/// value taken away or given, not an empty text.
pub(super) fn join_some(list: &[Text]) -> Option<String> {
    (!list.is_empty()).then(|| join(list))
}

/// A list as one line: entries that are sentences apart by `; `, ids by `, `.
pub(super) fn join(list: &[Text]) -> String {
    let sentences = list.iter().any(|t| t.contains(' '));
    let items: Vec<&str> = list.iter().map(Text::as_str).collect();
    items.join(if sentences { "; " } else { ", " })
}

/// The ids of `these` not in `those`, in order, looked up in a set: any
/// number of levels costs one pass.
fn only(these: &[&str], those: &[&str]) -> Vec<String> {
    let those: HashSet<&str> = those.iter().copied().collect();
    (these.iter().filter(|id| !those.contains(*id)))
        .map(|id| id.to_string())
        .collect()
}

impl Above {
    /// The note a person reads: five levels of each list, and a count of the rest.
    fn said(&self) -> String {
        let few = |list: &[String], said: &str| match list {
            [] => None,
            list if list.len() > 5 => Some(format!(
                "{said} {} and {} more",
                list[..5].join(", "),
                list.len() - 5
            )),
            list => Some(format!("{said} {}", list.join(", "))),
        };
        let parts: Vec<String> = [
            few(&self.now, "now above"),
            few(&self.no_longer, "no longer above"),
        ]
        .into_iter()
        .flatten()
        .collect();
        parts.join("; ")
    }
}
