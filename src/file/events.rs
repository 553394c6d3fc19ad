//! Where many values sit, found in one pass over libyaml's events: the
//! positions of thousands of problems or pieces of advice cost one reading of
//! the file, not one parse each.

use std::mem::MaybeUninit;

use super::position::Position;
use crate::ladder::hash::{HashMap, HashMapExt};

/// Where the value at each of `paths` (in `Pointer`'s notation, such as
/// `levels[3].skills[2]`) starts; `None` for a path the document does not
/// have, or has only through an alias.
pub fn positions(text: &str, paths: &[String]) -> Vec<Option<Position>> {
    // Each path and its ancestors: a path the document lacks is placed, as a
    // parse places it, at the nearest value on the way that it has.
    let mut wanted: HashMap<&str, Option<Position>> = HashMap::new();
    for path in paths {
        let mut at = Some(path.as_str());
        while let Some(path) = at {
            wanted.entry(path).or_default();
            at = parent(path);
        }
    }
    // The walk stops once every path asked for is found: advice on the top
    // of a large file (its skills, say) costs a reading of the top only.
    // An empty path (no pointer) is never found, and is not waited for.
    let asked: crate::ladder::hash::HashSet<&str> = (paths.iter())
        .map(String::as_str)
        .filter(|p| !p.is_empty())
        .collect();
    let mut left = asked.len();
    walk(
        text,
        |path, position| {
            if let Some(slot) = wanted.get_mut(path)
                && slot.is_none()
            {
                *slot = Some(position);
                if asked.contains(path) {
                    left -= 1;
                }
            }
            left > 0
        },
        |_| {},
    );
    (paths.iter())
        .map(|path| {
            let mut at = Some(path.as_str());
            while let Some(path) = at {
                if let Some(&Some(position)) = wanted.get(path) {
                    return Some(position);
                }
                at = parent(path);
            }
            None
        })
        .collect()
}

/// The path one step up: `levels[3]` for `levels[3].skills`, `.` for a key of
/// the root, `None` for the root.
fn parent(path: &str) -> Option<&str> {
    if path == "." || path.is_empty() {
        return None;
    }
    match path.rfind(['.', '[']) {
        Some(0) | None => Some("."),
        Some(at) => Some(&path[..at]),
    }
}

/// A collection being read: its path, and where its next child goes.
enum Frame {
    /// A mapping: its number among the document's mappings, and the key
    /// read, when its value comes next.
    Map {
        path: String,
        serial: usize,
        key: Option<String>,
    },
    Seq {
        path: String,
        next: usize,
    },
    /// Inside a key that is itself a collection: nothing here has a path.
    Ignore,
}

/// Calls `each` with every event libyaml reads from `text`, until it returns
/// false, the text ends, or a syntax error stops the reading: then where
/// the error is.
pub(super) fn events(
    text: &str,
    mut each: impl FnMut(&unsafe_libyaml::yaml_event_t) -> bool,
) -> Option<Position> {
    let mut parser = MaybeUninit::<unsafe_libyaml::yaml_parser_t>::uninit();
    // SAFETY: the parser is initialised before use and deleted once; the input
    // outlives it; each event is read before it is deleted, and deleted before
    // the next is parsed.
    unsafe {
        if unsafe_libyaml::yaml_parser_initialize(parser.as_mut_ptr()).fail {
            return None;
        }
        let mut parser = parser.assume_init();
        unsafe_libyaml::yaml_parser_set_input_string(
            &raw mut parser,
            text.as_ptr(),
            text.len() as u64,
        );
        let mut failed = None;
        loop {
            let mut event = MaybeUninit::<unsafe_libyaml::yaml_event_t>::uninit();
            if unsafe_libyaml::yaml_parser_parse(&raw mut parser, event.as_mut_ptr()).fail {
                let mark = parser.problem_mark;
                failed = Some(Position {
                    line: mark.line as usize + 1,
                    column: mark.column as usize + 1,
                });
                break;
            }
            let mut event = event.assume_init();
            let more = each(&event) && event.type_ != unsafe_libyaml::YAML_STREAM_END_EVENT;
            unsafe_libyaml::yaml_event_delete(&raw mut event);
            if !more {
                break;
            }
        }
        unsafe_libyaml::yaml_parser_delete(&raw mut parser);
        failed
    }
}

/// Whether the first document of `text` repeats a value through an alias.
pub fn has_alias(text: &str) -> bool {
    let mut alias = false;
    let _ = events(text, |event| {
        alias = event.type_ == unsafe_libyaml::YAML_ALIAS_EVENT;
        !alias && event.type_ != unsafe_libyaml::YAML_DOCUMENT_END_EVENT
    });
    alias
}

/// A key given twice in one mapping.
#[derive(Debug, PartialEq, Eq)]
pub struct Repeat {
    /// The mapping's path (`.` for the root), and the key as a path names it.
    pub path: String,
    pub key: String,
    /// Where the key is first given, and where again.
    pub first: Position,
    pub again: Position,
}

/// A key of a mapping, as the walk meets it.
struct Key<'k> {
    /// The mapping's path (`.` for the root), its number among the
    /// document's mappings, and how many collections are open around the key.
    path: &'k str,
    serial: usize,
    depth: usize,
    name: &'k str,
    position: Position,
}

/// The longest key a path names: longer ones (no ladder's) match nothing.
const MAX_KEY: usize = 256;

/// Every key given again in a mapping of the first document, in file order,
/// up to `most` of them, and how many more there are: a typed reading stops
/// at the first. Only the keys of the mappings open around the one being
/// read are held.
pub fn repeated_keys(text: &str, most: usize) -> (Vec<Repeat>, usize) {
    // The open mappings, outermost first: each one's depth, number and keys.
    let mut open: Vec<(usize, usize, HashMap<String, Position>)> = Vec::new();
    let (mut repeats, mut more) = (Vec::new(), 0);
    walk(
        text,
        |_, _| true,
        |key| {
            // The mappings deeper than this key's are closed, and so is one
            // at its depth with another number: a mapping beside it.
            let mine = |top: &(usize, usize, HashMap<String, Position>)| {
                top.0 == key.depth && top.1 == key.serial
            };
            while open
                .last()
                .is_some_and(|top| top.0 >= key.depth && !mine(top))
            {
                open.pop();
            }
            if !open.last().is_some_and(mine) {
                open.push((key.depth, key.serial, HashMap::new()));
            }
            let Some((_, _, keys)) = open.last_mut() else {
                return;
            };
            match keys.get(key.name) {
                Some(_) if repeats.len() >= most => more += 1,
                Some(&first) => repeats.push(Repeat {
                    path: key.path.to_string(),
                    key: key.name.to_string(),
                    first,
                    again: key.position,
                }),
                None => {
                    keys.insert(key.name.to_string(), key.position);
                }
            }
        },
    );
    (repeats, more)
}

/// A key as a path names it: a key written without quotes is read as YAML
/// reads it, so `null` and `~` are the key `~`, and `0x10` the key `16`.
fn key_name(bytes: &[u8], plain: bool) -> String {
    let text = String::from_utf8_lossy(bytes);
    if !plain {
        return text.into_owned();
    }
    use crate::ladder::text::Plain;
    match super::scalar::read_plain(&text) {
        Plain::Null => "~".to_string(),
        Plain::Bool(b) => b.to_string(),
        Plain::U64(n) => n.to_string(),
        Plain::I64(n) => n.to_string(),
        Plain::U128(n) => n.to_string(),
        Plain::I128(n) => n.to_string(),
        Plain::Text | Plain::F64(_) => text.into_owned(),
    }
}

/// Calls `at` with the path and position of every value of the first
/// document, until it says to stop (false), and `key_at` with each scalar
/// key of a mapping.
fn walk(text: &str, mut at: impl FnMut(&str, Position) -> bool, mut key_at: impl FnMut(Key)) {
    let mut frames: Vec<Frame> = Vec::new();
    let mut mappings = 0;
    let _ = events(text, |event| {
        let kind = event.type_;
        let mark = event.start_mark;
        let position = Position {
            line: mark.line as usize + 1,
            column: mark.column as usize + 1,
        };
        // A scalar's text, read only when it is a key.
        let scalar = || {
            (kind == unsafe_libyaml::YAML_SCALAR_EVENT).then(|| {
                // SAFETY: a scalar event's data is its scalar, `length` bytes
                // at `value`, alive until the event is deleted.
                let (bytes, style) = unsafe {
                    let data = event.data.scalar;
                    let bytes = std::slice::from_raw_parts(data.value, data.length as usize);
                    (bytes, data.style)
                };
                key_name(bytes, style == unsafe_libyaml::YAML_PLAIN_SCALAR_STYLE)
            })
        };
        use unsafe_libyaml::{
            YAML_ALIAS_EVENT, YAML_DOCUMENT_END_EVENT, YAML_MAPPING_END_EVENT,
            YAML_MAPPING_START_EVENT, YAML_SCALAR_EVENT, YAML_SEQUENCE_END_EVENT,
            YAML_SEQUENCE_START_EVENT,
        };
        let opens = kind == YAML_MAPPING_START_EVENT || kind == YAML_SEQUENCE_START_EVENT;
        // No ladder nests so deep; past it each path would copy the one
        // above, a cost that grows as the square of the depth.
        if opens && frames.len() >= super::flow::MAX_NESTING {
            return false;
        }
        match kind {
            YAML_SCALAR_EVENT
            | YAML_ALIAS_EVENT
            | YAML_MAPPING_START_EVENT
            | YAML_SEQUENCE_START_EVENT => {
                // A node: a mapping's key, or a value with a path.
                let depth = frames.len();
                let path = match frames.last_mut() {
                    Some(Frame::Ignore) => {
                        if opens {
                            frames.push(Frame::Ignore);
                        }
                        return true;
                    }
                    Some(Frame::Map { key, path, serial }) if key.is_none() => {
                        // A key. A collection as a key is read past; no
                        // path leads into its value.
                        let scalar = scalar();
                        if let Some(name) = &scalar {
                            let path = if path.is_empty() { "." } else { path };
                            key_at(Key {
                                path,
                                serial: *serial,
                                depth,
                                name,
                                position,
                            });
                        }
                        *key = Some(scalar.unwrap_or_else(|| "\u{0}".to_string()));
                        if opens {
                            frames.push(Frame::Ignore);
                        }
                        return true;
                    }
                    Some(Frame::Map { path, key, .. }) => {
                        let mut key = key.take().unwrap_or_default();
                        // A key that would read as part of a path gets
                        // one that matches nothing; so does one too long
                        // for a ladder's (each path below it would copy it).
                        if key.contains(['.', '[', ']']) || key.len() > MAX_KEY {
                            key = "\u{0}".to_string();
                        }
                        if path.is_empty() {
                            key
                        } else {
                            format!("{path}.{key}")
                        }
                    }
                    Some(Frame::Seq { path, next }) => {
                        *next += 1;
                        format!("{path}[{}]", *next - 1)
                    }
                    None => String::new(),
                };
                if !at(if path.is_empty() { "." } else { &path }, position) {
                    return false;
                }
                if kind == YAML_MAPPING_START_EVENT {
                    mappings += 1;
                    frames.push(Frame::Map {
                        path,
                        serial: mappings,
                        key: None,
                    });
                } else if kind == YAML_SEQUENCE_START_EVENT {
                    frames.push(Frame::Seq { path, next: 0 });
                }
                true
            }
            YAML_MAPPING_END_EVENT | YAML_SEQUENCE_END_EVENT => {
                frames.pop();
                true
            }
            YAML_DOCUMENT_END_EVENT => false,
            _ => true,
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::position::Pointer;
    use crate::file::{builtin, yaml};

    /// The one pass finds each value where a parse per value finds it.
    #[test]
    fn positions_agree_with_one_parse_each() {
        let text = builtin::TEXT;
        let ladder = builtin::ladder();
        let mut pointers = vec![
            Pointer::root().key("title"),
            Pointer::root().key("lint").key("allow").index(0),
        ];
        for (i, level) in ladder.levels().iter().enumerate() {
            let at = Pointer::root().key("levels").index(i);
            pointers.push(at.clone());
            pointers.push(at.key("name"));
            pointers.push(at.key("responsibilities"));
            for j in 0..level.responsibilities.len() {
                pointers.push(at.key("responsibilities").index(j).key("detail"));
            }
            for j in 0..level.skills.len() {
                pointers.push(at.key("skills").index(j));
            }
            for j in 0..level.lateral.len() {
                pointers.push(at.key("lateral").index(j).key("sources").index(0));
            }
            if level.coding.is_some() {
                pointers.push(at.key("coding").key("min"));
            }
        }
        let paths: Vec<String> = pointers.iter().map(ToString::to_string).collect();
        let found = positions(text, &paths);
        for (pointer, position) in pointers.iter().zip(found) {
            assert_eq!(position, yaml::locate(text, pointer), "{pointer}");
        }
        // Flow collections, quoted keys, a key that is a collection, an alias.
        let text = "a: [x, {b: 'y'}]\n\"c\": &k {d: 1}\n? [e]\n: f\ng: *k\n";
        for path in ["a[1].b", "c.d", "a[0]"] {
            let pointer = Pointer::parse(path).unwrap();
            let found = positions(text, &[path.to_string()])[0];
            assert_eq!(found, yaml::locate(text, &pointer), "{path}");
        }
        // An alias is placed where it is written.
        assert_eq!(
            positions(text, &["g".to_string()])[0],
            Some(Position { line: 5, column: 4 })
        );
        // A path the document lacks is placed at the nearest value it has.
        let found = positions(text, &["a[1].z".to_string(), "zz".to_string()]);
        assert_eq!(found[0], Some(Position { line: 1, column: 8 }));
        assert_eq!(found[1], Some(Position { line: 1, column: 1 }));
        // Keys YAML reads as null, a boolean or a number are named as the
        // file's tree names them; a quoted one is text.
        let text = "null: 1\nTrue: 2\n0x10: 3\n'null': {x: 4}\n";
        for (path, line) in [("~", 1), ("true", 2), ("16", 3), ("null.x", 4)] {
            let pointer = Pointer::parse(path).unwrap();
            let found = positions(text, &[path.to_string()])[0];
            assert_eq!(found, yaml::locate(text, &pointer), "{path}");
            assert_eq!(found.map(|p| p.line), Some(line), "{path}");
        }
    }

    #[test]
    fn every_key_given_again_is_found_in_its_own_mapping() {
        let text = "a: 1\nb: {c: 1, c: 2}\nl:\n  - {c: 1}\n  - {c: 2}\na: 3\nNull: 4\n~: 5\n";
        let found: Vec<(String, String, usize, usize)> = (repeated_keys(text, 10).0.into_iter())
            .map(|r| (r.path, r.key, r.first.line, r.again.line))
            .collect();
        let expected = [("b", "c", 2, 2), (".", "a", 1, 6), (".", "~", 7, 8)];
        let expected: Vec<(String, String, usize, usize)> = (expected.iter())
            .map(|&(p, k, a, b)| (p.to_string(), k.to_string(), a, b))
            .collect();
        assert_eq!(found, expected);
    }
}
