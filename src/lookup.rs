//! Finding a level from what a person typed, and suggesting the closest ones when
//! nothing matches.

use anyhow::bail;

use crate::index::Index;
use crate::load::Origin;
use crate::model::Skill;

/// How many level ids an error message lists before it stops.
const KNOWN_SHOWN: usize = 12;

/// The level named by id, alias or name, in any case; otherwise an error that
/// suggests the closest names and lists the known ids.
pub fn level(index: &Index, name: &str, origin: &Origin) -> anyhow::Result<usize> {
    if let Some(level) = index.find_level(name) {
        return Ok(level);
    }
    let suggestions = closest(index, name);
    let hint = match suggestions.as_slice() {
        [] => String::new(),
        [one] => format!("; did you mean '{one}'?"),
        many => format!("; did you mean one of '{}'?", many.join("', '")),
    };
    let ids: Vec<&str> = index.levels().iter().map(|l| l.id.as_str()).collect();
    let known = shortened(&ids, "`ladder list` shows them");
    bail!("no level '{name}' in {origin}{hint} (known: {known})")
}

/// Two levels, each named by id, alias or name.
pub fn pair(
    index: &Index,
    from: &str,
    to: &str,
    origin: &Origin,
) -> anyhow::Result<(usize, usize)> {
    Ok((level(index, from, origin)?, level(index, to, origin)?))
}

/// Up to three level ids whose id, alias or name is within a few edits of `name`
/// or starts with it, closest first.
fn closest(index: &Index, name: &str) -> Vec<String> {
    let wanted = name.trim().to_lowercase();
    let budget = (wanted.chars().count() / 3).max(1);
    let mut scored: Vec<(usize, usize)> = index
        .level_keys
        .iter()
        .filter_map(|(key, &level)| {
            let distance = if key.starts_with(&wanted) && !wanted.is_empty() {
                0
            } else {
                edit_distance(&wanted, key)
            };
            (distance <= budget).then_some((distance, level))
        })
        .collect();
    scored.sort_unstable();
    let mut ids: Vec<String> = Vec::new();
    for (_, level) in scored {
        let id = &index.level(level).id;
        if !ids.iter().any(|known| known == id.as_str()) && ids.len() < 3 {
            ids.push(id.to_string());
        }
    }
    ids
}

/// The skill named by id or name, in any case; otherwise an error that suggests
/// the closest and lists the known ids.
pub fn skill<'a>(index: &'a Index, name: &str, origin: &Origin) -> anyhow::Result<&'a Skill> {
    if let Some(skill) = index.find_skill(name) {
        return Ok(skill);
    }
    let wanted = name.trim().to_lowercase();
    let budget = (wanted.chars().count() / 3).max(1);
    let mut scored: Vec<(usize, &str)> = index
        .ladder
        .skills
        .iter()
        .filter_map(|s| {
            let distance = [&s.id, &s.name]
                .iter()
                .map(|key| edit_distance(&wanted, &key.to_lowercase()))
                .min()?;
            (distance <= budget).then_some((distance, s.id.as_str()))
        })
        .collect();
    scored.sort_unstable();
    let hint = match scored.first() {
        Some((_, id)) => format!("; did you mean '{id}'?"),
        None => String::new(),
    };
    let ids: Vec<&str> = index.ladder.skills.iter().map(|s| s.id.as_str()).collect();
    let known = shortened(&ids, "`ladder skill` lists them");
    bail!("no skill '{name}' in {origin}{hint} (known: {known})")
}

/// The first ids of a list, with a count and where to see them all when it is long.
fn shortened(ids: &[&str], all: &str) -> String {
    let mut known = ids
        .iter()
        .take(KNOWN_SHOWN)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() > KNOWN_SHOWN {
        known.push_str(&format!(", … ({} in all; {all})", ids.len()));
    }
    known
}

/// Levenshtein distance over characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("dirctor", "director"), 1);
        assert_eq!(edit_distance("", "em"), 2);
        assert_eq!(edit_distance("staff", "staff"), 0);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
