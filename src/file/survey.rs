//! One pass over a text's bytes before the YAML reader runs: a bound on the
//! values it holds (`guard::values_bound` says how each byte counts), and
//! whether it has the rare bytes that begin an odd line break or a tag.

use crate::ladder::text::bytes as search;

/// What the survey of a text found.
pub struct Survey {
    /// `guard::values_bound`.
    pub values: usize,
    /// Whether the text has a byte that may begin an odd line break.
    pub odd_breaks: bool,
    /// Whether the text has a `!`, which a tag begins with.
    pub tags: bool,
}

/// The survey of `text`. Most bytes of a ladder file count for nothing, but
/// too many count (a `-` in every id, a `:` after every key) for a search
/// from one to the next to be quick: every pair of bytes is weighed, 16 pairs
/// at a time where the processor has SSE2 (every x86-64 one does). The rare
/// bytes that flag an odd line break or a tag are found by SSE2 searches.
pub fn survey(text: &str) -> Survey {
    let bytes = text.as_bytes();
    Survey {
        values: values(text),
        odd_breaks: search::find3(b'\r', 0xc2, 0xe2, bytes).is_some(),
        tags: search::find(b'!', bytes).is_some(),
    }
}

/// The survey's bound on the values of `text` alone, for a text whose rare
/// bytes do not matter (one `ladder` wrote, say): the two searches for them
/// are most of the rest of a survey.
pub fn values(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut halves = 16;
    if let Some((&last, _)) = bytes.split_last() {
        halves += usize::from(weight(last, b'\n'));
        let (firsts, nexts) = (&bytes[..bytes.len() - 1], &bytes[1..]);
        let (sum, done) = lanes::sum(firsts, nexts);
        let rest = firsts[done..].iter().zip(&nexts[done..]);
        halves += sum
            + rest
                .map(|(&x, &y)| usize::from(weight(x, y)))
                .sum::<usize>();
    }
    halves.div_ceil(2)
}

/// What a byte adds to the bound with the byte after it (the end of the text
/// counts as a line break), in half values so that a comma can count one and
/// a half: a flow bracket 6, a comma 3, a line break 2; a `:` 3 before a blank
/// and 6 before anything else; a `-` or `?` 10 before a blank or a line break.
fn weight(b: u8, next: u8) -> u8 {
    let blank = matches!(next, b' ' | b'\t');
    let line = matches!(next, b'\n' | b'\r');
    match b {
        b'[' | b'{' => 6,
        b',' => 3,
        b'\n' => 2,
        b':' if blank => 3,
        b':' => 6,
        b'-' | b'?' if blank || line => 10,
        _ => 0,
    }
}

#[cfg(target_arch = "x86_64")]
mod lanes {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi8, _mm_and_si128, _mm_cmpeq_epi8, _mm_cvtsi128_si64, _mm_loadu_si128,
        _mm_or_si128, _mm_sad_epu8, _mm_set1_epi8, _mm_setzero_si128, _mm_sub_epi8,
        _mm_unpackhi_epi64,
    };

    const LANES: usize = 16;
    /// A pair adds at most 10 to its lane: 25 rounds keep a lane within a byte.
    const ROUNDS: usize = 25;

    /// `weight` summed over the pairs `(firsts[i], nexts[i])` of every whole
    /// block of 16, and how many pairs that is; the caller weighs the rest.
    pub fn sum(firsts: &[u8], nexts: &[u8]) -> (usize, usize) {
        let done = firsts.len().min(nexts.len()) / LANES * LANES;
        let mut total = 0;
        // SAFETY: SSE2 is part of the x86-64 baseline, so its instructions
        // always run; every load reads 16 bytes from `i < done`, within both
        // slices, and unaligned loads take any address.
        unsafe {
            let byte = |b: u8| _mm_set1_epi8(b as i8);
            let eq = |v: __m128i, b: u8| _mm_cmpeq_epi8(v, byte(b));
            let weigh = |mask: __m128i, w: __m128i| _mm_and_si128(mask, w);
            let mut i = 0;
            while i < done {
                let end = (i + ROUNDS * LANES).min(done);
                let mut sums = _mm_setzero_si128();
                while i < end {
                    let b = _mm_loadu_si128(firsts.as_ptr().add(i).cast());
                    let next = _mm_loadu_si128(nexts.as_ptr().add(i).cast());
                    let blank = _mm_or_si128(eq(next, b' '), eq(next, b'\t'));
                    let line = _mm_or_si128(eq(next, b'\n'), eq(next, b'\r'));
                    let bracket = _mm_or_si128(eq(b, b'['), eq(b, b'{'));
                    let entry = _mm_or_si128(eq(b, b'-'), eq(b, b'?'));
                    let colon = _mm_sub_epi8(byte(6), weigh(blank, byte(3)));
                    let parts = [
                        weigh(bracket, byte(6)),
                        weigh(eq(b, b','), byte(3)),
                        weigh(eq(b, b'\n'), byte(2)),
                        weigh(eq(b, b':'), colon),
                        weigh(_mm_and_si128(entry, _mm_or_si128(blank, line)), byte(10)),
                    ];
                    sums = parts.iter().fold(sums, |s, &p| _mm_add_epi8(s, p));
                    i += LANES;
                }
                // Each half's 8 byte-sized sums, added into one 64-bit number.
                let halves = _mm_sad_epu8(sums, _mm_setzero_si128());
                let high = _mm_unpackhi_epi64(halves, halves);
                total += (_mm_cvtsi128_si64(halves) + _mm_cvtsi128_si64(high)) as usize;
            }
        }
        (total, done)
    }
}

#[cfg(not(target_arch = "x86_64"))]
mod lanes {
    /// Elsewhere every pair is weighed one at a time, by the caller.
    pub fn sum(_: &[u8], _: &[u8]) -> (usize, usize) {
        (0, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The survey as one pass of table look-ups over every pair of bytes.
    fn survey_by_tables(text: &str) -> Survey {
        // What a byte adds by itself, and what it adds as the byte after another.
        const fn table(pairs: &[(u8, u8)]) -> [u8; 256] {
            let mut t = [0; 256];
            let mut i = 0;
            while i < pairs.len() {
                t[pairs[i].0 as usize] = pairs[i].1;
                i += 1;
            }
            t
        }
        // In half values, so that a comma can count one and a half.
        const BASE: [u8; 256] = table(&[(b'[', 6), (b'{', 6), (b',', 3), (b'\n', 2)]);
        // An indicator's kind (1: `-` or `?`, 2: `:`) and the next byte's (0: any
        // other, 1: a blank, 2: a line break), and what the pair adds.
        const KIND: [u8; 256] = table(&[(b'-', 1), (b'?', 1), (b':', 2)]);
        const NEXT: [u8; 256] = table(&[(b' ', 1), (b'\t', 1), (b'\n', 2), (b'\r', 2)]);
        const EXTRA: [[u8; 3]; 3] = [[0, 0, 0], [0, 10, 10], [6, 3, 6]];
        const FLAG: [u8; 256] = table(&[(b'\r', 1), (0xc2, 1), (0xe2, 1), (b'!', 2)]);
        let bytes = text.as_bytes();
        let pair = |a: u8, b: u8| EXTRA[KIND[a as usize] as usize][NEXT[b as usize] as usize];
        let mut halves = 16 + bytes.last().map_or(0, |&b| usize::from(pair(b, b'\n')));
        let mut flags = 0;
        for w in bytes.windows(2) {
            halves += usize::from(BASE[w[0] as usize] + pair(w[0], w[1]));
            flags |= FLAG[w[0] as usize];
        }
        if let Some(&b) = bytes.last() {
            halves += usize::from(BASE[b as usize]);
            flags |= FLAG[b as usize];
        }
        Survey {
            values: halves.div_ceil(2),
            odd_breaks: flags & 1 != 0,
            tags: flags & 2 != 0,
        }
    }

    #[test]
    fn the_survey_by_lanes_equals_the_one_by_tables() {
        let pieces = [
            "a", ": ", ":", ":\t", "- ", "-", "-\n", "?", "? ", "[", "{", ",", "\n", "\r\n", "\r",
            "!", "é", "\u{85}", "\u{2028}", "  ", "x:y", "\t",
        ];
        // Short texts, long ones that fill the sums' lanes many times, and
        // ones that add the most a pair can to every other lane.
        let long = (0..40).map(|seed| crate::testing::mixes(&pieces, 400, 11, seed).collect());
        let most = ["-\n", "- ", "?\t", "x-\r\n"].map(|p| p.repeat(9000));
        for text in (crate::testing::mixes(&pieces, 5000, 11, 11).chain(long)).chain(most) {
            let (fast, slow) = (survey(&text), survey_by_tables(&text));
            assert_eq!(values(&text), slow.values, "{text:?}");
            assert_eq!(
                (fast.values, fast.odd_breaks, fast.tags),
                (slow.values, slow.odd_breaks, slow.tags),
                "{text:?}"
            );
        }
    }
}
