//! Ids made from a source's names: kebab-case ASCII, cut between words at 48
//! characters; `unique.rs` makes them unique.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Each ASCII letter and digit in lower case, and 0 for every other byte.
const LOWER: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphanumeric() {
            table[b] = (b as u8).to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// An id from a name: lower-case ASCII letters and digits in words joined by
/// `-`; `fallback` when the name has none.
pub fn slug(name: &str, fallback: &str) -> String {
    if let Some(id) = ascii_slug(name.as_bytes()) {
        return if id.is_empty() {
            fallback.to_string()
        } else {
            id
        };
    }
    // Lower-case ASCII letters and digits, each other run of characters one
    // '-' between them. A character outside ASCII is decomposed first, its
    // accents dropped, and lower-cased, so that 'Ünïcödé' gives 'unicode', a
    // full-width 'Ｋ' a 'k' and 'ﬁ' 'fi'; what is left outside ASCII separates.
    let mut out: Vec<u8> = Vec::with_capacity(name.len().min(64));
    let mut dash = false;
    let mut take = |b: u8, out: &mut Vec<u8>| {
        if b.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push(b'-');
            }
            dash = false;
            out.push(b.to_ascii_lowercase());
        } else {
            dash = true;
        }
    };
    let bytes = name.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if LOWER[usize::from(b)] != 0 {
            // A run of letters and digits, lower-cased in one go.
            let rest = &bytes[at..];
            let len = (rest.iter().position(|&c| LOWER[usize::from(c)] == 0)).unwrap_or(rest.len());
            take(b, &mut out);
            out.extend(rest[1..len].iter().map(|&c| LOWER[usize::from(c)]));
            at += len;
        } else if b.is_ascii() {
            // Past 48 characters and between words, what follows is cut below.
            if out.len() > 48 {
                break;
            }
            at += 1;
            take(b, &mut out);
        } else {
            let c = name[at..].chars().next().unwrap_or_default();
            at += c.len_utf8();
            for l in (std::iter::once(c).nfkd())
                .filter(|&d| !is_combining_mark(d))
                .flat_map(char::to_lowercase)
            {
                // Outside ASCII, a character separates as any other does.
                take(
                    u8::try_from(l).ok().filter(u8::is_ascii).unwrap_or(b' '),
                    &mut out,
                );
            }
        }
    }
    // Long names make long ids: keep the words that end within 48
    // characters, or the first word when it alone is longer.
    if out.len() > 48 {
        let cut = match out[..=48].iter().rposition(|&b| b == b'-') {
            Some(dash) => dash,
            None => out.iter().position(|&b| b == b'-').unwrap_or(out.len()),
        };
        out.truncate(cut);
    }
    match String::from_utf8(out) {
        Ok(id) if !id.is_empty() => id,
        _ => fallback.to_string(),
    }
}

/// `slug` of a name whose words are ASCII, which most are, made straight
/// into the id; `None` at the first byte outside ASCII before the cut, for
/// the general way to make.
fn ascii_slug(name: &[u8]) -> Option<String> {
    let mut out = String::with_capacity(name.len().min(56));
    // Whether words were apart before this one; the first hyphen made, and
    // the last within the 49 bytes a cut keeps.
    let (mut apart, mut first, mut last) = (false, None, None);
    for &b in name {
        let lower = LOWER[usize::from(b)];
        if lower == 0 {
            if !b.is_ascii() {
                return None;
            }
            if out.len() > 48 {
                break;
            }
            apart = !out.is_empty();
            continue;
        }
        if apart {
            first = first.or(Some(out.len()));
            if out.len() <= 48 {
                last = Some(out.len());
            }
            out.push('-');
            apart = false;
        }
        out.push(char::from(lower));
    }
    // As `slug` cuts: the words that end within 48 bytes, or the first.
    if out.len() > 48 {
        out.truncate(last.or(first).unwrap_or(out.len()));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs_are_kebab_case_ascii_from_any_name() {
        for (name, id) in [
            ("Senior Engineer", "senior-engineer"),
            ("  -- Tech   Lead (TL) --", "tech-lead-tl"),
            ("Ünïcödé Lëvel", "unicode-level"),
            ("ＫＰＩ ﬁxing", "kpi-fixing"),
            ("Straße", "stra-e"),
            ("日本語", "fallback"),
            ("", "fallback"),
            ("D4 - Developer 4", "d4-developer-4"),
        ] {
            assert_eq!(slug(name, "fallback"), id, "{name}");
        }
        // Long names keep their first words, within 48 characters.
        let long = slug(&"word ".repeat(40), "x");
        assert!(long.len() <= 48 && long.starts_with("word-word"), "{long}");
    }

    /// The rule `slug` keeps, written the plain way: every character
    /// mapped, then whole words kept while they fit in 48.
    fn slug_by_words(name: &str, fallback: &str) -> String {
        use unicode_normalization::UnicodeNormalization;
        use unicode_normalization::char::is_combining_mark;
        let mapped: String = (name.nfkd())
            .filter(|&d| !is_combining_mark(d))
            .flat_map(char::to_lowercase)
            .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
            .collect();
        let mut short = String::new();
        for word in mapped.split_whitespace() {
            if !short.is_empty() && short.len() + 1 + word.len() > 48 {
                break;
            }
            if !short.is_empty() {
                short.push('-');
            }
            short.push_str(word);
        }
        if short.is_empty() {
            fallback.to_string()
        } else {
            short
        }
    }

    #[test]
    fn slugs_cut_long_names_between_words_as_the_plain_rule_does() {
        // Words of every length around the 48-character cut, joined by
        // ASCII and other separators, with accented letters among them.
        let words = [
            "a",
            "bc",
            "déf",
            "ghij",
            "klmnopq",
            &"r".repeat(20),
            &"s".repeat(46),
            &"t".repeat(49),
        ];
        let seps = [" ", " -- ", "\u{2014}", "_"];
        let edge = format!("a {} y", "x".repeat(46));
        assert_eq!(slug(&edge, "x"), format!("a-{}", "x".repeat(46)));
        // Exactly 48 characters are kept; a 49th cuts the word it ends.
        let exact = format!("a {}", "x".repeat(46));
        assert_eq!(slug(&exact, "x"), format!("a-{}", "x".repeat(46)));
        assert_eq!(slug(&format!("a {}", "x".repeat(47)), "x"), "a");
        let pieces: Vec<&str> = words.iter().chain(&seps).copied().collect();
        for name in crate::testing::mixes(&pieces, 8000, 20, 7) {
            assert_eq!(slug(&name, "x"), slug_by_words(&name, "x"), "{name:?}");
        }
    }
}
