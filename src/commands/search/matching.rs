//! Case-insensitive matching of search terms in a text, as byte ranges of the
//! text: by bytes for ASCII, by lower-cased characters for the rest. Each term
//! is found with a substring search that is linear in the text and the term
//! (memchr's, prepared once per term, for ASCII; the standard library's for the
//! rest), so a search costs the text's length times the number of terms however
//! the text and the terms are made.

use std::cell::RefCell;

use memchr::memmem::Finder;

use super::Match;

/// The terms looked for, lower-cased and without empty ones.
pub struct Terms {
    lower: Vec<String>,
    /// Whether every term is ASCII, for the byte matcher.
    ascii: bool,
    /// A search for each term, prepared once and used on every text.
    finders: Vec<Finder<'static>>,
    /// The text being searched in lower case, its room kept from text to text.
    folded: RefCell<Vec<u8>>,
}

impl Terms {
    pub fn new(terms: &[String]) -> Terms {
        let lower: Vec<String> = terms
            .iter()
            .map(|t| t.chars().flat_map(char::to_lowercase).collect::<String>())
            .filter(|t| !t.is_empty())
            .collect();
        let ascii = lower.iter().all(|t| t.is_ascii());
        let finders = (lower.iter())
            .map(|t| Finder::new(t.as_bytes()).into_owned())
            .collect();
        Terms {
            lower,
            ascii,
            finders,
            folded: RefCell::default(),
        }
    }
}

/// Where `text` mentions each of the terms, merged and in order; `None` unless
/// it mentions every one.
pub fn matches(text: &str, terms: &Terms) -> Option<Vec<Match>> {
    match terms {
        _ if terms.lower.is_empty() => None,
        // Most text is ASCII: lower-case it by bytes, and the byte offsets stay.
        Terms { ascii: true, .. } if text.is_ascii() => ascii_matches(text, terms),
        _ => char_matches(text, &terms.lower),
    }
}

/// `matches` for ASCII text and terms.
fn ascii_matches(text: &str, terms: &Terms) -> Option<Vec<Match>> {
    // A text without a term's first letter, in either case, cannot hold the
    // term: most texts are passed over without being lower-cased.
    for &first in terms
        .lower
        .iter()
        .filter_map(|term| term.as_bytes().first())
    {
        let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
        memchr::memchr2(lower, upper, text.as_bytes())?;
    }
    let mut lower = terms.folded.borrow_mut();
    crate::ladder::text::ascii_lowercase_into(&mut lower, text);
    let mut found = Vec::new();
    for finder in &terms.finders {
        let before = found.len();
        let len = finder.needle().len();
        found.extend(finder.find_iter(&lower).map(|start| Match {
            start,
            end: start + len,
        }));
        if found.len() == before {
            return None;
        }
    }
    Some(merge(found))
}

/// `matches` for any text: the text is lower-cased character by character, and
/// each byte of the result remembers the character of `text` it came from.
fn char_matches(text: &str, terms: &[String]) -> Option<Vec<Match>> {
    let mut folded = String::with_capacity(text.len());
    let mut origin: Vec<(usize, usize)> = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        for lower in c.to_lowercase() {
            folded.push(lower);
            origin.resize(folded.len(), (at, at + c.len_utf8()));
        }
    }
    let mut found = Vec::new();
    for term in terms {
        let before = found.len();
        found.extend(folded.match_indices(term.as_str()).map(|(at, _)| Match {
            start: origin[at].0,
            end: origin[at + term.len() - 1].1,
        }));
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
                assert_eq!(
                    ascii_matches(text, &terms),
                    char_matches(text, &terms.lower),
                    "{text:?} {:?}",
                    terms.lower
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
