//! `ladder changes OLD NEW`: what a new version of a ladder changes for the
//! people on it, change by change, each classed breaking, relaxing or
//! editorial. OLD and NEW are files, `-`, or `REV:PATH` read from git.

mod catalogue;
mod compare;
mod level;
mod moves;
mod rank;
mod renames;

use std::borrow::Cow;

use serde::Serialize;

pub use self::compare::{Change, Class, compare};
use super::Answer;
use crate::file::{self, Origin};
use crate::ladder::{CheckedLadder, Text};
use crate::output::markup::{Layout, Line, Markup};

/// The changes between two ladders. Field names are the JSON contract.
#[derive(Debug, Serialize)]
pub struct Changes {
    pub old: String,
    pub new: String,
    pub counts: Counts,
    pub changes: Vec<Change>,
    /// The class from which the run fails: `--fail-on`, or every class with
    /// `--exit-code`.
    #[serde(skip)]
    pub fail_on: Option<Class>,
    /// Level names in the new version, then the old, for the human layouts.
    #[serde(skip)]
    names: crate::ladder::hash::HashMap<String, String>,
    /// The classes shown, when `--only` chose some.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shown: Option<Vec<Class>>,
}

#[derive(Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub breaking: usize,
    pub relaxing: usize,
    pub editorial: usize,
}

/// Loads both sides (each checked as `validate` checks a file) and compares them.
pub fn run(old: &Origin, new: &Origin, fail_on: Option<Class>) -> anyhow::Result<Changes> {
    Origin::stdin_once([old, new])?;
    let side = |origin: &Origin, which: &str| {
        if let Origin::File(path) = origin
            && matches!(std::fs::metadata(path), Err(e) if e.kind() == std::io::ErrorKind::NotFound)
        {
            // Not `ladder init`'s advice: a compared ladder is one that exists,
            // often at an older revision. Git reads `REV:PATH` from the top of
            // the repository and `REV:./PATH` from here.
            let name = origin.file_name();
            let revision = match path.is_relative() {
                true => std::path::PathBuf::from(format!("HEAD:./{}", path.display())),
                false => std::path::PathBuf::from("HEAD:./PATH"),
            };
            let revision = crate::output::escape::shell_path(&revision);
            anyhow::bail!(
                "{which} ladder: {name}: no such file; name a ladder file, `-` for standard \
                 input, or a file as a git revision holds it, such as `{}`",
                revision.as_deref().unwrap_or("HEAD:./PATH")
            );
        }
        file::load(origin).map_err(|err| anyhow::anyhow!("{which} ladder: {err:#}"))
    };
    let (a, b) = (side(old, "old")?, side(new, "new")?);
    Ok(changes(&a, &b, old.file_name(), new.file_name(), fail_on))
}

/// The changes from `a` to `b`, named `old` and `new`.
pub fn changes(
    a: &CheckedLadder,
    b: &CheckedLadder,
    old: String,
    new: String,
    fail_on: Option<Class>,
) -> Changes {
    // A level whose id changed and is kept as an alias is compared as one.
    let renames = renames::renames(a, b);
    let renamed = renames::renamed(a, &renames);
    let changes = match &renamed {
        Some(was) => {
            let mut ids: Vec<(&Text, &Text)> = renames.iter().collect();
            ids.sort();
            let said = ids
                .into_iter()
                .map(|(was, is)| renames::id_changed(was, is));
            renames::placed(compare(was, b), said.collect(), b)
        }
        None => compare(a, b),
    };
    let mut counts = Counts::default();
    for change in &changes {
        *match change.class {
            Class::Breaking => &mut counts.breaking,
            Class::Relaxing => &mut counts.relaxing,
            Class::Editorial => &mut counts.editorial,
        } += 1;
    }
    let names = (a.levels().iter().chain(b.levels()))
        .map(|l| (l.id.to_string(), l.name.to_string()))
        .collect();
    Changes {
        old,
        new,
        counts,
        changes,
        fail_on,
        names,
        shown: None,
    }
}

impl Changes {
    /// These changes, only those of `classes` shown (all when it is empty);
    /// the counts stay those of every change, and the run fails on what is
    /// shown, as `git diff --exit-code -- PATH` does on what it shows.
    pub fn only(mut self, classes: &[Class]) -> Changes {
        if !classes.is_empty() {
            self.changes.retain(|c| classes.contains(&c.class));
            self.shown = Some(classes.to_vec());
        }
        self
    }
}

impl Answer for Changes {
    fn failed(&self) -> bool {
        self.fail_on
            .is_some_and(|from| self.changes.iter().any(|c| c.class >= from))
    }
}

impl Layout for Changes {
    fn layout(&self, out: &mut dyn Markup) {
        out.heading(
            1,
            &format!("Changes from {} to {}", self.old, self.new).into(),
        );
        let Counts {
            breaking,
            relaxing,
            editorial,
        } = self.counts;
        let n = breaking + relaxing + editorial;
        let mut summary = if n == 0 {
            "No changes.".to_string()
        } else {
            let plural = if n == 1 { "" } else { "s" };
            format!(
                "{n} change{plural}: {breaking} breaking, {relaxing} relaxing, {editorial} editorial"
            )
        };
        if let Some(shown) = self.shown.as_ref().filter(|_| n > 0) {
            let names: Vec<&str> = shown.iter().map(|c| c.as_str()).collect();
            summary.push_str(&format!("; only the {} shown", names.join(" and ")));
        }
        out.paragraph(0, &summary.into());
        // One section for the ladder's own fields, then one per level: the
        // changes come grouped so.
        let mut sections: Vec<(Option<&str>, Vec<&Change>)> = Vec::new();
        for change in &self.changes {
            let level = change.level.as_deref();
            match sections.last_mut() {
                Some((l, list)) if *l == level => list.push(change),
                _ => sections.push((level, vec![change])),
            }
        }
        for (level, mut list) in sections {
            // The strongest first: what a reviewer must not miss.
            list.sort_by_key(|c| std::cmp::Reverse(c.class));
            let title = match level {
                Some(id) => Line::named(self.names.get(id).map_or(id, String::as_str), id),
                None => Line::text("The ladder"),
            };
            out.heading(2, &title);
            let items: Vec<(Line, Line)> = list.iter().map(|c| item(c)).collect();
            out.described(&items);
        }
    }
}

/// One change: its class, kind and subject, then the value before and after
/// (`+ new`, `- old`, or `old → new`).
fn item(change: &Change) -> (Line<'_>, Line<'_>) {
    let what = Line::text(change.class.as_str())
        .plain(": ")
        .plain(change.kind)
        .plain(" ")
        .code(change.subject.as_str());
    // A value of several paragraphs is run into one line: the `→` between
    // two values must not fall inside a paragraph of either.
    let (from, to) = (
        change.from.as_deref().map(folded),
        change.to.as_deref().map(folded),
    );
    let values = match (from, to) {
        (None, Some(to)) => Line::text("+ ").plain(to),
        (Some(from), None) => Line::text("- ").plain(from),
        // Run into one line, a text whose breaks alone changed reads the same.
        (Some(from), Some(to)) if from == to && change.from != change.to => {
            Line::text(from).plain(" (its line breaks or paragraphs changed)")
        }
        (Some(from), Some(to)) => Line::text(from).plain(" → ").plain(to),
        (None, None) => Line::new(),
    };
    let values = match change.note.as_deref() {
        Some(note) => values.plain(format!(" ({note})")),
        None => values,
    };
    (what, values)
}

/// `text` on one line: its line breaks, and the blanks around them, one space.
fn folded(text: &str) -> Cow<'_, str> {
    match text.contains('\n') {
        true => Cow::Owned(text.split_whitespace().collect::<Vec<_>>().join(" ")),
        false => Cow::Borrowed(text),
    }
}
