//! A job family's `themes`, which become the ladder's categories, and its
//! `competencies`, each a duty of its level under its theme's id.

use serde_json::{Map, Value};

use super::super::build::{Built, duty, into_one_line, one_line};
use super::super::ids::slug;
use super::super::unique::Unique;
use super::{id_and_name, list, own_id, unknown_keys};
use crate::file::position::Pointer;
use crate::ladder::hash::{HashMap, HashMapExt};
use crate::ladder::{Category, Source};

/// Reads the themes into `built`'s categories; returns the source's theme
/// ids and the category each is.
pub fn themes(
    top: &Map<String, Value>,
    built: &mut Built,
    warn: &mut Vec<(Pointer, String)>,
) -> anyhow::Result<HashMap<String, usize>> {
    // Themes: the categories, and a skill each.
    let themes = list(top, "themes");
    let mut theme_ids = Unique::default();
    let mut themes_by_id: HashMap<String, usize> = HashMap::new();
    let mut summaries = None;
    for (i, theme) in themes.iter().enumerate() {
        let (id, name) = id_and_name(theme, "themes", i, "theme")?;
        let at = || Pointer::root().key("themes").index(i);
        unknown_keys(theme, &at, &["id", "name", "summary"], warn);
        let made = own_id(&mut theme_ids, id, "theme");
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
    Ok(themes_by_id)
}

/// The fields a competency has.
const KNOWN: &[&str] = &[
    "id",
    "level",
    "theme",
    "summary",
    "proficiency",
    "examples",
    "supportingUrls",
];

/// Reads the competencies into the duties of their levels.
pub fn read(
    top: &Map<String, Value>,
    built: &mut Built,
    by_source_id: &HashMap<String, usize>,
    themes_by_id: &HashMap<String, usize>,
    warn: &mut Vec<(Pointer, String)>,
) {
    // Competencies: the duties of their level.
    let at = |i: usize| Pointer::root().key("competencies").index(i);
    let competencies = list(top, "competencies");
    let mut sources = Unique::default();
    let mut duty_ids: HashMap<usize, Unique> = HashMap::new();
    for (i, c) in competencies.iter().enumerate() {
        let field = |k: &str| c.get(k).and_then(Value::as_str);
        let Some(l) = field("level").and_then(|l| by_source_id.get(l).copied()) else {
            let (place, message) = match c.get("level") {
                Some(_) => (at(i).key("level"), "a competency of no level in `levels`"),
                None => (at(i), "a competency with no `level`"),
            };
            warn.push((place, format!("{message}; left out")));
            continue;
        };
        unknown_keys(c, &|| at(i), KNOWN, warn);
        // A field that is there but not text, or not a list, is said so.
        for (key, want) in [
            ("summary", "text"),
            ("proficiency", "text"),
            ("examples", "a list"),
            ("supportingUrls", "a list"),
        ] {
            let fits = match c.get(key) {
                None | Some(Value::Null) => true,
                Some(Value::String(_)) => want == "text",
                Some(Value::Array(_)) => want == "a list",
                Some(_) => false,
            };
            if !fits {
                warn.push((at(i).key(key), format!("`{key}` is not {want}; left out")));
            }
        }
        let examples = c.get("examples").and_then(Value::as_array);
        if let Some(j) = examples.and_then(|e| e.iter().position(|x| !x.is_string())) {
            let message = "an example that is not text; left out, the others kept";
            warn.push((at(i).key("examples").index(j), message.to_string()));
        }
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
                    if !label.trim().is_empty() && crate::file::rules::web_address(url) =>
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
                    "a link without a label or a web address (https:// or http://, no spaces); left out".into(),
                )),
            }
        }
        // A second competency of one theme on a level: its own id.
        d.id = duty_ids.entry(l).or_default().id(d.id.to_string()).into();
        built.levels[l].responsibilities.push(d);
    }
}
