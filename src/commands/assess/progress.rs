//! `ladder assess FILE --against OLDER`: what moved between two assessments
//! of the same person.

use serde::Serialize;

use crate::ladder::assessment::{Assessment, Rating};
use crate::ladder::text::blank;

/// What moved since an earlier assessment.
#[derive(Debug, Serialize)]
pub struct Progress<'a> {
    pub against: String,
    /// The readiness the older assessment shows on this one's route and the
    /// ladder as it is now, 0 to 100.
    pub readiness_before: u32,
    /// The target's expectations met with evidence now and not then, and
    /// the reverse (a rating that fell, or evidence taken away), by id.
    pub newly_met: Vec<&'a str>,
    pub no_longer_met: Vec<&'a str>,
    pub moved: Vec<Moved<'a>>,
    pub evidence_added: Vec<Added<'a>>,
    pub evidence_removed: Vec<Added<'a>>,
    /// Ids rated before and not now.
    pub no_longer_rated: Vec<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct Moved<'a> {
    pub id: &'a str,
    pub from: Option<&'static str>,
    pub to: &'static str,
    /// `up`, `down`, or `new` for an id rated for the first time.
    pub direction: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Added<'a> {
    pub id: &'a str,
    pub evidence: Vec<&'a str>,
}

/// What moved from `older` to `newer`: ratings that changed (and which way),
/// evidence added and removed, ratings dropped. Looked up by id in a map, so
/// any number of ratings costs one pass over each file's.
pub fn progress<'a>(
    newer: &'a Assessment,
    older: &'a Assessment,
    (against, readiness_before): (String, u32),
) -> Progress<'a> {
    use crate::ladder::hash::{HashMap, HashSet};
    let before: HashMap<&str, &Rating> = older
        .ratings
        .0
        .iter()
        .map(|(id, r)| (id.as_str(), r))
        .collect();
    let now: HashSet<&str> = newer.ratings.0.iter().map(|(id, _)| id.as_str()).collect();
    let mut progress = Progress {
        against,
        readiness_before,
        newly_met: Vec::new(),
        no_longer_met: Vec::new(),
        moved: Vec::new(),
        evidence_added: Vec::new(),
        evidence_removed: Vec::new(),
        no_longer_rated: Vec::new(),
    };
    for (id, rating) in &newer.ratings.0 {
        let was = before.get(id.as_str());
        if was.map(|b| b.rating) != Some(rating.rating) {
            let direction = match was {
                None => "new",
                Some(b) if b.rating < rating.rating => "up",
                Some(_) => "down",
            };
            progress.moved.push(Moved {
                id,
                from: was.map(|b| b.rating.as_str()),
                to: rating.rating.as_str(),
                direction,
            });
        }
        let had: HashSet<&str> = was
            .map(|b| b.evidence.iter().map(|e| e.as_str()).collect())
            .unwrap_or_default();
        let has: HashSet<&str> = rating.evidence.iter().map(|e| e.as_str()).collect();
        // Blank evidence is no evidence, here as in the readiness.
        let added: Vec<&str> = rating
            .evidence
            .iter()
            .map(|e| e.as_str())
            .filter(|e| !blank(e) && !had.contains(e))
            .collect();
        if !added.is_empty() {
            progress.evidence_added.push(Added {
                id,
                evidence: added,
            });
        }
        if let Some(b) = was {
            let removed: Vec<&str> = b
                .evidence
                .iter()
                .map(|e| e.as_str())
                .filter(|e| !blank(e) && !has.contains(e))
                .collect();
            if !removed.is_empty() {
                progress.evidence_removed.push(Added {
                    id,
                    evidence: removed,
                });
            }
        }
    }
    for (id, _) in &older.ratings.0 {
        if !now.contains(id.as_str()) {
            progress.no_longer_rated.push(id);
        }
    }
    progress
}
