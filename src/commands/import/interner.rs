//! Strings kept once each and numbered in the order first seen: an importer
//! asks whether it has met an id or a wording before, thousands of times,
//! without a string of its own for each. Strings are kept as bytes, so a key
//! made in a buffer of bytes needs no check that it is text.

use std::hash::BuildHasher;

use hashbrown::HashTable;

/// The most room a piece of the store takes: kept strings are written one
/// after another into pieces that never move, so the store grows without
/// copying what it holds (a buffer that doubles would copy it and touch
/// twice the memory), and each string is lent for the rest of the run. The
/// first piece is small and each is as large as all before it, up to this:
/// an importer keeps many small stores (the ids of each level's duties).
const PIECE: usize = 64 * 1024;
/// The room of a store's first piece.
const FIRST_PIECE: usize = 256;

#[derive(Default)]
pub struct Interner {
    /// Every string, by number, lent from `room`'s pieces.
    strings: Vec<&'static [u8]>,
    /// What is left of the piece being written, and how much all pieces hold.
    room: &'static mut [u8],
    held: usize,
    /// Each string's hash and number, found by the hash: kept, so that the
    /// table grows without hashing every string again.
    table: HashTable<(u64, usize)>,
    state: foldhash::fast::RandomState,
    /// Whether strings are told apart regardless of ASCII case (`folding`).
    folds: bool,
}

impl Interner {
    /// The bytes of string `n`, lent for the rest of the run.
    pub fn get(&self, n: usize) -> &'static [u8] {
        self.strings[n]
    }

    /// Strings in lower case, kept as given or as lent (`intern_lent`), and
    /// compared regardless of ASCII case: the same to the table whether a
    /// string is kept lower-cased or lent as its source wrote it.
    pub fn folding() -> Interner {
        Interner {
            folds: true,
            ..Interner::default()
        }
    }

    /// The number of `s`, and whether it is new: a new string gets the next
    /// number.
    pub fn intern(&mut self, s: &[u8]) -> (usize, bool) {
        self.find_or(s, Self::keep)
    }

    /// `intern` of `key`, the lower case of `lent`, a string that lives for
    /// the rest of the run and is kept as it is rather than copied: most of
    /// what a large source repeats is its own text. Only for a folding store.
    pub fn intern_lent(&mut self, key: &[u8], lent: &'static [u8]) -> (usize, bool) {
        debug_assert!(self.folds && lent.eq_ignore_ascii_case(key));
        self.find_or(key, |_, _| lent)
    }

    /// The number of `s`, or a new one for what `kept` keeps of it.
    fn find_or(
        &mut self,
        s: &[u8],
        kept: impl FnOnce(&mut Self, &[u8]) -> &'static [u8],
    ) -> (usize, bool) {
        let hash = self.state.hash_one(s);
        let (strings, folds) = (&self.strings, self.folds);
        let same = |&(h, n): &(u64, usize)| {
            h == hash
                && if folds {
                    strings[n].eq_ignore_ascii_case(s)
                } else {
                    strings[n] == s
                }
        };
        if let Some(&(_, n)) = self.table.find(hash, same) {
            return (n, false);
        }
        let n = self.strings.len();
        let kept = kept(self, s);
        self.strings.push(kept);
        (self.table).insert_unique(hash, (hash, n), |&(h, _)| h);
        (n, true)
    }

    /// `s` copied into the store. The pieces are never given back: what an
    /// importer keeps lives until the ladder is written, at the end of the run.
    fn keep(&mut self, s: &[u8]) -> &'static [u8] {
        if self.room.len() < s.len() {
            let size = self.held.clamp(FIRST_PIECE, PIECE).max(s.len());
            self.room = vec![0; size].leak();
            self.held += size;
        }
        let (kept, rest) = std::mem::take(&mut self.room).split_at_mut(s.len());
        kept.copy_from_slice(s);
        self.room = rest;
        kept
    }
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
    #[test]
    fn strings_past_a_piece_of_the_store_keep_their_bytes() {
        let mut strings = Interner::default();
        // Strings that fill pieces unevenly, and one longer than a piece.
        let made: Vec<Vec<u8>> = (0..3000u32)
            .map(|n| vec![b'a' + (n % 26) as u8; 1 + (n as usize * 37) % 101])
            .chain([vec![b'z'; super::PIECE * 2 + 1]])
            .enumerate()
            .map(|(n, mut s)| {
                s.extend(n.to_string().bytes());
                s
            })
            .collect();
        for (n, s) in made.iter().enumerate() {
            assert_eq!(strings.intern(s), (n, true));
        }
        for (n, s) in made.iter().enumerate() {
            assert_eq!(strings.intern(s), (n, false));
            assert_eq!(strings.get(n), &s[..]);
        }
    }

    #[test]
    fn a_small_store_takes_little_room_and_a_large_one_grows_to_whole_pieces() {
        // An importer keeps a store for each level's duty ids: hundreds of
        // stores of a few ids each must not take a full piece each.
        let mut small = Interner::default();
        small.intern(b"write-code");
        small.intern(b"review");
        assert_eq!(small.held, super::FIRST_PIECE);
        let mut large = Interner::default();
        for n in 0..20_000 {
            large.intern(format!("duty-number-{n}").as_bytes());
        }
        let bytes: usize = (0..20_000).map(|n| large.get(n).len()).sum();
        assert!(large.held >= bytes && large.held < bytes + 2 * super::PIECE);
    }

    #[test]
    fn a_folding_store_finds_lent_and_kept_strings_regardless_of_case() {
        let mut strings = Interner::folding();
        assert_eq!(strings.intern_lent(b"keep going", b"Keep Going"), (0, true));
        // The wording lent as its source wrote it, found by its lower case.
        assert_eq!(strings.intern(b"keep going"), (0, false));
        assert_eq!(
            strings.intern_lent(b"keep going", b"KEEP going"),
            (0, false)
        );
        assert_eq!(strings.get(0), b"Keep Going");
        // A string kept lower-cased is found from a lent one too.
        assert_eq!(strings.intern("ünïcode".as_bytes()), (1, true));
        assert_eq!(strings.intern_lent(b"other", b"Other"), (2, true));
        assert_eq!(strings.intern("ünïcode".as_bytes()), (1, false));
        // Without folding, case tells strings apart.
        let mut exact = Interner::default();
        assert_eq!(exact.intern(b"Keep"), (0, true));
        assert_eq!(exact.intern(b"keep"), (1, true));
    }
}
