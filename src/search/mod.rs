//! Case-insensitive search over what a ladder says about each level.

use serde::Serialize;

use crate::diff::{LevelRef, level_ref};
use crate::index::Index;

mod matching;

use self::matching::{Terms, matches};

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
    let wanted = Terms::new(terms);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::acme;

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
