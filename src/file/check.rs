//! Checking a ladder's text: its shape against the schema, then every rule,
//! each problem placed at its line and column, in file order.

use super::guard;
use super::position::Pointer;
use super::{Diagnostic, Origin, Position, locate_all, repaired, rules, shape, tree, yaml};
use crate::ladder::{CheckedLadder, Ladder};

/// Parses and checks `text`; on failure, every problem found, in file order.
pub fn check(origin: &Origin, text: &str) -> Result<CheckedLadder, Vec<Diagnostic>> {
    check_in(origin, text, None)
}

/// `check`, its text scalars borrowed from `lasting` when given, which must
/// be `text` itself.
pub(super) fn check_in(
    origin: &Origin,
    text: &str,
    lasting: Option<&'static str>,
) -> Result<CheckedLadder, Vec<Diagnostic>> {
    debug_assert!(lasting.is_none_or(|l| std::ptr::eq(l, text)));
    let file = origin.file_name();
    let diagnostic = |position, message| Diagnostic {
        file: file.clone(),
        position,
        message,
        stands_for: 1,
    };
    if text
        .split(['\n', '\r'])
        .all(|line| line.trim().is_empty() || line.trim_start().starts_with('#'))
    {
        let message = "the file has no content; expected a ladder with schema, title, tracks, skills and levels";
        return Err(vec![diagnostic(None, message.to_string())]);
    }
    let parsed = match lasting {
        Some(text) => yaml::parse_lasting(text),
        None => yaml::parse(text),
    };
    let ladder: Ladder = match parsed {
        Ok(ladder) => ladder,
        // Typed parsing stops at the first problem of shape; the tree shows them all.
        Err(err) => {
            let first = || vec![diagnostic(err.position, plain_types(&err.message))];
            let all = shape_of(text, shape::SCHEMA).map(|(found, tree, repairs, schema, more)| {
                let pointers: Vec<Option<&Pointer>> = found.iter().map(|(p, _)| Some(p)).collect();
                let positions = locate_all(text, &pointers);
                let mut all: Vec<Diagnostic> = (found.iter().zip(positions))
                    .map(|((p, m), at)| match p.steps() {
                        [] => diagnostic(at, m.clone()),
                        _ => diagnostic(at, format!("{p}: {m}")),
                    })
                    .collect();
                // A tree keeps the last of two equal keys: the typed parse saw both.
                if err.message.contains("duplicate") {
                    all.extend(first());
                }
                // With its unknown keys as meant, or left out, the ladder may
                // have no other problem of shape: then its rules are checked too.
                // Past the problems a file lists, the rest are counted, and
                // the rules wait.
                if more > 0 {
                    all.push(Diagnostic {
                        stands_for: more,
                        ..diagnostic(None, format!("… and {more} more problems, not listed: a file reports its first {}", rules::MAX_PROBLEMS))
                    });
                }
                let ruled = (!err.message.contains("duplicate") && more == 0)
                    .then(|| repaired::ladder(tree, &repairs, &schema))
                    .flatten();
                match ruled.map(|(ladder, made)| (rules::check(ladder), made)) {
                    Some((Ok(_), _)) => {}
                    Some((Err(problems), made)) => {
                        let written = repaired::Written::of(&made);
                        all.extend(ruled_problems(text, &problems, &diagnostic, |p| {
                            written.place(p)
                        }));
                    }
                    None => all.push(Diagnostic {
                        stands_for: 0,
                        ..diagnostic(None, "the rules (ids, references, promotions) are checked once these problems are fixed".to_string())
                    }),
                }
                all.sort_by_key(|d| d.position.map_or((usize::MAX, 0), |p| (p.line, p.column)));
                all
            });
            return Err(all.unwrap_or_else(first));
        }
    };
    rules::check(ladder)
        .map_err(|problems| ruled_problems(text, &problems, &diagnostic, Pointer::clone))
}

/// What the rules found in `text`, each placed where `written` says its
/// pointer is in the file, in file order, and a line for the unlisted.
fn ruled_problems(
    text: &str,
    problems: &rules::Problems,
    diagnostic: &dyn Fn(Option<Position>, String) -> Diagnostic,
    written: impl Fn(&Pointer) -> Pointer,
) -> Vec<Diagnostic> {
    {
        let places: Vec<Pointer> = problems.list.iter().map(|p| written(&p.pointer)).collect();
        let pointers: Vec<Option<&Pointer>> = places.iter().map(Some).collect();
        let positions = locate_all(text, &pointers);
        let mut found: Vec<Diagnostic> = (problems.list.iter().zip(positions))
            .map(|(p, position)| diagnostic(position, format!("{}: {}", p.pointer, p.message)))
            .collect();
        found.sort_by_key(|d| d.position.map_or((usize::MAX, 0), |p| (p.line, p.column)));
        if problems.more > 0 {
            let message = format!(
                "… and {} more problems, not listed: a file reports its first {}",
                problems.more,
                rules::MAX_PROBLEMS
            );
            found.push(Diagnostic {
                stands_for: problems.more,
                ..diagnostic(None, message)
            });
        }
        found
    }
}

/// Every problem of shape in `text`, the first `rules::MAX_PROBLEMS` of them;
/// `None` when the text does not read as a tree or shows none. The tree costs
/// memory beside the reader's own, so a file with more than half the values
/// its size may hold (`guard::max_values`) is not read as one: it gets its
/// first problem only, and the 100 MiB promise holds.
pub fn shape_problems(text: &str, schema: &str) -> Option<Vec<(Pointer, String)>> {
    shape_of(text, schema).map(|(found, ..)| found)
}

/// `shape_problems`, with the tree they were found in, the repairs of its
/// unknown keys and the schema.
type Shape = (
    Vec<(Pointer, String)>,
    tree::Tree,
    Vec<shape::Repair>,
    serde_json::Value,
    usize,
);

fn shape_of(text: &str, schema: &str) -> Option<Shape> {
    if guard::values_bound(text) > guard::max_values(text.len()) / 2 {
        return None;
    }
    let tree: tree::Tree = yaml::parse(text).ok()?;
    let schema: serde_json::Value = serde_json::from_str(schema).ok()?;
    let (mut found, repairs) = shape::check_repairing(&schema, &tree);
    let more = found.len().saturating_sub(rules::MAX_PROBLEMS);
    found.truncate(rules::MAX_PROBLEMS);
    (!found.is_empty()).then_some((found, tree, repairs, schema, more))
}

/// Type names in the parser's messages, in the file format's words: `struct Level`
/// becomes `a level mapping`, `u32` a whole number.
pub(super) fn plain_types(message: &str) -> String {
    let mut out = message.replace("expected u32", "expected a whole number");
    while let Some(at) = out.find("struct ") {
        let name: String = out[at + 7..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        out.replace_range(
            at..at + 7 + name.len(),
            &format!("a {} mapping", name.to_lowercase()),
        );
    }
    // The reader's words for keys, in those the shape check uses (a file
    // too deep for the check to read gets the reader's one message).
    if let Some((before, rest)) = out.split_once("unknown field `")
        && let Some((key, rest)) = rest.split_once('`')
    {
        let known = rest.strip_prefix(", expected one of ").unwrap_or_default();
        let known = known.replace('`', "");
        out = match known.is_empty() {
            true => format!("{before}unknown key '{key}'"),
            false => format!("{before}unknown key '{key}'; expected one of: {known}"),
        };
    } else if let Some((before, rest)) = out.split_once("missing field `")
        && let Some((key, after)) = rest.split_once('`')
    {
        out = format!("{before}missing required key '{key}'{after}");
    }
    out
}
