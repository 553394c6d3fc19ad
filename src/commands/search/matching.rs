//! Case-insensitive matching of search terms in a text, as byte ranges of the
//! text: by bytes for ASCII, by lower-cased characters for the rest. Each term
//! is found with a substring search that is linear in the text and the term
//! (memchr's, prepared once per term, for ASCII; the standard library's for the
//! rest), so a search costs the text's length times the number of terms however
//! the text and the terms are made.

use std::cell::{OnceCell, RefCell};

use memchr::memmem::Finder;

use super::Match;
use crate::ladder::text::bytes;

/// The terms looked for, lower-cased and without empty ones.
pub struct Terms {
    lower: Vec<String>,
    /// Whether every term is ASCII, for the byte matcher.
    ascii: bool,
    /// A search for each term, prepared once, when a text first needs it,
    /// and used on every text after: most searches never need one, and
    /// preparing one asks the processor what it can do, which a virtual
    /// machine answers slowly.
    finders: Vec<OnceCell<Finder<'static>>>,
    /// The text being searched in lower case, its room kept from text to text.
    folded: RefCell<Vec<u8>>,
}

/// Gives each character `c` folds to: in lower case, without the accents of
/// the Latin, Greek and Cyrillic scripts (canonical decomposition, then the
/// combining diacritical marks dropped: `résumé` folds to `resume`, whether
/// its accents are composed or not), and a final sigma as any sigma (`ΟΔΟΣ`
/// is `οδος` in lower case, with a final `ς`). Character by character, so
/// that each folded character comes from one of the text's.
fn fold(c: char, mut give: impl FnMut(char)) {
    for lower in c.to_lowercase() {
        unicode_normalization::char::decompose_canonical(lower, |d| match d {
            'ς' => give('σ'),
            d if is_accent(d) => {}
            d => give(d),
        });
    }
}

/// A combining diacritical mark (U+0300 to U+036F): an accent `fold` drops.
fn is_accent(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

impl Terms {
    pub fn new(terms: &[String]) -> Terms {
        let lower: Vec<String> = (terms.iter())
            .map(|t| {
                let mut folded = String::with_capacity(t.len());
                t.chars().for_each(|c| fold(c, |d| folded.push(d)));
                folded
            })
            .filter(|t| !t.is_empty())
            .collect();
        let ascii = lower.iter().all(|t| t.is_ascii());
        let finders = lower.iter().map(|_| OnceCell::new()).collect();
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
    let mut found = Vec::new();
    let mut lowered = false;
    for (term, finder) in terms.lower.iter().zip(&terms.finders) {
        let before = found.len();
        if !by_first_byte(text.as_bytes(), term.as_bytes(), &mut found) {
            // Too many places to compare: search the text in lower case.
            found.truncate(before);
            let mut lower = terms.folded.borrow_mut();
            if !lowered {
                crate::ladder::text::ascii_lowercase_into(&mut lower, text);
                lowered = true;
            }
            let finder = finder.get_or_init(|| Finder::new(term.as_bytes()).into_owned());
            let len = finder.needle().len();
            found.extend(finder.find_iter(&lower).map(|start| Match {
                start,
                end: start + len,
            }));
        }
        if found.len() == before {
            return None;
        }
    }
    Some(merge(found))
}

/// Adds where `text` holds the lower-case `term` in any case, each match
/// after the last one's end, as the substring search finds them: at each
/// place where its first letter is, compared there. Most texts hold a
/// term's first letter in few places, or none, and are not lower-cased at
/// all. False, and partly added, once comparing has cost two passes over
/// the text: the caller searches it another way.
fn by_first_byte(text: &[u8], term: &[u8], found: &mut Vec<Match>) -> bool {
    let Some((&first, rest)) = term.split_first() else {
        return true;
    };
    let (lower, upper) = (first, first.to_ascii_uppercase());
    let (mut from, mut budget) = (0, 2 * text.len() + 64);
    while let Some(at) = bytes::find2(lower, upper, &text[from..]).map(|i| from + i) {
        let end = at + term.len();
        let Some(candidate) = text.get(at + 1..end) else {
            break;
        };
        budget = match budget.checked_sub(term.len()) {
            Some(left) => left,
            None => return false,
        };
        if candidate.eq_ignore_ascii_case(rest) {
            found.push(Match { start: at, end });
            from = end;
        } else {
            from = at + 1;
        }
    }
    true
}

/// `matches` for any text: the text is folded character by character (`fold`),
/// and each byte of the result remembers the character of `text` it came from.
fn char_matches(text: &str, terms: &[String]) -> Option<Vec<Match>> {
    let mut folded = String::with_capacity(text.len());
    let mut origin: Vec<(usize, usize)> = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        fold(c, |d| {
            folded.push(d);
            origin.resize(folded.len(), (at, at + c.len_utf8()));
        });
    }
    let mut found = Vec::new();
    for term in terms {
        let before = found.len();
        found.extend(folded.match_indices(term.as_str()).map(|(at, _)| {
            // The accents after the last letter are its own: in the match.
            let end = origin[at + term.len() - 1].1;
            let accents = text[end..].chars().take_while(|&c| is_accent(c));
            Match {
                start: origin[at].0,
                end: end + accents.map(char::len_utf8).sum::<usize>(),
            }
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

    /// A text and term that would cost more than two passes to compare
    /// at each place of the first letter are searched in lower case instead.
    #[test]
    fn many_places_to_compare_give_the_same_matches() {
        let text = format!("{}C{}", "b".repeat(300), "Bbbc".repeat(3));
        let terms = [
            ("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbc", false),
            ("bbbc", false),
            ("b", true),
            ("cb", true),
        ];
        for (term, compared) in terms {
            let terms = Terms::new(&[term.to_string()]);
            let mut found = Vec::new();
            let cheap = by_first_byte(text.as_bytes(), term.as_bytes(), &mut found);
            assert_eq!(cheap, compared, "{term}");
            assert_eq!(
                ascii_matches(&text, &terms),
                char_matches(&text, &terms.lower),
                "{term}"
            );
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
        // Accents are ignored, composed or combining, anywhere in a term, and
        // a final sigma matches any sigma.
        assert_eq!(spans("Ünïcode ÉQUIPE", &["unicode"]), Some(vec![(0, 9)]));
        assert_eq!(spans("Cafe\u{301} Lead", &["café"]), Some(vec![(0, 6)]));
        assert_eq!(spans("Café Lead", &["cafe\u{301}"]), Some(vec![(0, 5)]));
        assert_eq!(
            spans("résumé crème", &["resume", "creme"]),
            Some(vec![(0, 8), (9, 15)])
        );
        assert_eq!(spans("Cafe\u{301} est", &["cafe est"]), Some(vec![(0, 10)]));
        assert_eq!(spans("naive", &["naïve"]), Some(vec![(0, 5)]));
        assert_eq!(spans("ΟΔΟΣ", &["οδος"]), Some(vec![(0, 8)]));
        assert_eq!(spans("οδός ος", &["ΟΔΟΣ"]), Some(vec![(0, 8)]));
        assert_eq!(spans("οδος", &["ΟΔΟΣ"]), Some(vec![(0, 8)]));
        assert_eq!(
            spans("plain ASCII text", &["ascii TEXT"]),
            Some(vec![(6, 16)])
        );
    }
}
