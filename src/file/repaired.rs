//! The rules checked on a file that has problems of shape, so that `validate`
//! lists them in the same run: when its only problems are unknown keys, the
//! ladder it would be with each one renamed to the key meant (`trak` to
//! `track`), or left out, is built from its tree and checked by every rule.
//! Any other problem of shape (a wrong type, a key missing) leaves no ladder
//! to check, and the caller says the rules come after.

use serde_json::{Map, Number, Value};

use super::position::{Pointer, Step};
use super::shape::{self, Repair};
use super::tree::Tree;
use super::yaml;
use crate::ladder::Ladder;
use crate::ladder::hash::{HashMap, HashMapExt};

/// The ladder `tree` would be with `repairs` made, when that leaves it no
/// problem of shape; else with every unknown key left out, when that does
/// (a key read as the one meant may hold a value that key cannot); `None`
/// otherwise. The repairs that were made come back with it. The tree is
/// changed in place, with no copy: the caller has budgeted its memory.
pub fn ladder(mut tree: Tree, repairs: &[Repair], schema: &Value) -> Option<(Ladder, Vec<Repair>)> {
    apply(&mut tree, repairs, |key| key.meant.as_deref())?;
    if shape::check(schema, &tree).is_empty() {
        return read(&tree).map(|ladder| (ladder, repairs.to_vec()));
    }
    // The keys read as meant are left out instead: they are unknown to the
    // file, and no key the mapping had is named so (a key is only read as
    // one the mapping has not).
    let renamed: Vec<Repair> = (repairs.iter())
        .filter_map(|r| {
            Some(Repair {
                key: r.meant.clone()?,
                meant: None,
                ..r.clone()
            })
        })
        .collect();
    apply(&mut tree, &renamed, |_| None)?;
    if !shape::check(schema, &tree).is_empty() {
        return None;
    }
    let left_out = (repairs.iter())
        .map(|r| Repair {
            meant: None,
            ..r.clone()
        })
        .collect();
    read(&tree).map(|ladder| (ladder, left_out))
}

/// Makes `repairs` in `tree`: each key renamed to what `meant` gives, or
/// left out where it gives none; each mapping gone through once however
/// many of its keys are repaired. `None` when a repair's mapping is not
/// there.
fn apply<'r>(
    tree: &mut Tree,
    repairs: &'r [Repair],
    meant: impl Fn(&'r Repair) -> Option<&'r str>,
) -> Option<()> {
    let mut by_mapping: HashMap<String, (&Pointer, HashMap<&str, Option<&str>>)> = HashMap::new();
    for repair in repairs {
        let (_, keys) = (by_mapping.entry(repair.at.to_string()))
            .or_insert_with(|| (&repair.at, HashMap::new()));
        keys.insert(repair.key.as_str(), meant(repair));
    }
    for (at, keys) in by_mapping.values() {
        let Some(Tree::Map(entries)) = walk(tree, at.steps()) else {
            return None;
        };
        entries.retain(|(k, _)| !matches!(keys.get(k.as_str()), Some(None)));
        for (k, _) in entries.iter_mut() {
            if let Some(Some(meant)) = keys.get(k.as_str()) {
                *k = (*meant).to_string();
            }
        }
    }
    Some(())
}

/// The ladder a tree with no problem of shape is, read as any ladder file
/// is, from the tree written out as JSON (which is YAML): the reader the
/// program has already, rather than a second one.
fn read(tree: &Tree) -> Option<Ladder> {
    let text = serde_json::to_string(&json(tree)?).ok()?;
    yaml::parse(&text).ok()
}

/// The keys as the file writes them, by the place and key read in their
/// stead: to find where a problem of the repaired ladder is in the file.
pub struct Written(HashMap<(String, String), String>);

impl Written {
    pub fn of(repairs: &[Repair]) -> Written {
        Written(
            (repairs.iter())
                .filter_map(|r| {
                    let meant = r.meant.clone()?;
                    Some(((r.at.to_string(), meant), r.key.clone()))
                })
                .collect(),
        )
    }

    /// Where `pointer`, a place in the repaired ladder, is in the file as
    /// written: under each renamed key, the key the file has.
    pub fn place(&self, pointer: &Pointer) -> Pointer {
        let mut at = Pointer::root();
        for step in pointer.steps() {
            at = match step {
                Step::Index(i) => at.index(*i),
                Step::Key(key) if self.0.is_empty() => at.key_owned(key.to_string()),
                Step::Key(key) => {
                    let written = self.0.get(&(at.to_string(), key.to_string()));
                    at.key_owned(written.map_or_else(|| key.to_string(), Clone::clone))
                }
            };
        }
        at
    }
}

/// The value at `steps` in `tree`.
fn walk<'t>(tree: &'t mut Tree, steps: &[Step]) -> Option<&'t mut Tree> {
    let Some((step, rest)) = steps.split_first() else {
        return Some(tree);
    };
    let next = match (step, tree) {
        (Step::Key(key), Tree::Map(entries)) => {
            &mut (entries.iter_mut()).rfind(|(k, _)| k == key)?.1
        }
        (Step::Index(i), Tree::List(items)) => items.get_mut(*i)?,
        _ => return None,
    };
    walk(next, rest)
}

/// `tree` as JSON, for the typed model to be read from; `None` for what JSON
/// cannot hold (a tag, a number out of its range), which a ladder has not.
fn json(tree: &Tree) -> Option<Value> {
    Some(match tree {
        Tree::Null => Value::Null,
        Tree::Bool(b) => Value::Bool(*b),
        Tree::Int(n) => match (i64::try_from(*n), u64::try_from(*n)) {
            (Ok(n), _) => Value::from(n),
            (_, Ok(n)) => Value::from(n),
            _ => return None,
        },
        Tree::Float(n) => Value::Number(Number::from_f64(*n)?),
        Tree::Text(text) => Value::String(text.clone()),
        Tree::List(items) => Value::Array(items.iter().map(json).collect::<Option<_>>()?),
        Tree::Map(entries) => {
            let mut map = Map::with_capacity(entries.len());
            for (key, value) in entries {
                map.insert(key.clone(), json(value)?);
            }
            Value::Object(map)
        }
        Tree::Tagged => return None,
    })
}
