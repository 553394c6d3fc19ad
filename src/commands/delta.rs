//! Two lists split by key into what was gained, dropped and kept: the skills
//! and responsibilities that change between two levels.

use serde::Serialize;

use super::shared::{Named, SkillRef};
use crate::ladder::hash::HashSet;
use crate::ladder::{CheckedLadder, Level};

#[derive(Debug, Serialize)]
pub struct Delta<T> {
    pub gained: Vec<T>,
    pub dropped: Vec<T>,
    pub kept: Vec<T>,
}

/// Splits two lists by key: in `to` only (gained, in `to` order), in `from` only
/// (dropped, in `from` order), in both (kept, in `to` order).
pub fn delta<'a, T, R>(
    from: &'a [T],
    to: &'a [T],
    key: impl Fn(&'a T) -> &'a str,
    view: impl Fn(&'a T) -> R,
) -> Delta<R> {
    let (before, after) = (Keys::of(from, &key), Keys::of(to, &key));
    let (kept, gained): (Vec<&'a T>, Vec<&'a T>) =
        to.iter().partition(|item| before.contains(key(item)));
    Delta {
        gained: gained.into_iter().map(&view).collect(),
        dropped: from
            .iter()
            .filter(|item| !after.contains(key(item)))
            .map(&view)
            .collect(),
        kept: kept.into_iter().map(&view).collect(),
    }
}

/// The keys of a list, to ask whether it has one: a short list, which most
/// are (a level's few skills), is scanned; a long one goes into a set.
enum Keys<'a> {
    Few(Vec<&'a str>),
    Many(HashSet<&'a str>),
}

impl<'a> Keys<'a> {
    fn of<T>(list: &'a [T], key: impl Fn(&'a T) -> &'a str) -> Self {
        let keys = list.iter().map(key);
        if list.len() <= 16 {
            Keys::Few(keys.collect())
        } else {
            Keys::Many(keys.collect())
        }
    }

    fn contains(&self, key: &str) -> bool {
        match self {
            Keys::Few(keys) => keys.contains(&key),
            Keys::Many(keys) => keys.contains(key),
        }
    }
}

/// The skills of `from` and `to` split into gained, dropped and kept.
pub fn skill_delta<'a>(
    ladder: &'a CheckedLadder,
    from: &'a Level,
    to: &'a Level,
) -> Delta<SkillRef<'a>> {
    let skill = |id: &'a crate::ladder::Text| SkillRef::new(ladder.skill(id));
    delta(&from.skills, &to.skills, |id| id.as_str(), skill)
}

/// The responsibilities of `from` and `to` split into gained, dropped and kept.
pub fn duty_delta<'a>(from: &'a Level, to: &'a Level) -> Delta<Named<'a>> {
    delta(
        &from.responsibilities,
        &to.responsibilities,
        |r| r.id.as_str(),
        |r| Named {
            id: &r.id,
            name: &r.name,
        },
    )
}
