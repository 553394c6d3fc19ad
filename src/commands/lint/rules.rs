//! The lint rules: advice on a valid ladder, each finding at the value it is
//! about. Every rule costs time linear in the ladder: lookups by hashed key,
//! never a comparison of every pair.

use std::collections::{HashMap, HashSet};

use crate::file::position::Pointer;
use crate::ladder::{CheckedLadder, Level, Move, fold};

/// Every rule, by its stable name, with what it looks for.
pub const RULES: [(&str, &str); 8] = [
    (
        "uneven-step",
        "a promotion that changes much less or much more than the steps beside it",
    ),
    (
        "overlapping-wording",
        "two duties or two skills worded the same but for case, order or small words",
    ),
    (
        "skill-mirrors-duty",
        "a skill named like a responsibility: the same thing listed twice",
    ),
    (
        "no-own-duty",
        "a level whose every duty is word for word another level's",
    ),
    (
        "unreachable-level",
        "a level no promotion or lateral move leads to, not the first of its track",
    ),
    (
        "lateral-rank-gap",
        "a lateral move between levels two or more promotions apart",
    ),
    ("trailing-space", "a line that ends in spaces or tabs"),
    (
        "mixed-spelling",
        "one word spelled two ways, such as organisation and organization",
    ),
];

/// One piece of advice: its rule, where (a pointer, or a line and column of
/// the text) and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static str,
    pub at: Place,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Value(Pointer),
    Text { line: usize, column: usize },
}

fn level_at(i: usize) -> Pointer {
    Pointer::root().key("levels").index(i)
}

/// Every finding on `ladder`, whose file text is `text`, rule by rule.
pub fn lint(ladder: &CheckedLadder, text: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    uneven_steps(ladder, &mut found);
    overlapping(ladder, &mut found);
    no_own_duty(ladder, &mut found);
    unreachable(ladder, &mut found);
    rank_gaps(ladder, &mut found);
    trailing_spaces(text, &mut found);
    mixed_spellings(text, &mut found);
    found
}

/// A level's duty and skill ids as sets, made once per level.
struct Items<'a> {
    duties: HashSet<&'a str>,
    skills: HashSet<&'a str>,
}

impl<'a> Items<'a> {
    fn of(level: &'a Level) -> Self {
        Items {
            duties: level
                .responsibilities
                .iter()
                .map(|d| d.id.as_str())
                .collect(),
            skills: level.skills.iter().map(|s| s.as_str()).collect(),
        }
    }
}

/// How much a promotion from `a` to `b` changes: duties and skills gained or
/// dropped, `|a| + |b| - 2 |a ∩ b|`, the intersection found by probing the
/// larger set with the smaller.
fn step_size(a: &Items, b: &Items) -> usize {
    fn differ(x: &HashSet<&str>, y: &HashSet<&str>) -> usize {
        let (small, large) = if x.len() <= y.len() { (x, y) } else { (y, x) };
        let shared = small.iter().filter(|v| large.contains(*v)).count();
        x.len() + y.len() - 2 * shared
    }
    differ(&a.duties, &b.duties) + differ(&a.skills, &b.skills)
}

/// A step is uneven when it changes under half, or over twice, the mean of
/// the steps into its start and out of its end, and by at least three items.
/// Each step's size is found once, and each level's sums of the steps into
/// and out of it once.
fn uneven_steps(ladder: &CheckedLadder, found: &mut Vec<Finding>) {
    let levels = ladder.levels();
    let ids: HashMap<&str, usize> = (levels.iter().enumerate())
        .map(|(i, l)| (l.id.as_str(), i))
        .collect();
    let target = |n: &crate::ladder::Text| ids.get(n.as_str()).copied().unwrap_or(0);
    let items: Vec<Items> = levels.iter().map(Items::of).collect();
    // `sizes[i][j]` for the `j`th promotion of level `i`.
    let sizes: Vec<Vec<usize>> = (levels.iter().enumerate())
        .map(|(i, l)| {
            l.next
                .iter()
                .map(|n| step_size(&items[i], &items[target(n)]))
                .collect()
        })
        .collect();
    // The sum and count of the steps into, and out of, each level.
    let mut into = vec![(0usize, 0usize); levels.len()];
    let mut out = vec![(0usize, 0usize); levels.len()];
    for (i, level) in levels.iter().enumerate() {
        for (j, next) in level.next.iter().enumerate() {
            let t = target(next);
            into[t] = (into[t].0 + sizes[i][j], into[t].1 + 1);
            out[i] = (out[i].0 + sizes[i][j], out[i].1 + 1);
        }
    }
    for (i, level) in levels.iter().enumerate() {
        for (j, next) in level.next.iter().enumerate() {
            let size = sizes[i][j];
            let t = target(next);
            let (sum, count) = (into[i].0 + out[t].0, into[i].1 + out[t].1);
            if count == 0 {
                continue;
            }
            let mean = sum as f64 / count as f64;
            let size_f = size as f64;
            let uneven = (size_f < mean / 2.0 || size_f > mean * 2.0)
                && size.abs_diff(mean.round() as usize) >= 3;
            if uneven {
                let word = if size_f < mean { "less" } else { "more" };
                found.push(Finding {
                    rule: "uneven-step",
                    at: Place::Value(level_at(i).key("next").index(j)),
                    message: format!(
                        "the step from '{}' to '{next}' changes {size} duties and skills (gained or dropped), {word} than the {mean:.1} of the steps beside it; check that the two levels are as far apart as their neighbours",
                        level.id
                    ),
                });
            }
        }
    }
}

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
fn overlapping(ladder: &CheckedLadder, found: &mut Vec<Finding>) {
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
                    found.push(Finding {
                        rule: "overlapping-wording",
                        at: Place::Value(level_at(i).key("responsibilities").index(j).key("name")),
                        message: format!(
                            "responsibility '{}' on level '{}' is worded like '{id}' on level '{on}'; if it is the same duty, give it the same id",
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
fn no_own_duty(ladder: &CheckedLadder, found: &mut Vec<Finding>) {
    fn key(d: &crate::ladder::Responsibility) -> (&str, &str, Option<&str>) {
        (d.id.as_str(), d.name.as_str(), d.detail.as_deref())
    }
    let mut count: HashMap<(&str, &str, Option<&str>), usize> = HashMap::new();
    for level in ladder.levels() {
        for duty in &level.responsibilities {
            *count.entry(key(duty)).or_default() += 1;
        }
    }
    for (i, level) in ladder.levels().iter().enumerate() {
        if level.responsibilities.iter().all(|d| count[&key(d)] > 1) {
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

/// A level nothing leads to that is not the first of its track.
fn unreachable(ladder: &CheckedLadder, found: &mut Vec<Finding>) {
    let mut first: HashMap<&str, usize> = HashMap::new();
    for (i, level) in ladder.levels().iter().enumerate() {
        first.entry(&level.track).or_insert(i);
        let reached = ladder
            .neighbours(i)
            .iter()
            .any(|&(_, m)| matches!(m, Move::Down | Move::Across));
        if !reached && first[level.track.as_str()] != i {
            found.push(Finding {
                rule: "unreachable-level",
                at: Place::Value(level_at(i).key("id")),
                message: format!(
                    "no promotion or lateral move leads to level '{}'; add it to another level's `next` or `lateral`",
                    level.id
                ),
            });
        }
    }
}

/// Each level's rank by promotions alone (the longest chain of `next` leading
/// to it, lateral moves not counted), in one pass over the levels in order of
/// their promotions.
fn own_ranks(ladder: &CheckedLadder) -> Vec<u32> {
    let n = ladder.levels().len();
    let mut incoming = vec![0usize; n];
    for l in 0..n {
        for &(t, m) in ladder.neighbours(l) {
            if m == Move::Up {
                incoming[t] += 1;
            }
        }
    }
    let mut rank = vec![0u32; n];
    let mut ready: Vec<usize> = (0..n).filter(|&l| incoming[l] == 0).collect();
    while let Some(l) = ready.pop() {
        for &(t, m) in ladder.neighbours(l) {
            if m == Move::Up {
                rank[t] = rank[t].max(rank[l] + 1);
                incoming[t] -= 1;
                if incoming[t] == 0 {
                    ready.push(t);
                }
            }
        }
    }
    rank
}

/// A lateral move between levels whose own ranks are two or more apart. A
/// level no promotion leads to or from has no rank of its own: only its
/// lateral moves place it.
fn rank_gaps(ladder: &CheckedLadder, found: &mut Vec<Finding>) {
    let rank = own_ranks(ladder);
    let ranked = |l: usize| ladder.neighbours(l).iter().any(|&(_, m)| m != Move::Across);
    for (i, level) in ladder.levels().iter().enumerate() {
        for (j, link) in level.lateral.iter().enumerate() {
            let Some(t) = ladder.find_level(&link.id) else {
                continue;
            };
            if !ranked(i) || !ranked(t) {
                continue;
            }
            let gap = rank[i].abs_diff(rank[t]);
            if gap >= 2 {
                found.push(Finding {
                    rule: "lateral-rank-gap",
                    at: Place::Value(level_at(i).key("lateral").index(j)),
                    message: format!(
                        "'{}' and '{}' are {gap} promotions apart, but a lateral move joins levels of similar seniority; make it a promotion or join nearer levels",
                        level.id, link.id
                    ),
                });
            }
        }
    }
}

/// Lines that end in blanks.
fn trailing_spaces(text: &str, found: &mut Vec<Finding>) {
    for (n, line) in text.lines().enumerate() {
        let kept = line.trim_end_matches([' ', '\t']);
        if kept.len() < line.len() {
            found.push(Finding {
                rule: "trailing-space",
                at: Place::Text {
                    line: n + 1,
                    column: kept.chars().count() + 1,
                },
                message: "the line ends in spaces or tabs; remove them".to_string(),
            });
        }
    }
}

/// A word as British and American spelling agree on it, for the common
/// pairs: -isation/-ization, -ise/-ize, -our/-or, judgement/judgment.
fn spelling_key(word: &str) -> String {
    let mut key = word
        .replace("isation", "ization")
        .replace("judgement", "judgment");
    for (from, to) in [
        ("ised", "ized"),
        ("ises", "izes"),
        ("ising", "izing"),
        ("ise", "ize"),
    ] {
        if key.len() > 5 && key.ends_with(from) {
            key.truncate(key.len() - from.len());
            key.push_str(to);
            break;
        }
    }
    if key.len() >= 6 && key.ends_with("our") {
        key.truncate(key.len() - 3);
        key.push_str("or");
    }
    key
}

/// Whether a word may have a second spelling that `spelling_key` joins it to.
fn variable(word: &str) -> bool {
    word.len() >= 5
        && (word.as_bytes().windows(2)).any(|pair| {
            matches!(
                pair,
                [b'i', b's' | b'z'] | [b'o', b'u' | b'r'] | [b'j', b'u']
            )
        })
}

/// A word spelled two ways in the file: the rarer spelling, at its first use.
/// Only words a spelling rule can change are looked at; each is found by
/// hash, so any number of words costs one pass.
fn mixed_spellings(text: &str, found: &mut Vec<Finding>) {
    // Each spelling's count and first place, and the spellings of each key.
    let mut spellings: HashMap<String, (usize, usize, usize)> = HashMap::new();
    let mut keys: HashMap<String, Vec<String>> = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let mut column = 0;
        for word in line.split(|c: char| !c.is_alphabetic()) {
            let start = column;
            column += word.chars().count() + 1;
            if !variable(word) {
                continue;
            }
            let word = word.to_lowercase();
            if let Some(seen) = spellings.get_mut(&word) {
                seen.0 += 1;
                continue;
            }
            keys.entry(spelling_key(&word))
                .or_default()
                .push(word.clone());
            spellings.insert(word, (1, n + 1, start + 1));
        }
    }
    let groups: Vec<Vec<(String, usize, usize, usize)>> = (keys.into_values())
        .filter(|words| words.len() > 1)
        .map(|words| {
            (words.into_iter())
                .map(|w| {
                    let (count, line, column) = spellings[&w];
                    (w, count, line, column)
                })
                .collect()
        })
        .collect();
    let mut mixed: Vec<Finding> = Vec::new();
    for spellings in &groups {
        let common = spellings
            .iter()
            .max_by_key(|s| (s.1, std::cmp::Reverse((s.2, s.3))))
            .expect("two spellings");
        for (word, _, line, column) in spellings.iter().filter(|s| s.0 != common.0) {
            mixed.push(Finding {
                rule: "mixed-spelling",
                at: Place::Text {
                    line: *line,
                    column: *column,
                },
                message: format!(
                    "'{word}' is also spelled '{}' in this file; pick one spelling",
                    common.0
                ),
            });
        }
    }
    mixed.sort_by_key(|f| match f.at {
        Place::Text { line, column } => (line, column),
        Place::Value(_) => (0, 0),
    });
    found.extend(mixed);
}
