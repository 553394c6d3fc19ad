//! Case-insensitive search over what a ladder says about each level.

use serde::Serialize;

use crate::diff::{LevelRef, level_ref};
use crate::index::Index;

/// Every level with a field that mentions all the terms. Field names are the
/// JSON contract.
#[derive(Debug, Serialize)]
pub struct Found<'a> {
    pub terms: Vec<String>,
    pub levels: Vec<LevelHits<'a>>,
}

#[derive(Debug, Serialize)]
pub struct LevelHits<'a> {
    pub level: LevelRef<'a>,
    pub hits: Vec<Hit<'a>>,
}

/// One field of a level that mentions every term, with where each mention is.
#[derive(Debug, Serialize)]
pub struct Hit<'a> {
    /// `name`, `role`, `summary`, `responsibility`, `responsibility detail`,
    /// `skill`, `shift` or `pitfall`.
    pub field: &'static str,
    pub text: &'a str,
    /// Byte ranges of `text` that match a term, in order, not overlapping.
    pub matches: Vec<Match>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Match {
    pub start: usize,
    pub end: usize,
}

/// Searches names, roles, summaries, responsibilities, skills, shifts and
/// pitfalls for fields that contain every one of `terms`, ignoring case.
pub fn search<'a>(index: &'a Index, terms: &[String]) -> Found<'a> {
    let wanted: Vec<Vec<char>> = terms
        .iter()
        .map(|t| lower(t))
        .filter(|t| !t.is_empty())
        .collect();
    let levels = index
        .levels()
        .iter()
        .filter_map(|level| {
            let mut fields: Vec<(&'static str, &'a str)> =
                vec![("name", &level.name), ("role", &level.role)];
            fields.extend(level.summary.as_deref().map(|s| ("summary", s)));
            for duty in &level.responsibilities {
                fields.push(("responsibility", &duty.name));
                fields.extend(duty.detail.as_deref().map(|d| ("responsibility detail", d)));
            }
            fields.extend(
                level
                    .skills
                    .iter()
                    .map(|id| ("skill", index.skill(id).name.as_str())),
            );
            fields.extend(level.shift.as_deref().map(|s| ("shift", s)));
            fields.extend(level.pitfalls.iter().map(|p| ("pitfall", p.as_str())));
            let hits: Vec<Hit<'a>> = fields
                .into_iter()
                .filter_map(|(field, text)| {
                    matches(text, &wanted).map(|matches| Hit {
                        field,
                        text,
                        matches,
                    })
                })
                .collect();
            (!hits.is_empty()).then(|| LevelHits {
                level: level_ref(level),
                hits,
            })
        })
        .collect();
    Found {
        terms: terms.to_vec(),
        levels,
    }
}

fn lower(text: &str) -> Vec<char> {
    text.chars().flat_map(char::to_lowercase).collect()
}

/// Where `text` mentions each of `terms` (lower-cased), merged and in order; `None`
/// unless it mentions every one.
fn matches(text: &str, terms: &[Vec<char>]) -> Option<Vec<Match>> {
    if terms.is_empty() {
        return None;
    }
    // Most text is ASCII: compare bytes, ignoring case, and allocate nothing
    // unless there is a match.
    if text.is_ascii() && terms.iter().all(|t| t.iter().all(char::is_ascii)) {
        return ascii_matches(text.as_bytes(), terms);
    }
    // Each lower-cased character with the byte range of the character it came from.
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

/// `matches` for ASCII text and terms.
fn ascii_matches(text: &[u8], terms: &[Vec<char>]) -> Option<Vec<Match>> {
    let mut found = Vec::new();
    for term in terms {
        let term: Vec<u8> = term.iter().map(|&c| c as u8).collect();
        let before = found.len();
        let mut i = 0;
        while i + term.len() <= text.len() {
            if text[i..i + term.len()].eq_ignore_ascii_case(&term) {
                found.push(Match {
                    start: i,
                    end: i + term.len(),
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
    use crate::load::tests::acme;

    fn spans(text: &str, terms: &[&str]) -> Option<Vec<(usize, usize)>> {
        let terms: Vec<Vec<char>> = terms.iter().map(|t| lower(t)).collect();
        matches(text, &terms).map(|m| m.into_iter().map(|m| (m.start, m.end)).collect())
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

    #[test]
    fn finds_levels_by_any_field() {
        let index = acme();
        let found = search(&index, &["one-on".to_string()]);
        let ids: Vec<&str> = found.levels.iter().map(|l| l.level.id).collect();
        assert_eq!(ids, ["team-lead", "head"]);
        assert_eq!(found.levels[0].hits[0].field, "responsibility");
        let pitfall = search(&index, &["TEAM'S".to_string()]);
        assert_eq!(pitfall.levels[0].hits[0].field, "pitfall");
        assert!(
            search(&index, &["nothing-like-this".to_string()])
                .levels
                .is_empty()
        );
    }
}
