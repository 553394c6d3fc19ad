//! Two lists split by key into what was gained, dropped and kept: the skills
//! and responsibilities that change between two levels.

use serde::Serialize;

use super::shared::{Named, SkillRef};
use crate::ladder::hash::{HashMap, HashMapExt};
use crate::ladder::{CheckedLadder, Level};

#[derive(Debug, Serialize)]
pub struct Delta<T> {
    pub gained: Vec<T>,
    pub dropped: Vec<T>,
    pub kept: Vec<T>,
}

/// Splits two lists by key: in `to` only (gained, in `to` order), in `from` only
/// (dropped, in `from` order), in both (kept, in `to` order). Only the lists
/// that get an item allocate: `path` splits thousands of pairs.
pub fn delta<'a, T, R>(
    from: &'a [T],
    to: &'a [T],
    key: impl Fn(&'a T) -> &'a str,
    view: impl Fn(&'a T) -> R,
) -> Delta<R> {
    delta_kept(from, to, key, &view, |_, item| view(item))
}

/// `delta`, each kept item viewed beside its match in `from` by `kept`.
pub fn delta_kept<'a, T, R>(
    from: &'a [T],
    to: &'a [T],
    key: impl Fn(&'a T) -> &'a str,
    view: impl Fn(&'a T) -> R,
    kept: impl Fn(&'a T, &'a T) -> R,
) -> Delta<R> {
    let (before, after) = (Keys::of(from, &key), Keys::of(to, &key));
    let mut delta = Delta {
        gained: Vec::new(),
        dropped: Vec::new(),
        kept: Vec::new(),
    };
    for item in to {
        match before.find(key(item)) {
            Some(was) => delta.kept.push(kept(&from[was], item)),
            None => delta.gained.push(view(item)),
        }
    }
    for item in from {
        if after.find(key(item)).is_none() {
            delta.dropped.push(view(item));
        }
    }
    delta
}

/// The keys of a list, to ask where it has one: a short list, which most
/// are (a level's few skills), is scanned where it is; a long one goes into a
/// map.
enum Keys<'k, 'a, T, K> {
    Few(&'a [T], &'k K),
    Many(HashMap<&'a str, usize>),
}

impl<'k, 'a, T, K: Fn(&'a T) -> &'a str> Keys<'k, 'a, T, K> {
    fn of(list: &'a [T], key: &'k K) -> Self {
        if list.len() <= 16 {
            Keys::Few(list, key)
        } else {
            // The first of a key, as a scan finds it.
            let mut keys = HashMap::with_capacity(list.len());
            for (i, item) in list.iter().enumerate() {
                keys.entry(key(item)).or_insert(i);
            }
            Keys::Many(keys)
        }
    }

    /// Where `wanted` is in the list.
    fn find(&self, wanted: &str) -> Option<usize> {
        match self {
            Keys::Few(list, key) => list.iter().position(|item| key(item) == wanted),
            Keys::Many(keys) => keys.get(wanted).copied(),
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

/// The responsibilities of `from` and `to` split into gained, dropped and
/// kept, each kept duty named otherwise on `from` saying what it was called
/// there.
pub fn duty_delta_named<'a>(from: &'a Level, to: &'a Level) -> Delta<Named<'a>> {
    delta_kept(
        &from.responsibilities,
        &to.responsibilities,
        |r| r.id.as_str(),
        |r| Named {
            id: &r.id,
            name: &r.name,
            was: None,
        },
        |was, r| Named {
            id: &r.id,
            name: &r.name,
            was: (was.name != r.name).then_some(was.name.as_str()),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::delta;

    #[test]
    fn lists_split_into_gained_dropped_and_kept_in_their_order() {
        // Short lists are scanned and long ones hashed: both split alike.
        let words: Vec<String> = (0..40).map(|n| format!("w{}", n % 23)).collect();
        for (a, b) in [(0, 5), (3, 9), (0, 17), (10, 40), (0, 0)] {
            for (c, d) in [(2, 7), (0, 30), (15, 40), (5, 5)] {
                let (from, to) = (&words[a..b], &words[c..d]);
                let split = delta(from, to, |w| w.as_str(), |w| w.as_str());
                let has = |list: &[String], w: &String| list.contains(w);
                let gained: Vec<&str> = (to.iter().filter(|w| !has(from, w)))
                    .map(String::as_str)
                    .collect();
                let kept: Vec<&str> = (to.iter().filter(|w| has(from, w)))
                    .map(String::as_str)
                    .collect();
                let dropped: Vec<&str> = (from.iter().filter(|w| !has(to, w)))
                    .map(String::as_str)
                    .collect();
                assert_eq!(
                    (split.gained, split.dropped, split.kept),
                    (gained, dropped, kept)
                );
            }
        }
    }
}
