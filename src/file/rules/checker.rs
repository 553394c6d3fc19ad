//! What every rule reports to: the problems found (the first `MAX_PROBLEMS`,
//! then a count), and the checks the rules share: the id rule, unique ids,
//! references to known ids, one-line text and ranges.

use std::collections::hash_map::Entry;
use std::fmt::Write as _;

use super::{Ids, MAX_PROBLEMS, Problem};
use crate::file::position::Pointer;
use crate::ladder::hash::{HashMap, HashMapExt};
use crate::ladder::id::is_id;
use crate::ladder::text::fold;
use crate::ladder::{CitedRange, Level, Text, find};

#[derive(Default)]
pub(crate) struct Checker {
    pub(crate) problems: Vec<Problem>,
    /// How many problems were found past `MAX_PROBLEMS`.
    pub(super) more: usize,
    /// The known ids of each kind, as messages list them, made once: a file with
    /// thousands of unknown references must not sort the catalogue thousands of times.
    known: HashMap<&'static str, String>,
    /// How many unknown references got a suggestion (`hint`).
    hinted: usize,
    /// Each level alias and the id of its level, made when first needed.
    aliases: Option<HashMap<String, String>>,
    /// The ids that broke the id rule, by kind, left out of the known ids: a
    /// reference that would name one is told why it does not.
    malformed: Vec<(String, Text)>,
}

/// The most unknown references that get a hint: each costs a pass over the
/// known ids, and a file of thousands of them must not cost thousands.
const HINTED: usize = 20;

// Pointers are built only when a problem is reported: a valid ladder costs no
// pointer at all, which keeps loading fast.
impl Checker {
    pub(crate) fn report(&mut self, pointer: Pointer, message: String) {
        self.push(Problem {
            pointer,
            message,
            earlier: None,
        });
    }

    /// `report` for a value that clashes with the one at `earlier`: the
    /// message is `before`, the earlier value's pointer and `after`.
    pub(crate) fn report_clash(
        &mut self,
        pointer: Pointer,
        earlier: Pointer,
        before: String,
        after: &str,
    ) {
        let mut message = before;
        let _ = write!(message, "{earlier}");
        let end = message.len();
        message.push_str(after);
        self.push(Problem {
            pointer,
            message,
            earlier: Some((earlier, end)),
        });
    }

    fn push(&mut self, problem: Problem) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(problem);
        } else {
            self.more += 1;
        }
    }

    /// The ids of `ids` for a message; each kind of id has one map.
    pub(super) fn known(&mut self, kind: &'static str, ids: &Ids) -> String {
        self.known
            .entry(kind)
            .or_insert_with(|| known_list(ids))
            .clone()
    }

    /// What a message about the unknown reference `id` adds, up to the list
    /// of known ids that follows it: the level it is an alias of (a reference
    /// names the id), found in a map made once; or, for the first `HINTED`
    /// unknown references, the known ids a few edits from it; else `;`.
    pub(super) fn hint(
        &mut self,
        (kind, id): (&str, &str),
        known: &Ids,
        levels: Option<&[Level]>,
    ) -> String {
        if self.problems.len() >= MAX_PROBLEMS {
            return ";".to_string();
        }
        if let Some(misnamed) = self.misnamed((kind, id), known) {
            return misnamed;
        }
        if let Some(levels) = levels {
            // An alias two levels share names the first (the rules report the
            // second).
            let aliases = self.aliases.get_or_insert_with(|| {
                let mut aliases = HashMap::new();
                for level in levels {
                    for alias in &level.aliases {
                        (aliases.entry(alias.to_string())).or_insert_with(|| level.id.to_string());
                    }
                }
                aliases
            });
            if let Some(of) = aliases.get(id) {
                return format!(
                    ", an alias of level '{of}'; a reference names a level by its id: write '{of}';"
                );
            }
        }
        if self.hinted >= HINTED {
            return ";".to_string();
        }
        self.hinted += 1;
        near(id, known)
    }

    /// What a message about the unknown reference `id` adds when it names,
    /// in other case, an entry of `kind` whose id breaks the id rule, and no
    /// known id in other case.
    pub(super) fn misnamed(&self, (kind, id): (&str, &str), known: &Ids) -> Option<String> {
        let key = fold(id);
        if known.contains_key(key.as_str()) {
            return None;
        }
        let (_, written) = (self.malformed.iter()).find(|(k, m)| k == kind && fold(m) == key)?;
        Some(format!(
            "; the {kind} whose id is written '{written}' would be this one, but ids must be kebab-case;"
        ))
    }

    /// Whether `id` follows the one rule for ids of every kind, reporting it
    /// when it does not: ids are written into shell scripts, anchors and
    /// messages, so they are kept to lower-case ASCII words joined by '-'.
    pub(super) fn id_rule(&mut self, at: impl FnOnce() -> Pointer, kind: &str, id: &str) -> bool {
        if id.trim().is_empty() {
            self.report(at(), format!("{kind} id must not be empty"));
            return false;
        }
        if !is_id(id) {
            let message = format!(
                "{kind} id '{id}' is not kebab-case; expected lower-case words joined by '-', like 'tech-lead'"
            );
            self.report(at(), message);
            return false;
        }
        true
    }

    /// Collects the ids of one list, reporting empty, malformed and repeated
    /// ones. Each key is a clone of the id, which costs nothing when the id
    /// borrows from the file's text.
    pub(super) fn ids<'a>(
        &mut self,
        list: impl Fn() -> Pointer,
        kind: &str,
        ids: impl Iterator<Item = &'a Text>,
    ) -> Ids {
        let mut seen = Ids::with_capacity(ids.size_hint().0);
        for (i, id) in ids.enumerate() {
            if !self.id_rule(|| list().index(i).key("id"), kind, id) {
                if !id.trim().is_empty() {
                    self.malformed.push((kind.to_string(), id.clone()));
                }
                continue;
            }
            match seen.entry(id.clone()) {
                Entry::Occupied(first) => {
                    let (list, first) = (list(), *first.get());
                    let before = format!("duplicate {kind} id '{id}': ");
                    let after = " has it already; ids must be unique";
                    self.report_clash(list.index(i).key("id"), list.index(first), before, after);
                }
                Entry::Vacant(place) => {
                    place.insert(i);
                }
            }
        }
        seen
    }

    /// Checks that every entry of `refs` names a known id, once. `levels`,
    /// when the ids are levels', tells an alias written for an id.
    pub(super) fn refs<S: AsRef<str>>(
        &mut self,
        list: impl Fn() -> Pointer,
        (kind, levels): (&'static str, Option<&[Level]>),
        owner: &str,
        refs: &[S],
        known: &Ids,
    ) {
        let mut seen = Seen::new(refs.len());
        for (i, id) in refs.iter().enumerate() {
            let id = id.as_ref();
            if !known.contains_key(id) {
                let names = self.known(kind, known);
                let near = self.hint((kind, id), known, levels);
                let message = format!(
                    "unknown {kind} '{id}' on level '{owner}'{near} known {kind}s: {names}"
                );
                self.report(list().index(i), message);
            } else if seen.repeated(refs, i) {
                self.report(
                    list().index(i),
                    format!("{kind} '{id}' is listed twice on level '{owner}'"),
                );
            }
        }
    }

    /// Reports ids that repeat an earlier one in the same list of the level
    /// `owner`, with where the first is, and empty ones.
    pub(super) fn unique<'a>(
        &mut self,
        list: impl Fn() -> Pointer,
        (kind, owner): (&str, &str),
        ids: impl Iterator<Item = &'a str>,
    ) {
        let ids: Vec<&str> = ids.collect();
        let mut seen = Seen::new(ids.len());
        for (i, id) in ids.iter().enumerate() {
            if !self.id_rule(|| list().index(i).key("id"), kind, id) {
                continue;
            }
            if let Some(first) = seen.earlier(&ids, i) {
                let before = format!("duplicate {kind} id '{id}' on level '{owner}': ");
                let after = " has it already; ids must be unique";
                self.report_clash(
                    list().index(i).key("id"),
                    list().index(first),
                    before,
                    after,
                );
            }
        }
    }

    pub(super) fn range(
        &mut self,
        at: impl Fn() -> Pointer,
        field: &str,
        range: Option<&CitedRange>,
        ceiling: Option<u32>,
    ) {
        let Some(&CitedRange { min, max, .. }) = range else {
            return;
        };
        if min > max {
            let message = format!("{field} min {min} is above its max {max}; expected min <= max");
            self.report(at().key("min"), message);
        }
        if let Some(ceiling) = ceiling.filter(|&c| max > c) {
            let message = format!("{field} max {max} is out of range; expected 0 to {ceiling}");
            self.report(at().key("max"), message);
        }
    }
}

/// Finds repeats in a list: by scanning when it is short, which is most lists
/// and costs no allocation, through a set when it is long.
pub(super) enum Seen<'a> {
    Scan,
    Map(HashMap<&'a str, usize>),
}

impl<'a> Seen<'a> {
    pub(super) fn new(len: usize) -> Self {
        if len > 16 {
            Seen::Map(HashMap::with_capacity(len))
        } else {
            Seen::Scan
        }
    }

    /// Whether `ids[i]` equals an earlier id; call it for each `i` in order.
    pub(super) fn repeated<S: AsRef<str>>(&mut self, ids: &'a [S], i: usize) -> bool {
        self.earlier(ids, i).is_some()
    }

    /// Where the first id equal to `ids[i]` is, when it is earlier; call it
    /// for each `i` in order.
    pub(super) fn earlier<S: AsRef<str>>(&mut self, ids: &'a [S], i: usize) -> Option<usize> {
        let id = ids[i].as_ref();
        match self {
            Seen::Scan => ids[..i].iter().position(|earlier| earlier.as_ref() == id),
            Seen::Map(map) => match map.entry(id) {
                Entry::Occupied(first) => Some(*first.get()),
                Entry::Vacant(place) => {
                    place.insert(i);
                    None
                }
            },
        }
    }
}

/// The known ids a few edits from the unknown reference `id`, for a message.
fn near(id: &str, known: &Ids) -> String {
    let keys = known.keys().map(|k| (fold(k), k.as_str()));
    match find::suggest(id, keys).as_slice() {
        [] => ";".to_string(),
        [one] => format!("; did you mean '{one}'?"),
        many => format!("; did you mean one of '{}'?", many.join("', '")),
    }
}

/// The ids of `known` in file order, shortened when there are many.
fn known_list(known: &Ids) -> String {
    let mut ids: Vec<(&usize, &Text)> = known.iter().map(|(id, i)| (i, id)).collect();
    ids.sort_unstable();
    let ids: Vec<&str> = ids.iter().map(|(_, id)| id.as_str()).collect();
    find::known(&ids, None)
}
