//! `ladder search TERM…`: case-insensitive search over what a ladder says about
//! each level.

use crate::ladder::find::Place;

use anyhow::bail;
use serde::Serialize;

use super::Answer;
use super::shared::LevelRef;
use crate::ladder::CheckedLadder;
use crate::output::markup::{Layout, Line, Markup, Span};

mod matching;

use self::matching::{Terms, matches};

/// Every level with a field that mentions all the terms. Field names are the
/// JSON contract.
#[derive(Debug, Serialize)]
pub struct Found<'a> {
    pub terms: Vec<String>,
    pub levels: Vec<LevelHits<'a>>,
    /// What people are told when nothing matched.
    #[serde(skip)]
    pub nothing: Option<String>,
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

pub fn run<'a>(
    ladder: &'a CheckedLadder,
    terms: &[String],
    place: &dyn Place,
) -> anyhow::Result<Found<'a>> {
    // A blank term is in every field with a space: it would list everything.
    if terms.iter().any(|t| crate::ladder::text::blank(t)) {
        bail!("a search term is blank; give words to look for, like `ladder search coaching`");
    }
    let mut found = search(ladder, terms);
    if found.levels.is_empty() {
        let wanted = terms
            .iter()
            .map(|t| format!("'{t}'"))
            .collect::<Vec<_>>()
            .join(" and ");
        found.nothing = Some(format!(
            "nothing in {place} mentions {wanted}; search looks at level names, roles, summaries, \
             responsibilities, skills, shifts and pitfalls"
        ));
    }
    Ok(found)
}

/// Searches names, roles, summaries, responsibilities, skills, shifts and
/// pitfalls for fields that contain every one of `terms`, ignoring case.
pub fn search<'a>(ladder: &'a CheckedLadder, terms: &[String]) -> Found<'a> {
    let wanted = Terms::new(terms);
    let mut levels = Vec::new();
    // The fields of the level being searched, their room kept from level to level.
    let mut fields: Vec<(&'static str, &'a str)> = Vec::new();
    for level in ladder.levels() {
        fields.clear();
        fields.extend([("name", level.name.as_str()), ("role", &level.role)]);
        fields.extend(level.summary.as_deref().map(|s| ("summary", s)));
        for duty in &level.responsibilities {
            fields.push(("responsibility", &duty.name));
            fields.extend(duty.detail.as_deref().map(|d| ("responsibility detail", d)));
        }
        fields.extend(
            level
                .skills
                .iter()
                .map(|id| ("skill", ladder.skill(id).name.as_str())),
        );
        fields.extend(level.shift.as_deref().map(|s| ("shift", s)));
        fields.extend(level.pitfalls.iter().map(|p| ("pitfall", p.as_str())));
        let hits: Vec<Hit<'a>> = (fields.iter())
            .filter_map(|&(field, text)| {
                matches(text, &wanted).map(|matches| Hit {
                    field,
                    text,
                    matches,
                })
            })
            .collect();
        if !hits.is_empty() {
            levels.push(LevelHits {
                level: LevelRef::new(level),
                hits,
            });
        }
    }
    Found {
        terms: terms.to_vec(),
        levels,
        nothing: None,
    }
}

impl Layout for Found<'_> {
    fn layout(&self, out: &mut dyn Markup) {
        for group in &self.levels {
            out.heading(2, &group.level.line());
            let hits: Vec<(&str, Line)> = group
                .hits
                .iter()
                .map(|hit| {
                    let (mut text, mut at) = (Line::new(), 0);
                    for m in &hit.matches {
                        text = text.plain(&hit.text[at..m.start]);
                        text = text.span(Span::Match(&hit.text[m.start..m.end]));
                        at = m.end;
                    }
                    (hit.field, text.plain(&hit.text[at..]))
                })
                .collect();
            out.labelled(&hits);
        }
    }
}

/// Nothing found fails the run: people are told so, scripts get the terms
/// and no levels.
impl Answer for Found<'_> {
    fn failed(&self) -> bool {
        self.levels.is_empty()
    }

    fn unanswered(&self) -> Option<String> {
        self.nothing.clone()
    }
}
