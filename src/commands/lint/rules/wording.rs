//! overlapping-wording, skill-mirrors-duty and no-own-duty: the same thing
//! worded twice, found by a folded key per name.

use super::{Finding, Place, level_at};
use crate::file::position::Pointer;
use crate::ladder::hash::{HashMap, HashMapExt};
use crate::ladder::{CheckedLadder, fold};

/// Wording as lint compares it: lower-case words, small words left out, in
/// sorted order.
fn wording(text: &str) -> String {
    const SMALL: [&str; 12] = [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by",
    ];
    let folded = fold(text);
    let mut words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !SMALL.contains(w))
        .collect();
    words.sort_unstable();
    words.join(" ")
}

/// Two skills, or two duties with different ids, worded the same; and a skill
/// whose id or wording is a duty's. Each duty's wording is made once.
pub(super) fn overlapping(ladder: &CheckedLadder, found: &mut Vec<Finding>) {
    let mut skills: HashMap<String, usize> = HashMap::new();
    for (i, skill) in ladder.skills().iter().enumerate() {
        let key = wording(&skill.name);
        match skills.get(&key) {
            Some(&first) if !key.is_empty() => found.push(Finding {
                rule: "overlapping-wording",
                at: Place::Value(Pointer::root().key("skills").index(i).key("name")),
                message: format!(
                    "skill '{}' is worded like skill '{}'; merge them or tell them apart",
                    skill.id,
                    ladder.skills()[first].id
                ),
            }),
            _ => {
                skills.insert(key, i);
            }
        }
    }
    // Each skill's wordings and id, for the mirror check: few, so looked up per duty.
    let mut mirror_keys: HashMap<String, usize> = skills.clone();
    for (i, skill) in ladder.skills().iter().enumerate() {
        mirror_keys.entry(wording(&skill.id)).or_insert(i);
    }
    let mut mirrored: Vec<Option<&str>> = vec![None; ladder.skills().len()];
    let mut duties: HashMap<String, (&str, &str)> = HashMap::new();
    for (i, level) in ladder.levels().iter().enumerate() {
        for (j, duty) in level.responsibilities.iter().enumerate() {
            let key = wording(&duty.name);
            let mirror = mirror_keys
                .get(&key)
                .or_else(|| ladder.skill_ids.get(duty.id.as_str()));
            if let Some(&skill) = mirror {
                mirrored[skill].get_or_insert(&duty.id);
            }
            match duties.get(&key) {
                Some(&(id, on)) if id != duty.id.as_str() && !key.is_empty() => {
                    // One id twice on a level is refused: two duties of one
                    // level worded alike, or one worded like a duty whose id
                    // the level has already, are one duty or want other words.
                    let holds = |id: &str| level.responsibilities.iter().any(|r| r.id == id);
                    let advice = match on == level.id.as_str() || holds(id) {
                        true => "merge them, or word one otherwise",
                        false => "if it is the same duty, give it the same id",
                    };
                    found.push(Finding {
                        rule: "overlapping-wording",
                        at: Place::Value(level_at(i).key("responsibilities").index(j).key("name")),
                        message: format!(
                            "responsibility '{}' on level '{}' is worded like '{id}' on level '{on}'; {advice}",
                            duty.id, level.id
                        ),
                    });
                }
                Some(_) => {}
                None => {
                    duties.insert(key, (&duty.id, &level.id));
                }
            }
        }
    }
    for (i, (skill, duty)) in ladder.skills().iter().zip(mirrored).enumerate() {
        if let Some(duty) = duty {
            found.push(Finding {
                rule: "skill-mirrors-duty",
                at: Place::Value(Pointer::root().key("skills").index(i)),
                message: format!(
                    "skill '{}' mirrors responsibility '{duty}'; a skill is a capability a person builds, a responsibility a duty the level answers for",
                    skill.id
                ),
            });
        }
    }
}

/// A level (of more than one) whose every duty is, word for word, on another level too.
pub(super) fn no_own_duty(ladder: &CheckedLadder, rank: &[i64], found: &mut Vec<Finding>) {
    fn key(d: &crate::ladder::Responsibility) -> (&str, &str, Option<&str>) {
        (d.id.as_str(), d.name.as_str(), d.detail.as_deref())
    }
    // Each wording belongs to the lowest levels that have it, by rank across
    // the ladder: a duty a level brings in and the levels above keep word for
    // word is that level's own, and levels of one rank share it.
    let mut lowest: HashMap<(&str, &str, Option<&str>), i64> = HashMap::new();
    for (i, level) in ladder.levels().iter().enumerate() {
        for duty in &level.responsibilities {
            let held = lowest.entry(key(duty)).or_insert(rank[i]);
            *held = (*held).min(rank[i]);
        }
    }
    for (i, level) in ladder.levels().iter().enumerate() {
        if level
            .responsibilities
            .iter()
            .all(|d| lowest[&key(d)] < rank[i])
        {
            found.push(Finding {
                rule: "no-own-duty",
                at: Place::Value(level_at(i).key("responsibilities")),
                message: format!(
                    "every responsibility of level '{}' is word for word another level's; say what this level answers for in its own words",
                    level.id
                ),
            });
        }
    }
}
