//! Strings kept once each, in one buffer, and numbered in the order first
//! seen: an importer asks whether it has met an id or a wording before,
//! thousands of times, without a string of its own for each. Strings are kept
//! as bytes, so a key made in a buffer of bytes needs no check that it is text.

use std::hash::BuildHasher;

use hashbrown::HashTable;

#[derive(Default)]
pub struct Interner {
    /// Every string's bytes, one after another.
    text: Vec<u8>,
    /// Where each string ends in `text`; the one before ends where it starts.
    ends: Vec<usize>,
    /// Each string's hash and number, found by the hash: kept, so that the
    /// table grows without hashing every string again.
    table: HashTable<(u64, usize)>,
    state: foldhash::fast::RandomState,
}

impl Interner {
    /// The bytes of string `n`.
    pub fn get(&self, n: usize) -> &[u8] {
        span(&self.text, &self.ends, n)
    }

    /// The number of `s`, and whether it is new: a new string gets the next
    /// number.
    pub fn intern(&mut self, s: &[u8]) -> (usize, bool) {
        let Interner {
            text,
            ends,
            table,
            state,
        } = self;
        let hash = state.hash_one(s);
        let same = |&(h, n): &(u64, usize)| h == hash && span(text, ends, n) == s;
        if let Some(&(_, n)) = table.find(hash, same) {
            return (n, false);
        }
        let n = ends.len();
        text.extend_from_slice(s);
        ends.push(text.len());
        table.insert_unique(hash, (hash, n), |&(h, _)| h);
        (n, true)
    }
}

/// String `n` of `text`, which ends at `ends[n]`.
fn span<'t>(text: &'t [u8], ends: &[usize], n: usize) -> &'t [u8] {
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
        let numbers: Vec<(usize, bool)> = (words.iter())
            .map(|w| strings.intern(w.as_bytes()))
            .collect();
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
        let got: Vec<&[u8]> = (0..4).map(|n| strings.get(n)).collect();
        assert_eq!(got, [&b"b"[..], b"", b"a", b"ab"]);
        // Thousands, through the table's growth.
        for n in 0..5000 {
            assert_eq!(strings.intern(format!("x{n}").as_bytes()), (n + 4, true));
        }
        for n in (0..5000).rev() {
            assert_eq!(strings.intern(format!("x{n}").as_bytes()), (n + 4, false));
            assert_eq!(strings.get(n + 4), format!("x{n}").as_bytes());
        }
    }
}
