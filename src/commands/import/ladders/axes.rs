//! The README of Engineering Ladders: under `# Levels`, a `## Axis` heading
//! for each axis and a list of its ranked `**Keyword**: text` items. Axes
//! become categories and keywords skills.

use anyhow::bail;

use super::super::build::{Built, Lines, one_line};
use super::super::ids::slug;
use super::super::markdown::{Block, Blocks};
use super::super::sections::{Names, told_id_and_name};
use super::super::unique::Unique;
use crate::ladder::hash::{HashMap, HashMapExt};
use crate::ladder::text::fold;
use crate::ladder::{Category, Skill};

/// What the README gives the track files.
pub struct Axes {
    /// Each keyword, in lower case, and the id of its skill.
    pub keywords: HashMap<String, String>,
    /// The axis of reach, whose keyword is a level's scope: Influence, or the last.
    pub reach: String,
}

/// Reads the axes of `readme` into `built`'s categories and skills, and the
/// README's title into its title.
pub fn read(readme_name: &str, readme: &str, built: &mut Built) -> anyhow::Result<Axes> {
    let mut keywords: HashMap<String, String> = HashMap::new();
    let (mut skill_ids, mut skill_names) = (Unique::default(), Names::default());
    let (mut axis_ids, mut axis_names) = (Unique::default(), Names::default());
    let mut in_levels = false;
    let mut axis: Option<String> = None;
    let mut readme_title = None;
    let mut blocks = Blocks::new(readme);
    let lines = Lines::new(readme);
    while let Some((block, offset)) = blocks.next() {
        match block {
            Block::Heading { depth: 1, text } => {
                readme_title.get_or_insert(text.trim().to_string());
                in_levels = text.trim().eq_ignore_ascii_case("levels");
                axis = None;
            }
            Block::Heading { depth: 2, text } if in_levels => {
                // Two axes are told apart as levels are: by id and name.
                let (wanted, ids) = (slug(text, "axis"), &mut axis_ids);
                let make = || ids.id(wanted.clone());
                let (id, name, told) = told_id_and_name(
                    &mut axis_names,
                    ("axis", make, false),
                    one_line(text),
                    "axis",
                );
                if let Some(told) = told {
                    super::warn(built, readme_name, &lines, offset, told);
                }
                built.categories.push(Category {
                    id: id.clone().into(),
                    name: name.into(),
                });
                axis = Some(id);
            }
            Block::Item {
                strong: Some(keyword),
                ..
            } if axis.is_some() => {
                let category = axis.clone().unwrap_or_default();
                let key = keyword_key(keyword);
                // A track's `**Keyword**` names one skill: the first axis's.
                if let Some(first) = keywords.get(&key) {
                    let first = (built.skills.iter()).find(|s| s.id.as_str() == first);
                    let axis = (built.categories.iter())
                        .find(|c| first.is_some_and(|s| s.category == c.id))
                        .map_or("", |c| c.name.as_str());
                    let message = format!(
                        "'{}' is a keyword of the axis '{axis}' already; left out here, and a track's `**{}**` is that axis's",
                        one_line(keyword),
                        one_line(keyword)
                    );
                    super::warn(built, readme_name, &lines, offset, message);
                    continue;
                }
                // A keyword named as another's id is told apart by its axis.
                let axis_name = (built.categories.iter().rev())
                    .find(|c| c.id.as_str() == category)
                    .map_or(String::new(), |c| c.name.to_string());
                let (wanted, ids) = (slug(keyword, "keyword"), &mut skill_ids);
                let make = || ids.id(wanted.clone());
                let (id, name, told) = told_id_and_name(
                    &mut skill_names,
                    ("keyword", make, false),
                    one_line(keyword),
                    &axis_name,
                );
                if let Some(told) = told {
                    super::warn(built, readme_name, &lines, offset, told);
                }
                keywords.insert(key, id.clone());
                built.skills.push(Skill {
                    id: id.into(),
                    name: name.into(),
                    category: category.into(),
                });
            }
            _ => {}
        }
    }
    if built.categories.is_empty() || built.skills.is_empty() {
        bail!(
            "{readme_name}: no axes found: expected `# Levels` with a `## Axis` heading and a list of `**Keyword**: text` for each"
        );
    }
    // The README's own title names the team's framework when it says it is
    // a ladder ("Engineering Ladders", "Acme's ladders"); another (an
    // "Introduction") is given the format's name before it.
    built.title = match readme_title {
        Some(t) if t.to_lowercase().contains("ladder") => t.to_string(),
        Some(t) => format!("Engineering Ladders ({t})"),
        None => "Engineering Ladders".to_string(),
    };
    built
        .inferred
        .push("the README's axes are the categories and their keywords the skills".into());
    let reach = (built
        .categories
        .iter()
        .find(|c| c.id.as_str() == "influence"))
    .or(built.categories.last())
    .map(|c| c.id.to_string())
    .unwrap_or_default();
    Ok(Axes { keywords, reach })
}

/// How a keyword is looked up: as a ladder compares names (case, blanks and
/// Unicode composition aside), so two spellings of one are one keyword.
pub fn keyword_key(keyword: &str) -> String {
    fold(&one_line(keyword))
}
