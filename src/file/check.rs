//! Checking a ladder's text: its shape against the schema, then every rule,
//! each problem placed at its line and column, in file order.

use super::guard;
use super::position::{Pointer, Step};
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
        let mut message = "the file has no content; expected a ladder with schema, title, tracks, skills and levels".to_string();
        // Nothing is lost by writing a ladder over blank lines (comments may
        // be a ladder put aside, and `--force` replaces a link, not its file).
        if text.trim().is_empty()
            && let Origin::File(path) | Origin::Env(path) = origin
            && path.symlink_metadata().is_ok_and(|m| m.is_file())
            && let Some(word) = crate::output::escape::shell_path(path)
        {
            message += &format!("; to start one there, run `ladder init --force {word}`");
        }
        return Err(vec![diagnostic(None, message)]);
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
            // A tree keeps the last of two equal keys, and the typed reading
            // stops at its first problem: the events show each key given
            // twice, whatever that problem was.
            let repeat_first = yaml::is_repeated_key(&err.message);
            let mut repeats = repeated_keys(text, &diagnostic);
            if repeats.is_empty() && repeat_first {
                repeats = first();
            }
            let mut all = match shape_of(text, shape::SCHEMA) {
                // The typed reader's problem is among those of shape.
                Some(shape) => shaped(text, shape, !repeats.is_empty(), &diagnostic),
                None if repeat_first => Vec::new(),
                None => first(),
            };
            all.extend(repeats);
            all.sort_by_key(|d| d.position.map_or((usize::MAX, 0), |p| (p.line, p.column)));
            return Err(all);
        }
    };
    rules::check(ladder)
        .map_err(|problems| ruled_problems(text, &problems, &diagnostic, Pointer::clone))
}

/// Each key given again in a mapping of `text`, at the repeat, said as the
/// reader says the first, up to a file's number of problems, and a line for
/// the rest. A long path or key is shortened.
fn repeated_keys(
    text: &str,
    diagnostic: &dyn Fn(Option<Position>, String) -> Diagnostic,
) -> Vec<Diagnostic> {
    let (repeats, more) = super::events::repeated_keys(text, rules::MAX_PROBLEMS);
    let mut found: Vec<Diagnostic> = (repeats.into_iter())
        .map(|r| {
            let path = match r.path.as_str() {
                "." => String::new(),
                path => format!("{}: ", short(&path.replace('\u{0}', "…"), 200)),
            };
            let message = format!(
                "{path}duplicate field `{}`: it is given on line {} already, and a key is given once in a mapping; keep one of the two",
                short(&r.key, 80),
                r.first.line
            );
            diagnostic(Some(r.again), message)
        })
        .collect();
    found.extend(unlisted(more, diagnostic));
    found
}

/// `text` cut to its first `most` characters and `…` when it is longer.
fn short(text: &str, most: usize) -> String {
    match text.char_indices().nth(most) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// What the rules found in `text`, each placed where `written` says its
/// pointer is in the file, in file order, and a line for the unlisted.
fn ruled_problems(
    text: &str,
    problems: &rules::Problems,
    diagnostic: &dyn Fn(Option<Position>, String) -> Diagnostic,
    written: impl Fn(&Pointer) -> Pointer,
) -> Vec<Diagnostic> {
    // Each problem's place, then the earlier values they clash with: one
    // search for both.
    let list = &problems.list;
    let places: Vec<Option<Pointer>> = (list.iter().map(|p| Some(&p.pointer)))
        .chain(list.iter().map(|p| p.earlier.as_ref().map(|(e, _)| e)))
        .map(|p| p.map(&written))
        .collect();
    let pointers: Vec<Option<&Pointer>> = places.iter().map(Option::as_ref).collect();
    let mut positions = locate_all(text, &pointers);
    let earlier = positions.split_off(list.len());
    let mut found: Vec<Diagnostic> = (list.iter().zip(positions).zip(earlier))
        .map(|((p, position), earlier)| {
            let mut message = p.message.clone();
            if let (Some((_, end)), Some(at)) = (&p.earlier, earlier) {
                let told = match position {
                    Some(here) if here.line == at.line => " (earlier on this line)".to_string(),
                    _ => format!(" on line {}", at.line),
                };
                message.insert_str(*end, &told);
            }
            diagnostic(position, format!("{}: {message}", p.pointer))
        })
        .collect();
    found.sort_by_key(|d| d.position.map_or((usize::MAX, 0), |p| (p.line, p.column)));
    found.extend(unlisted(problems.more, diagnostic));
    found
}

/// Whether `message` is about an unknown key, which is placed at itself
/// rather than at its value, which may be lines below it.
pub fn unknown_key(message: &str) -> bool {
    message.starts_with("unknown key '")
}

/// Moves the `positions` of the problems `found` that `wanted` picks from
/// their values to the keys the values are under.
pub fn at_keys(
    text: &str,
    found: &[(Pointer, String)],
    positions: &mut [Option<Position>],
    wanted: impl Fn(&Pointer, &str) -> bool,
) {
    if !found.iter().any(|(p, m)| wanted(p, m)) {
        return;
    }
    let lines: Vec<&str> = text.lines().collect();
    for ((p, m), at) in found.iter().zip(positions.iter_mut()) {
        if let (true, Some(Step::Key(key)), Some(value)) = (wanted(p, m), p.steps().last(), *at) {
            *at = key_of(&lines, key, value).or(*at);
        }
    }
}

/// Where the plain key `key` is written, whose value is at `value`: on the
/// value's line before it, or, for a value that starts on a line of its own,
/// on the line above with content, where the key stands alone.
pub fn key_of(lines: &[&str], key: &str, value: Position) -> Option<Position> {
    // A key the tree names `~`, `true` or `false` is written as YAML spells it.
    let spellings: &[&str] = match key {
        "~" => &["~", "null", "Null", "NULL"],
        "true" => &["true", "True", "TRUE"],
        "false" => &["false", "False", "FALSE"],
        _ => &[],
    };
    if let Some(at) = (spellings.iter()).find_map(|&spelt| key_spelt(lines, spelt, value)) {
        return Some(at);
    }
    key_spelt(lines, key, value)
}

/// `key_of` for the key as written.
fn key_spelt(lines: &[&str], key: &str, value: Position) -> Option<Position> {
    let keyed = |rest: &str| {
        rest.strip_prefix(key)
            .is_some_and(|r| r.trim_start_matches([' ', '\t']).starts_with(':'))
    };
    let line = *lines.get(value.line.checked_sub(1)?)?;
    let before: String = line.chars().take(value.column.saturating_sub(1)).collect();
    let word = |c: char| c.is_alphanumeric() || matches!(c, '_' | '-');
    let found = (before.match_indices(key).map(|(i, _)| i))
        .filter(|&i| keyed(&before[i..]) && !before[..i].ends_with(word))
        .last();
    if let Some(at) = found {
        return Some(Position {
            line: value.line,
            column: before[..at].chars().count() + 1,
        });
    }
    let above = (0..value.line.saturating_sub(1)).rev().take(3).find(|&n| {
        let t = lines[n].trim();
        !t.is_empty() && !t.starts_with('#')
    })?;
    let text = lines[above];
    let rest = text.trim_start_matches([' ', '\t']);
    let rest = rest
        .strip_prefix("- ")
        .map_or(rest, |r| r.trim_start_matches(' '));
    let after = rest
        .strip_prefix(key)?
        .trim_start_matches([' ', '\t'])
        .strip_prefix(':')?;
    let alone = after.trim().is_empty() || after.trim_start().starts_with(['#', '|', '>', '&']);
    alone.then(|| Position {
        line: above + 1,
        column: text[..text.len() - rest.len()].chars().count() + 1,
    })
}

/// The line that counts the problems past those a file lists, if any.
pub fn unlisted(
    more: usize,
    diagnostic: &dyn Fn(Option<Position>, String) -> Diagnostic,
) -> Option<Diagnostic> {
    let message = format!(
        "… and {more} more problems, not listed: a file reports its first {}",
        rules::MAX_PROBLEMS
    );
    (more > 0).then(|| Diagnostic {
        stands_for: more,
        ..diagnostic(None, message)
    })
}

/// The problems of shape `shape` found in `text`, placed, and beside them
/// the rules' on the ladder the file would be with its unknown keys read as
/// meant or left out, when that leaves no problem of shape; otherwise a
/// note, which counts for no problem, that the rules come after. When a
/// key is `repeated`, the tree is one short, and the rules wait too.
fn shaped(
    text: &str,
    (found, tree, repairs, schema, more, roomy): Shape,
    repeated: bool,
    diagnostic: &dyn Fn(Option<Position>, String) -> Diagnostic,
) -> Vec<Diagnostic> {
    let pointers: Vec<Option<&Pointer>> = found.iter().map(|(p, _)| Some(p)).collect();
    let mut positions = locate_all(text, &pointers);
    at_keys(text, &found, &mut positions, |_, m| unknown_key(m));
    let mut all: Vec<Diagnostic> = (found.iter().zip(positions))
        .map(|((p, m), at)| match p.steps() {
            [] => diagnostic(at, m.clone()),
            _ => diagnostic(at, format!("{p}: {m}")),
        })
        .collect();
    // Past the problems a file lists the rest are counted, and the rules
    // wait; so they do in a file too dense for a second ladder in memory.
    all.extend(unlisted(more, diagnostic));
    let ruled = (roomy && more == 0 && !repeated)
        .then(|| repaired::ladder(tree, &repairs, &schema))
        .flatten();
    match ruled.map(|(ladder, made)| (rules::check(ladder), made)) {
        Some((checked, made)) => {
            if let Err(problems) = checked {
                let written = repaired::Written::of(&made);
                all.extend(ruled_problems(text, &problems, diagnostic, |p| {
                    written.place(p)
                }));
            }
            // What is under a key left out was not checked: said, not counted.
            let mut left: Vec<&str> = (made.iter().filter(|r| r.meant.is_none() && r.holds))
                .map(|r| r.key.as_str())
                .collect();
            left.dedup();
            if !left.is_empty() {
                let keys = left.iter().map(|k| format!("'{k}'")).collect::<Vec<_>>();
                all.push(Diagnostic {
                    stands_for: 0,
                    ..diagnostic(
                        None,
                        format!(
                            "what is under {}, left out, is checked once the key is named as the format names it",
                            keys.join(", ")
                        ),
                    )
                });
            }
        }
        None => all.push(Diagnostic {
            stands_for: 0,
            ..diagnostic(
                None,
                "the rules (ids, references, promotions) are checked once these problems are fixed"
                    .to_string(),
            )
        }),
    }
    all
}

/// Every problem of shape in `text`, the first `rules::MAX_PROBLEMS` of them;
/// and how many more there are; `None` when the text does not read as a
/// tree or shows none. The tree costs
/// memory beside the reader's own, so a file with more than half the values
/// its size may hold (`guard::max_values`) is not read as one: it gets its
/// first problem only, and the 100 MiB promise holds.
pub fn shape_problems(text: &str, schema: &str) -> Option<(Vec<(Pointer, String)>, usize)> {
    shape_of(text, schema).map(|(found, _, _, _, more, _)| (found, more))
}

/// `shape_problems`, with the tree they were found in, the repairs of its
/// unknown keys and the schema.
/// The last, how many more problems there are than are listed, and whether
/// the file holds at most a quarter of the values its size may: room for
/// the repaired ladder beside the tree and the reader's own memory.
type Shape = (
    Vec<(Pointer, String)>,
    tree::Tree,
    Vec<shape::Repair>,
    serde_json::Value,
    usize,
    bool,
);

fn shape_of(text: &str, schema: &str) -> Option<Shape> {
    let (bound, most) = (guard::values_bound(text), guard::max_values(text.len()));
    if bound > most / 2 {
        return None;
    }
    let tree: tree::Tree = yaml::parse(text).ok()?;
    let schema: serde_json::Value = serde_json::from_str(schema).ok()?;
    let (mut found, repairs) = shape::check_repairing(&schema, &tree);
    let more = found.len().saturating_sub(rules::MAX_PROBLEMS);
    found.truncate(rules::MAX_PROBLEMS);
    (!found.is_empty()).then_some((found, tree, repairs, schema, more, bound <= most / 4))
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
    } else if let Some((before, rest)) = out.split_once("invalid type: ")
        && let Some((what, _)) = rest.split_once(", expected field identifier")
    {
        // A key written `? [a]` or `? {a: 1}`: a collection.
        out = format!(
            "{before}this key is {}; a key is a word, like `title`",
            match what {
                "sequence" => "a list",
                "map" => "a mapping",
                other => other,
            }
        );
    }
    out
}
