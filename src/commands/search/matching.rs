//! Case-insensitive matching of search terms in a text, as byte ranges of the
//! text: by bytes for ASCII, by lower-cased characters for the rest.

use super::Match;

fn lower(text: &str) -> Vec<char> {
    text.chars().flat_map(char::to_lowercase).collect()
}

/// The terms looked for, lower-cased and without empty ones; as bytes too when
/// every one is ASCII, for the byte matcher.
pub struct Terms {
    chars: Vec<Vec<char>>,
    ascii: Option<Vec<Vec<u8>>>,
}

impl Terms {
    pub fn new(terms: &[String]) -> Terms {
        let chars: Vec<Vec<char>> = terms
            .iter()
            .map(|t| lower(t))
            .filter(|t| !t.is_empty())
            .collect();
        let byte = |c: &char| u8::try_from(*c).ok().filter(u8::is_ascii);
        let ascii = chars
            .iter()
            .map(|term| term.iter().map(byte).collect())
            .collect();
        Terms { chars, ascii }
    }
}

/// Where `text` mentions each of the terms, merged and in order; `None` unless
/// it mentions every one.
pub fn matches(text: &str, terms: &Terms) -> Option<Vec<Match>> {
    match &terms.ascii {
        _ if terms.chars.is_empty() => None,
        // Most text is ASCII: compare bytes, ignoring case, and allocate nothing
        // unless there is a match.
        Some(ascii) if text.is_ascii() => ascii_matches(text.as_bytes(), ascii),
        _ => char_matches(text, &terms.chars),
    }
}

/// `matches` for any text: each lower-cased character is compared, with the
/// byte range of the character it came from.
fn char_matches(text: &str, terms: &[Vec<char>]) -> Option<Vec<Match>> {
    let folded: Vec<(char, usize, usize)> = text
        .char_indices()
        .flat_map(|(at, c)| c.to_lowercase().map(move |l| (l, at, at + c.len_utf8())))
        .collect();
    let mut found = Vec::new();
    for term in terms {
        let before = found.len();
        let mut i = 0;
        while i + term.len() <= folded.len() {
            if folded[i..i + term.len()]
                .iter()
                .map(|f| f.0)
                .eq(term.iter().copied())
            {
                found.push(Match {
                    start: folded[i].1,
                    end: folded[i + term.len() - 1].2,
                });
                i += term.len();
            } else {
                i += 1;
            }
        }
        if found.len() == before {
            return None;
        }
    }
    Some(merge(found))
}

/// `char_matches` for ASCII text and terms (lower-cased, not empty): a quick
/// scan for each term's first byte, then a comparison of the rest.
fn ascii_matches(text: &[u8], terms: &[Vec<u8>]) -> Option<Vec<Match>> {
    let mut found = Vec::new();
    for term in terms {
        let (&first, rest) = term.split_first()?;
        let before = found.len();
        let mut i = 0;
        while let Some(skip) = text[i..]
            .iter()
            .position(|b| b.to_ascii_lowercase() == first)
        {
            let (start, end) = (i + skip, i + skip + term.len());
            if end > text.len() {
                break;
            }
            if text[start + 1..end].eq_ignore_ascii_case(rest) {
                found.push(Match { start, end });
                i = end;
            } else {
                i = start + 1;
            }
        }
        if found.len() == before {
            return None;
        }
    }
    Some(merge(found))
}

/// Sorts matches and joins those that overlap.
fn merge(mut found: Vec<Match>) -> Vec<Match> {
    found.sort_by_key(|m| (m.start, m.end));
    let mut merged: Vec<Match> = Vec::with_capacity(found.len());
    for m in found {
        match merged.last_mut() {
            Some(last) if m.start <= last.end => last.end = last.end.max(m.end),
            _ => merged.push(m),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str, terms: &[&str]) -> Option<Vec<(usize, usize)>> {
        let terms: Vec<String> = terms.iter().map(|t| t.to_string()).collect();
        let terms = Terms::new(&terms);
        matches(text, &terms).map(|m| m.into_iter().map(|m| (m.start, m.end)).collect())
    }

    #[test]
    fn the_byte_matcher_finds_what_the_character_matcher_finds() {
        // Every text of up to five characters from a small alphabet, and terms
        // that overlap, repeat and run past the end.
        let alphabet = ['a', 'B', 'b', ' ', '-'];
        let terms: &[&[&str]] = &[&["a"], &["ab"], &["b a"], &["bb", "a"], &["aab"], &["-"]];
        let (mut texts, mut longest) = (vec![String::new()], vec![String::new()]);
        for _ in 0..5 {
            longest = longest
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(longest.iter().cloned());
        }
        for text in &texts {
            for &terms in terms {
                let terms: Vec<String> = terms.iter().map(|t| t.to_string()).collect();
                let terms = Terms::new(&terms);
                let bytes = ascii_matches(text.as_bytes(), terms.ascii.as_ref().unwrap());
                assert_eq!(
                    bytes,
                    char_matches(text, &terms.chars),
                    "{text:?} {:?}",
                    terms.chars
                );
            }
        }
    }

    #[test]
    fn matches_ignore_case_and_need_every_term() {
        assert_eq!(
            spans("Code Review and code", &["code"]),
            Some(vec![(0, 4), (16, 20)])
        );
        assert_eq!(
            spans("Code Review", &["review", "CODE"]),
            Some(vec![(0, 4), (5, 11)])
        );
        assert_eq!(spans("Code Review", &["code", "budget"]), None);
        assert_eq!(spans("abc", &["abcd"]), None);
    }

    #[test]
    fn matches_are_byte_ranges_of_the_original_text() {
        assert_eq!(spans("Ünïcode ÉQUIPE", &["équipe"]), Some(vec![(10, 17)]));
        assert_eq!(spans("İstanbul", &["i̇"]), Some(vec![(0, 2)]));
        assert_eq!(spans("aaaa", &["aa", "a"]), Some(vec![(0, 4)]));
        assert_eq!(spans("Ünïcode ÉQUIPE", &["unicode"]), None);
        assert_eq!(
            spans("plain ASCII text", &["ascii TEXT"]),
            Some(vec![(6, 16)])
        );
    }
}
