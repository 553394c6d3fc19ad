//! trailing-space and mixed-spelling: rules on the file's text itself, each
//! finding at a line and column.

use super::{Finding, Place};
use crate::ladder::hash::{HashMap, HashMapExt};

/// Lines that end in blanks.
pub(super) fn trailing_spaces(text: &str, found: &mut Vec<Finding>) {
    for (n, line) in text.lines().enumerate() {
        let kept = line.trim_end_matches([' ', '\t']);
        if kept.len() < line.len() {
            found.push(Finding {
                rule: "trailing-space",
                at: Place::Text {
                    line: n + 1,
                    column: kept.chars().count() + 1,
                },
                message: "the line ends in spaces or tabs; remove them".to_string(),
            });
        }
    }
}

/// A word as British and American spelling agree on it, for the common
/// pairs: -isation/-ization, -ise/-ize, -our/-or, judgement/judgment.
fn spelling_key(word: &str) -> String {
    let mut key = word
        .replace("isation", "ization")
        .replace("judgement", "judgment");
    for (from, to) in [
        ("ised", "ized"),
        ("ises", "izes"),
        ("ising", "izing"),
        ("ise", "ize"),
    ] {
        if key.len() > 5 && key.ends_with(from) {
            key.truncate(key.len() - from.len());
            key.push_str(to);
            break;
        }
    }
    // -our, alone or before an ending (colours, behavioural, favourite,
    // neighbourhood), after at least two letters (not four, hour, your).
    // (-ise is -ize by now.)
    const AFTER_OUR: [&str; 29] = [
        "", "s", "ed", "ing", "er", "ers", "ite", "ites", "itism", "able", "ably", "al", "ally",
        "ful", "fully", "less", "hood", "hoods", "ism", "ist", "ists", "ly", "y", "ation", "some",
        "ize", "ized", "izes", "izing",
    ];
    if let Some(at) = key.rfind("our")
        && at >= 2
        && AFTER_OUR.contains(&&key[at + 3..])
    {
        key.replace_range(at..at + 3, "or");
    }
    key
}

/// Whether a word may have a second spelling that `spelling_key` joins it to.
fn variable(word: &str) -> bool {
    word.len() >= 5
        && (word.as_bytes().windows(2)).any(|pair| {
            matches!(
                [pair[0].to_ascii_lowercase(), pair[1].to_ascii_lowercase()],
                [b'i', b's' | b'z'] | [b'o', b'u' | b'r'] | [b'j', b'u']
            )
        })
}

/// A word spelled two ways in the file: the rarer spelling, at its first use.
/// Only words a spelling rule can change are looked at; each is found by
/// hash, so any number of words costs one pass.
pub(super) fn mixed_spellings(text: &str, found: &mut Vec<Finding>) {
    // Each spelling's count and first place, and the spellings of each key.
    let mut spellings: HashMap<String, (usize, usize, usize)> = HashMap::new();
    let mut keys: HashMap<String, Vec<String>> = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let mut column = 0;
        for word in line.split(|c: char| !c.is_alphabetic()) {
            let start = column;
            column += word.chars().count() + 1;
            if !variable(word) {
                continue;
            }
            let word = word.to_lowercase();
            if let Some(seen) = spellings.get_mut(&word) {
                seen.0 += 1;
                continue;
            }
            keys.entry(spelling_key(&word))
                .or_default()
                .push(word.clone());
            spellings.insert(word, (1, n + 1, start + 1));
        }
    }
    let groups: Vec<Vec<(String, usize, usize, usize)>> = (keys.into_values())
        .filter(|words| words.len() > 1)
        .map(|words| {
            (words.into_iter())
                .map(|w| {
                    let (count, line, column) = spellings[&w];
                    (w, count, line, column)
                })
                .collect()
        })
        .collect();
    let mut mixed: Vec<Finding> = Vec::new();
    for spellings in &groups {
        let common = spellings
            .iter()
            .max_by_key(|s| (s.1, std::cmp::Reverse((s.2, s.3))))
            .expect("two spellings");
        for (word, _, line, column) in spellings.iter().filter(|s| s.0 != common.0) {
            mixed.push(Finding {
                rule: "mixed-spelling",
                at: Place::Text {
                    line: *line,
                    column: *column,
                },
                message: format!(
                    "'{word}' is also spelled '{}' in this file; pick one spelling",
                    common.0
                ),
            });
        }
    }
    mixed.sort_by_key(|f| match f.at {
        Place::Text { line, column } => (line, column),
        Place::Value(_) => (0, 0),
    });
    found.extend(mixed);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of `text` the rule says are spelled two ways.
    fn mixed(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        mixed_spellings(text, &mut found);
        found.into_iter().map(|f| f.message).collect()
    }

    #[test]
    fn british_and_american_spellings_meet_in_any_case_and_form() {
        for (one, other) in [
            ("Technical Judgement", "judgment"),
            ("JUDGEMENT", "judgment"),
            ("colours", "colors"),
            ("behaviours", "behaviors"),
            ("favourite", "favorite"),
            ("honourable", "honorable"),
            ("behavioural", "behavioral"),
            ("colourful", "colorful"),
            ("neighbourhood", "neighborhood"),
            ("favouritism", "favoritism"),
            ("labourer", "laborer"),
            ("odours", "odors"),
            ("honourably", "honorably"),
            ("neighbourly", "neighborly"),
            ("savoury", "savory"),
            ("colouration", "coloration"),
            ("colourise", "colorize"),
            ("coloured", "colored"),
            ("organising", "organizing"),
            ("organisation", "organization"),
        ] {
            assert_eq!(
                mixed(&format!("{one} and {other}")).len(),
                1,
                "{one} / {other}"
            );
        }
        for (one, other) in [
            ("four", "for"),
            ("hours", "hors"),
            ("prize", "prise"),
            ("pour", "por"),
            ("yours", "yors"),
            ("journal", "jornal"),
        ] {
            assert!(
                mixed(&format!("{one} and {other}")).is_empty(),
                "{one} / {other}"
            );
        }
    }
}
