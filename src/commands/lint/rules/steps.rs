//! uneven-step: a promotion that changes much less or much more than the
//! steps beside it.

use super::{Finding, Place, level_at};
use crate::ladder::hash::{HashMap, HashSet};
use crate::ladder::{CheckedLadder, Level};

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
pub(super) fn uneven_steps(ladder: &CheckedLadder, found: &mut Vec<Finding>) {
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
