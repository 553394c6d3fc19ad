//! Suggestions for a name that matched nothing: the known names within a few
//! edits of it or starting like it, and the list of known ids, shortened.

use std::fmt::Write as _;

use super::super::text::fold;

/// How many ids a message lists before it stops.
const KNOWN_SHOWN: usize = 12;

/// How many suggestions a message makes at most.
const SUGGESTIONS: usize = 3;

/// The longest name, in characters, that gets suggestions: a longer one is no
/// typo of a name.
pub const SUGGEST_LONGEST: usize = 64;

/// The things whose folded key is within a few edits of `wanted` or starts
/// with it, closest first and each once, at most three. `keys` pairs each key
/// with the thing it names; among equally close things the smaller comes first.
///
/// The work is bounded: a name longer than `SUGGEST_LONGEST` characters gets
/// no suggestion, a key whose length differs by more than the edits allowed
/// is passed over, and the distance is computed only along the band of edits
/// allowed.
pub fn suggest<T: Ord + Copy>(
    wanted: &str,
    keys: impl Iterator<Item = (impl AsRef<str>, T)>,
) -> Vec<T> {
    let folded = fold(wanted);
    let wanted: Vec<char> = folded.chars().collect();
    if wanted.len() > SUGGEST_LONGEST {
        return Vec::new();
    }
    let budget = (wanted.len() / 3).max(1);
    let mut scored: Vec<(usize, T)> = keys
        .filter_map(|(key, thing)| {
            let key = key.as_ref();
            let distance = if !folded.is_empty() && key.starts_with(&folded) {
                Some(0)
            } else {
                edit_distance_within(&wanted, key, budget)
            };
            distance.map(|d| (d, thing))
        })
        .collect();
    scored.sort_unstable();
    let mut things: Vec<T> = Vec::new();
    for (_, thing) in scored {
        if !things.contains(&thing) && things.len() < SUGGESTIONS {
            things.push(thing);
        }
    }
    things
}

/// The first ids of a list for a message, with a count (and where to see them
/// all, when `all` says) when it is long; `(none)` when it is empty.
pub fn known(ids: &[&str], all: Option<&str>) -> String {
    if ids.is_empty() {
        return "(none)".to_string();
    }
    let mut known = ids[..ids.len().min(KNOWN_SHOWN)].join(", ");
    if ids.len() > KNOWN_SHOWN {
        let count = ids.len();
        let _ = match all {
            Some(all) => write!(known, ", … ({count} in all; {all})"),
            None => write!(known, ", … ({count} in all)"),
        };
    }
    known
}

/// The edit distance from `a` to `b` when it is at most `max`, counting a
/// letter added, dropped or changed, or two neighbours swapped (`cot` for
/// `cto`, the commonest typo in a short name), as one edit each: the optimal
/// string alignment distance. Computed along the diagonal band of width
/// `2 × max + 1` only: `None` when it is more.
pub fn edit_distance_within(a: &[char], b: &str, max: usize) -> Option<usize> {
    // Most keys differ too much in length: told without allocating.
    let longest = a.len() + max + 1;
    if b.chars().take(longest).count().abs_diff(a.len()) > max {
        return None;
    }
    let b: Vec<char> = b.chars().take(longest).collect();
    let far = max + 1;
    // The rows for a[..i - 1], a[..i] and a[..i + 1]: cell j is the distance
    // to b[..j]. Cells outside the band stay `far`, as good as infinite here.
    let mut before: Vec<usize> = vec![far; b.len() + 1];
    let mut row: Vec<usize> = (0..=b.len()).map(|j| j.min(far)).collect();
    let mut next: Vec<usize> = vec![far; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        let (low, high) = ((i + 1).saturating_sub(max), (i + 1 + max).min(b.len()));
        next.fill(far);
        if low == 0 {
            next[0] = (i + 1).min(far);
        }
        let mut best = if low == 0 { next[0] } else { far };
        for j in low.max(1)..=high {
            let cb = b[j - 1];
            let mut d = (row[j] + 1)
                .min(next[j - 1] + 1)
                .min(row[j - 1] + usize::from(ca != cb));
            if i > 0 && j > 1 && ca == b[j - 2] && a[i - 1] == cb {
                d = d.min(before[j - 2] + 1);
            }
            next[j] = d.min(far);
            best = best.min(next[j]);
        }
        if best > max {
            return None;
        }
        std::mem::swap(&mut before, &mut row);
        std::mem::swap(&mut row, &mut next);
    }
    Some(row[b.len()]).filter(|&d| d <= max)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The full optimal string alignment distance, by the whole table, to
    /// check the banded one against.
    fn edit_distance(a: &str, b: &str) -> usize {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let mut d = vec![vec![0; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        d[0] = (0..=b.len()).collect();
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn edit_distance_counts_edits_and_a_swap_as_one() {
        assert_eq!(edit_distance("dirctor", "director"), 1);
        assert_eq!(edit_distance("", "em"), 2);
        assert_eq!(edit_distance("staff", "staff"), 0);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("cot", "cto"), 1);
        assert_eq!(edit_distance("stfaf", "staff"), 1);
        assert_eq!(edit_distance("ca", "abc"), 3);
    }

    #[test]
    fn the_banded_distance_agrees_with_the_full_one_within_its_bound() {
        // Every pair of words of up to four letters from a small alphabet.
        let mut words = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = words
                .iter()
                .filter(|w| w.len() == words.last().unwrap().len())
                .flat_map(|w| ["a", "b", "é"].map(|c| format!("{w}{c}")))
                .collect();
            words.extend(longer);
        }
        for a in &words {
            let chars: Vec<char> = a.chars().collect();
            for b in &words {
                let full = edit_distance(a, b);
                for max in 0..4 {
                    let expected = (full <= max).then_some(full);
                    assert_eq!(
                        edit_distance_within(&chars, b, max),
                        expected,
                        "{a:?} {b:?} {max}"
                    );
                }
            }
        }
    }

    #[test]
    fn suggestions_are_close_or_start_alike_and_each_once() {
        let keys = [("director", 0), ("dir", 0), ("designer", 1), ("vp", 2)];
        assert_eq!(suggest("dirctor", keys.into_iter()), [0]);
        assert_eq!(suggest("d", keys.into_iter()), [0, 1]);
        assert!(suggest("zzzz", keys.into_iter()).is_empty());
        // Two letters swapped in a short name are one edit.
        let keys = [("cto", 0), ("ic", 1), ("title", 2), ("role", 3)];
        for (typo, meant) in [
            ("cot", 0),
            ("ci", 1),
            ("titel", 2),
            ("tilte", 2),
            ("rloe", 3),
        ] {
            assert_eq!(suggest(typo, keys.into_iter()), [meant], "{typo}");
        }
    }

    #[test]
    fn known_ids_are_shortened() {
        let ids: Vec<String> = (0..20).map(|i| format!("l{i}")).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        assert!(known(&ids, None).ends_with("l11, … (20 in all)"));
        assert!(known(&ids, Some("see all")).ends_with("(20 in all; see all)"));
        assert_eq!(known(&[], None), "(none)");
    }
}
