//! The shape of a ladder file, checked over the parsed YAML tree against the
//! file format's JSON Schema, so that every missing key, unknown key and
//! wrong type comes out in one run: typed parsing stops at the first.
//!
//! It runs only when the typed parse failed, and reads only the parts of JSON
//! Schema that `data/ladder.schema.json` uses: `$ref`, `type`, `properties`,
//! `required`, `additionalProperties`, `items`, `anyOf`, `allOf`, `const`, `enum`,
//! `minimum`, `maximum`, and `title` and `examples` for the messages. What
//! a schema cannot say (ids, references, cycles) the rules check after.

mod words;

use serde_json::{Map, Value};

use crate::ladder::hash::{HashMap, HashMapExt, HashSet};

use self::words::{describe, fits, flow, found, missing, number, same, whole};
use super::position::Pointer;
use super::tree::Tree;
use crate::ladder::find;

/// The JSON Schema of the ladder file format.
pub const SCHEMA: &str = include_str!("../../../data/ladder.schema.json");

/// The JSON Schema of the assessment file format.
pub const ASSESSMENT_SCHEMA: &str = include_str!("../../../data/assessment.schema.json");

/// A key the schema does not know, and what would make its mapping fit:
/// the key it was likely meant to be (when the mapping has none such), or
/// none, to leave it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    /// The mapping.
    pub at: Pointer,
    pub key: String,
    pub meant: Option<String>,
    /// Whether its value is a list or a mapping, which, left out, holds
    /// what goes unchecked.
    pub holds: bool,
}

/// Every place where `doc` breaks the shape `schema` describes, in document order.
pub fn check(schema: &Value, doc: &Tree) -> Vec<(Pointer, String)> {
    check_repairing(schema, doc).0
}

/// `check`, and the repairs of its unknown keys.
pub fn check_repairing(schema: &Value, doc: &Tree) -> (Vec<(Pointer, String)>, Vec<Repair>) {
    let mut walk = Walk {
        root: schema,
        found: Vec::new(),
        repairs: Vec::new(),
    };
    walk.value(schema, doc, &Pointer::root());
    // A value that two parts of the schema describe (a range, and `coding`'s
    // narrower one) is told once: the same problem once, and of two bounds
    // it passes, the tighter.
    let mut found: Vec<(Pointer, String)> = Vec::with_capacity(walk.found.len());
    let mut told = HashSet::default();
    let mut too_large: HashMap<String, usize> = HashMap::new();
    for (at, message) in walk.found {
        let place = at.to_string();
        if let Some(new) = bound(&message) {
            if let Some(&i) = too_large.get(&place) {
                if bound(&found[i].1).is_some_and(|had| new < had) {
                    found[i].1 = message;
                }
                continue;
            }
            too_large.insert(place.clone(), found.len());
        }
        if told.insert((place, message.clone())) {
            found.push((at, message));
        }
    }
    (found, walk.repairs)
}

/// The bound a "too large" message names.
fn bound(message: &str) -> Option<u64> {
    let (_, after) = message.split_once(" is too large; expected a whole number up to ")?;
    after.parse().ok()
}

struct Walk<'s> {
    root: &'s Value,
    found: Vec<(Pointer, String)>,
    repairs: Vec<Repair>,
}

impl<'s> Walk<'s> {
    /// `schema` with its `$ref` followed.
    fn resolve(&self, schema: &'s Value) -> &'s Value {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(path) => {
                let name = path.trim_start_matches("#/definitions/");
                self.resolve(&self.root["definitions"][name])
            }
            None => schema,
        }
    }

    fn value(&mut self, schema: &'s Value, value: &Tree, at: &Pointer) {
        let schema = self.resolve(schema);
        if let Some(branches) = schema.get("anyOf").and_then(Value::as_array) {
            return self.any_of(schema, branches, value, at);
        }
        if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
            for part in all {
                self.value(part, value, at);
            }
        }
        if !fits(schema, value) {
            let wanted = match at.steps() {
                [] => whole_file(schema),
                _ => describe(schema),
            };
            let message = format!("expected {wanted}, found {}", found(value, schema));
            return self.found.push((at.clone(), message));
        }
        match value {
            Tree::Map(pairs) => self.object(schema, pairs, at),
            Tree::List(items) => {
                if let Some(item) = schema.get("items") {
                    for (i, v) in items.iter().enumerate() {
                        self.value(item, v, &at.index(i));
                    }
                }
            }
            _ => {
                if let Some(n) = whole(value) {
                    let bound = |key: &str| schema.get(key).and_then(Value::as_i64).map(i128::from);
                    let shown = number(value);
                    if bound("minimum").is_some_and(|min| n < min) {
                        let message =
                            format!("{shown} is negative; expected a whole number, 0 or more");
                        return self.found.push((at.clone(), message));
                    } else if let Some(max) = bound("maximum").filter(|&max| n > max) {
                        let message =
                            format!("{shown} is too large; expected a whole number up to {max}");
                        return self.found.push((at.clone(), message));
                    }
                }
            }
        }
        if let Some(choices) = schema.get("enum").and_then(Value::as_array)
            && !choices.iter().any(|c| same(c, value))
        {
            let names: Vec<String> = choices.iter().map(flow).collect();
            // A mistyped choice (`meting`, `Meeting`) is told the one meant.
            let hint = match value {
                Tree::Text(text) => find::suggest(text, names.iter().map(|n| (n, n.as_str())))
                    .first()
                    .map(|n| format!("; did you mean '{n}'?"))
                    .unwrap_or_default(),
                _ => String::new(),
            };
            let message = format!(
                "expected one of {}, found {}{hint}",
                names.join(", "),
                found(value, schema)
            );
            return self.found.push((at.clone(), message));
        }
        if let Some(expected) = schema.get("const")
            && !same(expected, value)
        {
            let message = format!(
                "expected {}, found {}",
                flow(expected),
                found(value, schema)
            );
            self.found.push((at.clone(), message));
        }
    }

    /// A value one of `branches` describes: when none does, the problems of
    /// the branch of the value's own kind, or one message naming them all.
    fn any_of(&mut self, schema: &'s Value, branches: &'s [Value], value: &Tree, at: &Pointer) {
        let mut best: Option<Walk> = None;
        for branch in branches {
            let mut trial = Walk {
                root: self.root,
                found: Vec::new(),
                repairs: Vec::new(),
            };
            trial.value(branch, value, at);
            if trial.found.is_empty() {
                return;
            }
            if fits(self.resolve(branch), value) && best.is_none() {
                best = Some(trial);
            }
        }
        match best {
            Some(trial) => {
                self.found.extend(trial.found);
                self.repairs.extend(trial.repairs);
            }
            None => {
                // One form besides null (a range, or nothing) is the one described.
                let forms: Vec<&Value> = (branches.iter().map(|b| self.resolve(b)))
                    .filter(|b| b.get("type") != Some(&"null".into()))
                    .collect();
                let wanted = match forms.as_slice() {
                    [one] if one.get("title").is_some() => describe(one),
                    _ => describe(schema),
                };
                let mut message = format!("expected {wanted}, found {}", found(value, schema));
                // A scalar where one branch takes text: quoting it may be all it needs.
                let text = (branches.iter())
                    .any(|b| self.resolve(b).get("type") == Some(&"string".into()));
                if text && matches!(value, Tree::Bool(_) | Tree::Int(_) | Tree::Float(_)) {
                    message.push_str("; put the value in quotes if you mean it as text");
                }
                self.found.push((at.clone(), message));
            }
        }
    }

    fn object(&mut self, schema: &'s Value, map: &[(String, Tree)], at: &Pointer) {
        static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
        let empty = EMPTY.get_or_init(Map::new);
        let properties = schema
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(empty);
        let required = schema.get("required").and_then(Value::as_array);
        // A mapping with a merge key lacks what the merge would have brought
        // in: the merge key is what to tell.
        let merges = map.iter().any(|(k, _)| k == "<<");
        let mut missed: Vec<&str> = (required.into_iter().flatten().filter_map(Value::as_str))
            .filter(|key| !merges && !map.iter().any(|(k, _)| k == key))
            .collect();
        let others = schema.get("additionalProperties");
        let closed = others == Some(&Value::Bool(false));
        // The keys unknown keys are read as: each once, by the first, and
        // none the mapping has. Both sets hold the schema's keys at most.
        let mut meant_here: Vec<&str> = Vec::new();
        let present: Vec<&str> = (map.iter().map(|(k, _)| k.as_str()))
            .filter(|k| properties.contains_key(*k))
            .collect();
        for (key, value) in map {
            match properties.get(key) {
                Some(property) => self.value(property, value, &at.key_owned(key.clone())),
                // YAML 1.1's merge key, which YAML 1.2 and this reader do not
                // apply: it would read as a key of its own. Placed at the
                // mapping: the merge key's value is an alias, which a position
                // would follow to its anchor.
                None if key == "<<" && (closed || others.is_some_and(Value::is_object)) => {
                    let message = "'<<' is a YAML merge key, which `ladder` does not apply (YAML 1.2 has none); write the fields out in this mapping";
                    self.found.push((at.clone(), message.into()));
                }
                // Any key, each value of one shape.
                None if others.is_some_and(Value::is_object) => {
                    let each = others.expect("checked");
                    self.value(each, value, &at.key_owned(key.clone()));
                }
                None if closed => {
                    let names: Vec<&str> = properties.keys().map(String::as_str).collect();
                    let near = find::suggest(key, names.iter().map(|&n| (n, n)));
                    let meant = near.first().copied();
                    // A required key mistyped is one problem, told here,
                    // not a second at its mapping.
                    let required = meant.and_then(|n| missed.iter().position(|&m| m == n));
                    let hint = match (meant, required) {
                        (Some(n), Some(i)) => {
                            missed.remove(i);
                            format!("did you mean '{n}', which this mapping needs? ")
                        }
                        // The key meant is there already: following a
                        // did-you-mean would repeat it.
                        (Some(n), None) if present.contains(&n) => format!(
                            "it reads like '{n}', which this mapping has already: keep one of the two; "
                        ),
                        (Some(n), None) => format!("did you mean '{n}'? "),
                        (None, _) => String::new(),
                    };
                    let message = format!(
                        "unknown key '{key}'; {hint}expected one of: {}",
                        names.join(", ")
                    );
                    self.found.push((at.key_owned(key.clone()), message));
                    let free = |n: &&str| !present.contains(n) && !meant_here.contains(n);
                    let meant = meant.filter(free);
                    meant_here.extend(meant);
                    self.repairs.push(Repair {
                        at: at.clone(),
                        key: key.clone(),
                        meant: meant.map(str::to_string),
                        holds: matches!(value, Tree::List(_) | Tree::Map(_)),
                    });
                }
                None => {}
            }
        }
        for key in missed {
            self.found
                .push((at.clone(), missing(key, &properties[key])));
        }
    }
}

/// What a whole file should be, from its schema's title and required keys:
/// `a ladder mapping with schema, title, tracks, skills and levels`.
fn whole_file(schema: &Value) -> String {
    let kind = (schema.get("title").and_then(Value::as_str))
        .map_or("", |title| title.trim_end_matches(" file"));
    let required: Vec<&str> = (schema.get("required").and_then(Value::as_array))
        .map(|keys| keys.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let a = match kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
        true => "an",
        false => "a",
    };
    match required.split_last() {
        Some((last, [])) => format!("{a} {kind} mapping with {last}"),
        Some((last, rest)) => format!("{a} {kind} mapping with {} and {last}", rest.join(", ")),
        None => format!("{a} {kind} mapping"),
    }
}
