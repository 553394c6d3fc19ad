//! The Financial Times' engineering-progression job families: `levels` in
//! order, `themes`, and `competencies` of a level and a theme. Themes become
//! the ladder's categories, competencies the duties of their level, with the
//! theme's id, so that a theme is one duty kept from level to level in each
//! level's own words; ids ending in `-ic` and `-pm` split one rank into two
//! tracks.

use anyhow::{Context, bail};
use serde_json::Value;

use super::build::{Built, Warning, duty, into_one_line, level, one_line};
use super::ids::slug;
use super::unique::Unique;
use crate::file::position::Pointer;
use crate::file::{self, yaml};
use crate::ladder::hash::{HashMap, HashMapExt};
use crate::ladder::id::is_id;
use crate::ladder::{Category, Link, Source, Track};

/// The text of a field, or an error naming what did not fit.
fn text<'v>(value: &'v Value, what: &str) -> anyhow::Result<&'v str> {
    value
        .as_str()
        .with_context(|| format!("{what} is not text"))
}

/// Reads one job-family file into `built`.
pub fn read(name: &str, source: &str, built: &mut Built) -> anyhow::Result<()> {
    let doc: Value = yaml::parse(source).map_err(|e| anyhow::anyhow!("{}", e.message))?;
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
        "name",
    )?);
    built.summary = top
        .get("summary")
        .and_then(Value::as_str)
        .map(|s| s.trim().to_string());
    let levels = top
        .get("levels")
        .and_then(Value::as_array)
        .context("no `levels` list: expected levels: [{id, name}, …]")?;
    if levels.is_empty() {
        bail!("`levels` is empty: expected at least one level");
    }
    // Ranks: a level and the levels beside it that share its id but for -ic/-pm.
    let mut ranks: Vec<(String, Vec<usize>)> = Vec::new();
    // The source's ids to their levels, and the ids made for them, unique.
    let mut by_source_id: HashMap<String, usize> = HashMap::new();
    let mut level_ids = Unique::default();
    let family = slug(&built.title, "family");
    let mut split = false;
    for (i, entry) in levels.iter().enumerate() {
        let id = text(
            entry
                .get("id")
                .with_context(|| format!("levels[{i}] has no id"))?,
            "a level id",
        )?;
        let name = text(
            entry
                .get("name")
                .with_context(|| format!("levels[{i}] has no name"))?,
            "a level name",
        )?;
        let (stem, track) = match (id.strip_suffix("-ic"), id.strip_suffix("-pm")) {
            (Some(stem), _) => (stem, "ic"),
            (_, Some(stem)) => (stem, "pm"),
            _ => (id, family.as_str()),
        };
        split |= track != family;
        let made = level_ids.id(if is_id(id) {
            id.to_string()
        } else {
            slug(id, "level")
        });
        by_source_id.insert(id.to_string(), built.levels.len());
        built.levels.push(level(made, name, track, name, ""));
        match ranks.last_mut() {
            Some((last, members)) if last == stem => members.push(i),
            _ => ranks.push((stem.to_string(), vec![i])),
        }
    }
    let count = ranks.len();
    for (r, (_, members)) in ranks.iter().enumerate() {
        for &i in members {
            built.levels[i].scope = format!("rank {} of {count}", r + 1).into();
        }
    }
    built.tracks.push(Track {
        id: family.clone().into(),
        name: built.title.clone().into(),
        summary: None,
    });
    if split {
        built.tracks.push(Track {
            id: "ic".into(),
            name: "Individual contributor".into(),
            summary: None,
        });
        built.tracks.push(Track {
            id: "pm".into(),
            name: "People manager".into(),
            summary: None,
        });
        built.inferred.push("levels whose ids end in -ic and -pm are two tracks at one rank, joined by a lateral move".into());
    }
    // Promotions from each rank to the next, within a track or from and to the shared one.
    for pair in ranks.windows(2) {
        for &a in &pair[0].1 {
            for &b in &pair[1].1 {
                let (ta, tb) = (built.levels[a].track.clone(), built.levels[b].track.clone());
                if ta == tb || ta.as_str() == family || tb.as_str() == family {
                    let next = built.levels[b].id.clone();
                    built.levels[a].next.push(next);
                }
            }
        }
    }
    for (_, members) in &ranks {
        if let [first, rest @ ..] = members.as_slice() {
            for &other in rest {
                let to = built.levels[other].id.clone();
                built.levels[*first].lateral.push(Link::to(to));
            }
        }
    }
    built.inferred.push("levels follow the file's order, each promoted to the next rank; a level's role is its name and its scope its rank".into());
    // Themes: the categories, and a skill each.
    let themes = top
        .get("themes")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut theme_ids = Unique::default();
    let mut themes_by_id: HashMap<String, usize> = HashMap::new();
    let mut summaries = None;
    for (i, theme) in themes.iter().enumerate() {
        let id = text(
            theme
                .get("id")
                .with_context(|| format!("themes[{i}] has no id"))?,
            "a theme id",
        )?;
        let name = text(
            theme
                .get("name")
                .with_context(|| format!("themes[{i}] has no name"))?,
            "a theme name",
        )?;
        let made = theme_ids.id(if is_id(id) {
            id.to_string()
        } else {
            slug(id, "theme")
        });
        themes_by_id.insert(id.to_string(), built.categories.len());
        built.categories.push(Category {
            id: made.into(),
            name: one_line(name).into(),
        });
        if theme.get("summary").is_some() {
            summaries.get_or_insert(i);
        }
    }
    if let Some(i) = summaries {
        let at = Pointer::root().key("themes").index(i).key("summary");
        let message = "a theme's summary has no place in a ladder (a category has a name only); the themes' summaries are left out";
        warn.push((at, message.into()));
    }
    built.inferred.push("themes are the categories; each competency is a duty of its level with its theme's id, one duty kept from level to level in each level's words; a theme's proficiency is in the duty's name".into());
    // Competencies: the duties of their level.
    let at = |i: usize| Pointer::root().key("competencies").index(i);
    let competencies = top
        .get("competencies")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut sources = Unique::default();
    let mut duty_ids: HashMap<usize, Unique> = HashMap::new();
    for (i, c) in competencies.iter().enumerate() {
        let field = |k: &str| c.get(k).and_then(Value::as_str);
        let Some(l) = field("level").and_then(|l| by_source_id.get(l).copied()) else {
            warn.push((
                at(i).key("level"),
                "a competency of no level in `levels`; left out".into(),
            ));
            continue;
        };
        let theme = field("theme")
            .and_then(|t| themes_by_id.get(t))
            .map(|&t| built.categories[t].clone());
        let id = match &theme {
            Some(t) => t.id.to_string(),
            None => field("id").map_or_else(
                || format!("competency-{}", i + 1),
                |id| slug(id, "competency"),
            ),
        };
        let summary = field("summary").unwrap_or("").trim().to_string();
        let name = match (&theme, field("proficiency")) {
            (Some(t), Some(p)) => format!("{} ({p})", t.name),
            (Some(t), None) => t.name.to_string(),
            (None, _) => {
                warn.push((
                    at(i).key("theme"),
                    "a competency of no theme in `themes`; kept without one".into(),
                ));
                summary.chars().take(60).collect()
            }
        };
        let mut detail = summary;
        if let Some(examples) = c.get("examples").and_then(Value::as_array) {
            let examples: Vec<&str> = examples
                .iter()
                .filter_map(Value::as_str)
                .map(str::trim)
                .collect();
            if !examples.is_empty() {
                detail.push_str(&format!(" Examples: {}", examples.join(" ")));
            }
        }
        let mut d = duty(id, into_one_line(name), Some(detail));
        for (j, link) in c
            .get("supportingUrls")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            let (label, url) = (
                link.get("label").and_then(Value::as_str),
                link.get("url").and_then(Value::as_str),
            );
            match (label, url) {
                (Some(label), Some(url))
                    if url.starts_with("https://") || url.starts_with("http://") =>
                {
                    let id = sources.id(slug(label, "link"));
                    built.sources.push(Source {
                        id: id.clone().into(),
                        title: one_line(label).into(),
                        url: Some(url.into()),
                    });
                    d.sources.push(id.into());
                }
                _ => warn.push((
                    at(i).key("supportingUrls").index(j),
                    "a link without a label or a web address; left out".into(),
                )),
            }
        }
        // A second competency of one theme on a level: its own id.
        d.id = duty_ids.entry(l).or_default().id(d.id.to_string()).into();
        built.levels[l].responsibilities.push(d);
    }
    let pointers: Vec<Option<&Pointer>> = warn.iter().map(|(p, _)| Some(p)).collect();
    let positions = file::locate_all(source, &pointers);
    for ((pointer, message), position) in warn.iter().zip(positions) {
        built.warnings.push(Warning {
            file: name.to_string(),
            position,
            message: format!("{pointer}: {message}"),
        });
    }
    Ok(())
}
