//! Strings kept once each, in one buffer, and numbered in the order first
//! seen: an importer asks whether it has met an id or a wording before,
//! thousands of times, without a string of its own for each.

use std::hash::BuildHasher;

use hashbrown::HashTable;

#[derive(Default)]
pub struct Interner {
    /// Every string, one after another.
    text: String,
    /// Where each string ends in `text`; the one before ends where it starts.
    ends: Vec<usize>,
    /// The numbers of the strings, found by their hash.
    table: HashTable<usize>,
    state: foldhash::fast::RandomState,
}

impl Interner {
    /// String `n`.
    pub fn get(&self, n: usize) -> &str {
        span(&self.text, &self.ends, n)
    }

    /// The number of `s`, and whether it is new: a new string gets the next
    /// number.
    pub fn intern(&mut self, s: &str) -> (usize, bool) {
        let Interner {
            text,
            ends,
            table,
            state,
        } = self;
        let hash = state.hash_one(s);
        if let Some(&n) = table.find(hash, |&n| span(text, ends, n) == s) {
            return (n, false);
        }
        let n = ends.len();
        text.push_str(s);
        ends.push(text.len());
        table.insert_unique(hash, n, |&m| state.hash_one(span(text, ends, m)));
        (n, true)
    }
}

/// String `n` of `text`, which ends at `ends[n]`.
fn span<'t>(text: &'t str, ends: &[usize], n: usize) -> &'t str {
    let start = n.checked_sub(1).map_or(0, |before| ends[before]);
    &text[start..ends[n]]
}

#[cfg(test)]
mod tests {
    use super::Interner;

    #[test]
    fn each_string_is_numbered_once_in_the_order_first_seen() {
        let mut strings = Interner::default();
        let words = ["b", "", "a", "b", "ab", "", "a"];
        let numbers: Vec<(usize, bool)> = words.iter().map(|w| strings.intern(w)).collect();
        assert_eq!(
            numbers,
            [
                (0, true),
                (1, true),
                (2, true),
                (0, false),
                (3, true),
                (1, false),
                (2, false)
            ]
        );
        assert_eq!(
            (0..4).map(|n| strings.get(n)).collect::<Vec<_>>(),
            ["b", "", "a", "ab"]
        );
        // Thousands, through the table's growth.
        for n in 0..5000 {
            assert_eq!(strings.intern(&format!("x{n}")), (n + 4, true));
        }
        for n in (0..5000).rev() {
            assert_eq!(strings.intern(&format!("x{n}")), (n + 4, false));
            assert_eq!(strings.get(n + 4), format!("x{n}"));
        }
    }
}
