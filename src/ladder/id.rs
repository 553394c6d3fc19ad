//! The one rule for the ids of every kind of thing a ladder names.

/// The one rule for ids of every kind (levels, aliases, tracks, skills,
/// sources, responsibilities): lower-case ASCII letters and digits, in words
/// joined by single hyphens, like `tech-lead`. Such an id is safe to write into
/// a shell script, a URL anchor or a message as it is.
pub fn is_id(id: &str) -> bool {
    // A file holds an id for each of its duties, and every one is checked on
    // every run: eight bytes at a time, each byte marked in its high bit
    // when it is a letter, a digit or a hyphen, and when it is a hyphen.
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    // The bytes of `x` strictly between `lo` and `hi` (both at most 0x80),
    // for bytes below 0x80; a byte at or above it is never marked.
    let between = |x: u64, lo: u64, hi: u64| {
        let low7 = x & (ONES * 0x7f);
        (ONES * (0x7f + hi) - low7) & !x & (low7 + ONES * (0x7f - lo)) & HIGH
    };
    let b = id.as_bytes();
    let mut words = b.chunks_exact(8);
    // Whether the byte before the one being read is a hyphen.
    let mut dash_before = false;
    for word in &mut words {
        let x = u64::from_le_bytes(word.try_into().unwrap_or_default());
        let dash = between(x, b'-' as u64 - 1, b'-' as u64 + 1);
        let word_ok = between(x, b'a' as u64 - 1, b'z' as u64 + 1)
            | between(x, b'0' as u64 - 1, b'9' as u64 + 1)
            | dash;
        // A hyphen right after a hyphen: within the word, or across words.
        let double = (dash & (dash >> 8)) != 0 || (dash_before && dash & 0x80 != 0);
        if word_ok != HIGH || double {
            return false;
        }
        dash_before = dash >> 63 != 0;
    }
    for &c in words.remainder() {
        let dash = c == b'-';
        if !(c.is_ascii_lowercase() || c.is_ascii_digit() || dash) || (dash && dash_before) {
            return false;
        }
        dash_before = dash;
    }
    b.first().is_some_and(|&c| c != b'-') && !dash_before
}

#[cfg(test)]
mod tests {
    use super::is_id;

    #[test]
    fn ids_are_words_of_lower_case_letters_and_digits_joined_by_single_hyphens() {
        for id in ["a", "tech-lead", "l10", "2-b-c", "x-1-y"] {
            assert!(is_id(id), "{id}");
        }
        for id in [
            "",
            "-",
            "-a",
            "a-",
            "a--b",
            "Tech",
            "a_b",
            "a b",
            "é",
            "a-\u{2010}b",
        ] {
            assert!(!is_id(id), "{id:?}");
        }
    }

    /// The rule written the plain way: words of letters and digits, joined
    /// by single hyphens.
    fn is_id_by_words(id: &str) -> bool {
        id.split('-').all(|word| {
            !word.is_empty() && (word.bytes()).all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
    }

    #[test]
    fn ids_follow_the_plain_rule_at_every_length() {
        let pieces = ["a", "z", "0", "9", "-", "--", "A", "_", " ", "é", "ab-cd"];
        // Mostly letters, digits and hyphens, for hyphens at every place
        // in ids long enough to matter.
        let near = ["a", "z", "0", "9", "-", "b1", "c2d", "-"];
        let mixes = crate::testing::mixes(&pieces, 20_000, 40, 11)
            .chain(crate::testing::mixes(&near, 20_000, 30, 12));
        for id in mixes {
            assert_eq!(is_id(&id), is_id_by_words(&id), "{id:?}");
        }
    }
}
