//! The Financial Times' engineering-progression job families: `levels` in
//! order, `themes`, and `competencies` of a level and a theme. Themes become
//! the ladder's categories, competencies the duties of their level, with the
//! theme's id, so that a theme is one duty kept from level to level in each
//! level's own words; ids ending in `-ic` and `-pm` split one rank into two
//! tracks.

mod competencies;
mod levels;
mod strict;

use anyhow::{Context, bail};
use serde_json::{Map, Value};

use super::build::{Built, MAX_WARNINGS, Warning, one_line};
use super::ids::slug;
use super::unique::Unique;
use crate::file::Position;
use crate::file::position::Pointer;
use crate::file::{self, yaml};
use crate::ladder::id::is_id;

/// What in a job family did not fit, and where: a place in the text when the
/// reader knows it, else the value's path, placed when the message is made.
#[derive(Debug)]
pub struct Misfit {
    pub position: Option<Position>,
    pub at: Option<Pointer>,
    pub message: String,
}

impl std::fmt::Display for Misfit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Misfit {}

impl Misfit {
    /// The line and column it is at in `source`, the text it was found in.
    pub fn position(&self, source: &str) -> Option<Position> {
        (self.position).or_else(|| self.at.as_ref().and_then(|at| yaml::locate(source, at)))
    }
}

/// An error for the value at `at`.
fn misfit(at: Pointer, message: String) -> anyhow::Error {
    anyhow::Error::new(Misfit {
        position: None,
        at: Some(at),
        message,
    })
}

/// The text of a field, or an error at the path `at` gives, naming what
/// did not fit (made only when something did).
fn text(value: &Value, at: impl FnOnce() -> (Pointer, String)) -> anyhow::Result<&str> {
    (value.as_str()).ok_or_else(|| {
        let (at, what) = at();
        misfit(at, format!("{what} is not text"))
    })
}

/// The list under `key`, borrowed; empty when there is none.
fn list<'v>(top: &'v Map<String, Value>, key: &str) -> &'v [Value] {
    top.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A warning for each key of the mapping `entry` (at `at`) not among
/// `known`: a part of the source with no place in a ladder, left out.
fn unknown_keys(
    entry: &Value,
    at: &dyn Fn() -> Pointer,
    known: &[&str],
    warn: &mut Vec<(Pointer, String)>,
) {
    for key in (entry.as_object().into_iter()).flat_map(|m| m.keys()) {
        if !known.contains(&key.as_str()) {
            let message = format!("'{key}' has no place in a ladder; left out");
            warn.push((at().key_owned(key.clone()), message));
        }
    }
}

/// The `id` and `name` of entry `i` of `list` (`levels`, `themes`), each of
/// which must be there as text; `kind` names one entry in messages.
fn id_and_name<'v>(
    entry: &'v Value,
    list: &str,
    i: usize,
    kind: &str,
) -> anyhow::Result<(&'v str, &'v str)> {
    let here = || Pointer::root().key_owned(list.to_string()).index(i);
    let field = |key: &str| {
        let Some(value) = entry.get(key) else {
            return Err(misfit(here(), format!("{list}[{i}] has no {key}")));
        };
        let text = text(value, || {
            (here().key_owned(key.to_string()), format!("a {kind} {key}"))
        })?;
        // A ladder's ids and names are never blank.
        if text.trim().is_empty() {
            let at = here().key_owned(key.to_string());
            return Err(misfit(
                at,
                format!("a {kind} {key} is blank; expected text"),
            ));
        }
        Ok(text)
    };
    Ok((field("id")?, field("name")?))
}

/// The id made for a source's `id`: as it is when it is one by the ladder's
/// rule, a slug of it otherwise (`fallback` when that is empty), unique.
fn own_id(ids: &mut Unique, id: &str, fallback: &str) -> String {
    ids.id(if is_id(id) {
        id.to_string()
    } else {
        slug(id, fallback)
    })
}

/// Reads one job-family file into `built`.
pub fn read(name: &str, source: &str, built: &mut Built) -> anyhow::Result<()> {
    // A key given twice is refused, not taken as its last.
    let strict::Strict(doc) = yaml::parse(source).map_err(|e| Misfit {
        position: e.position,
        at: None,
        message: e.message,
    })?;
    let Some(top) = doc.as_object() else {
        bail!("not a job family: expected a mapping with name, levels, themes and competencies");
    };
    let mut warn = Vec::new();
    for key in top.keys() {
        if !["name", "summary", "levels", "themes", "competencies"].contains(&key.as_str()) {
            warn.push((
                Pointer::root().key_owned(key.clone()),
                format!("'{key}' has no place in a ladder; left out"),
            ));
        }
    }
    built.title = one_line(text(
        top.get("name")
            .context("no `name`: expected the job family's name")?,
        || (Pointer::root().key("name"), "name".to_string()),
    )?);
    built.summary = match top.get("summary") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.trim().to_string()),
        Some(_) => {
            let at = Pointer::root().key("summary");
            warn.push((at, "the summary is not text; left out".to_string()));
            None
        }
    };
    let by_source_id = levels::read(name, top, built, &mut warn)?;
    let themes_by_id = competencies::themes(top, built, &mut warn)?;
    competencies::read(top, built, &by_source_id, &themes_by_id, &mut warn);
    let pointers: Vec<Option<&Pointer>> = warn.iter().map(|(p, _)| Some(p)).collect();
    let positions = file::locate_all(source, &pointers);
    let mut placed: Vec<Warning> = (warn.iter().zip(positions))
        .map(|((pointer, message), position)| Warning {
            file: name.to_string(),
            position,
            message: format!("{pointer}: {message}"),
        })
        .collect();
    // In the file's order, as a reader goes through them; past the most an
    // import lists, the rest are counted.
    placed.sort_by_key(|w| w.position.map(|p| (p.line, p.column)));
    built.unlisted += placed.len().saturating_sub(MAX_WARNINGS);
    placed.truncate(MAX_WARNINGS);
    built.warnings.extend(placed);
    Ok(())
}
