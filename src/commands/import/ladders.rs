//! jorgef's Engineering Ladders: the README's five axes, each a list of ranked
//! keywords (Adopts → Specializes → …), and a Markdown file per track whose
//! `## D4 - Developer 4` headings are levels, each with `* **Keyword**: text`
//! bullets. Axes become categories, keywords skills, bullets duties; levels of
//! one number on different tracks (the README's level table) are lateral peers.

use anyhow::bail;

use super::build::{Built, Lines, Warning, duty, into_one_line, level, one_line};
use super::ids::slug;
use super::markdown::{Block, Blocks};
use super::unique::Unique;
use crate::ladder::hash::{HashMap, HashMapExt};
use crate::ladder::{Category, Link, Skill, Track};

/// A file of the source: its name and its text.
pub type Doc<'a> = (&'a str, &'a str);

/// Reads the README (the axes) and the track files into `built`.
pub fn read(docs: &[Doc], built: &mut Built) -> anyhow::Result<()> {
    let is_readme = |name: &str| {
        let file = name.rsplit('/').next().unwrap_or(name);
        file.eq_ignore_ascii_case("README.md")
    };
    let Some(&(readme_name, readme)) = docs.iter().find(|(name, _)| is_readme(name)) else {
        bail!(
            "no README.md among the sources: Engineering Ladders keeps its axes there; give the repository's directory or its README.md too"
        );
    };
    let mut warn = |file: &str, lines: &Lines, offset: usize, message: String| {
        built.warnings.push(Warning {
            file: file.to_string(),
            position: Some(lines.at(offset)),
            message,
        });
    };
    // The axes: `## Technology` under `# Levels`, then a numbered list of keywords.
    let mut keywords: HashMap<String, String> = HashMap::new();
    let mut skill_ids = Unique::default();
    let mut in_levels = false;
    let mut axis: Option<String> = None;
    let mut readme_title = None;
    let mut blocks = Blocks::new(readme);
    while let Some((block, _)) = blocks.next() {
        match block {
            Block::Heading { depth: 1, text } => {
                readme_title.get_or_insert(text.trim().to_string());
                in_levels = text.trim().eq_ignore_ascii_case("levels");
                axis = None;
            }
            Block::Heading { depth: 2, text } if in_levels => {
                let id = slug(text, "axis");
                built.categories.push(Category {
                    id: id.clone().into(),
                    name: one_line(text).into(),
                });
                axis = Some(id);
            }
            Block::Item {
                strong: Some(keyword),
                ..
            } if axis.is_some() => {
                let category = axis.clone().unwrap_or_default();
                let id = skill_ids.id(slug(keyword, "keyword"));
                keywords.insert(keyword.trim().to_lowercase(), id.clone());
                built.skills.push(Skill {
                    id: id.into(),
                    name: one_line(keyword).into(),
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
    built.title = readme_title.map_or_else(
        || "Engineering Ladders".to_string(),
        |t| format!("Engineering Ladders ({t})"),
    );
    built
        .inferred
        .push("the README's axes are the categories and their keywords the skills".into());
    // The axis of reach, whose keyword is a level's scope: Influence, or the last.
    let reach = (built
        .categories
        .iter()
        .find(|c| c.id.as_str() == "influence"))
    .or(built.categories.last())
    .map(|c| c.id.to_string())
    .unwrap_or_default();
    // The tracks.
    let mut levels_by_number: HashMap<String, Vec<usize>> = HashMap::new();
    let mut ids = Unique::default();
    for &(name, text) in docs.iter().filter(|(name, _)| !is_readme(name)) {
        let lines = Lines::new(text);
        // The duty ids of the level being read, for repeats.
        let mut on_level = crate::ladder::hash::HashSet::default();
        let mut track: Option<(String, String)> = None;
        let mut role = String::new();
        let mut current: Option<usize> = None;
        let mut first_in_track = None;
        let mut left_out = (0usize, None);
        let mut ended = false;
        let mut blocks = Blocks::new(text);
        while let Some((block, offset)) = blocks.next() {
            match block {
                // The first `#` heading names the track; a later one (such as
                // the pages' footer) ends it.
                Block::Heading {
                    depth: 1,
                    text: title,
                } if track.is_none() => {
                    let id = slug(title, "track");
                    track = Some((id, one_line(title)));
                }
                Block::Heading { depth: 1, .. } => {
                    current = None;
                    ended = true;
                }
                _ if ended => {}
                Block::Paragraph(p) if current.is_none() && track.is_some() && role.is_empty() => {
                    role = one_line(p);
                }
                Block::Heading {
                    depth: 2,
                    text: heading,
                } => {
                    // `D4 - Developer 4`: an id and a name.
                    let Some((code, title)) = heading.split_once(" - ") else {
                        warn(
                            name,
                            &lines,
                            offset,
                            format!(
                                "heading '{}' is no level (`ID - Name`); its section is left out",
                                one_line(heading)
                            ),
                        );
                        current = None;
                        continue;
                    };
                    let Some((track_id, _)) = &track else {
                        bail!("{name}: a level before the track's `# Title`");
                    };
                    let id = ids.id(slug(code, "level"));
                    let role = if role.is_empty() {
                        one_line(title)
                    } else {
                        role.clone()
                    };
                    let mut l = level(id, title, track_id, &role, "");
                    if let Some(last) = built
                        .levels
                        .last_mut()
                        .filter(|last| last.track.as_str() == track_id.as_str())
                    {
                        last.next.push(l.id.clone());
                    }
                    // A code without a number has no peers by number.
                    let number: String = code.chars().filter(char::is_ascii_digit).collect();
                    if !number.is_empty() {
                        levels_by_number
                            .entry(number)
                            .or_default()
                            .push(built.levels.len());
                    }
                    l.scope = one_line(title).into();
                    built.levels.push(l);
                    current = Some(built.levels.len() - 1);
                    on_level.clear();
                    first_in_track.get_or_insert(built.levels.len() - 1);
                }
                Block::Item {
                    strong, text: item, ..
                } if current.is_some() => {
                    let l = &mut built.levels[current.unwrap_or_default()];
                    let keyword = strong.map(|k| k.trim().to_lowercase());
                    let skill = keyword.as_ref().and_then(|k| keywords.get(k)).cloned();
                    let body = match &strong {
                        Some(k) => item
                            .trim_start()
                            .strip_prefix(k)
                            .unwrap_or(item)
                            .trim_start_matches(':')
                            .trim()
                            .to_string(),
                        None => item.trim().to_string(),
                    };
                    let id = match (&skill, &strong) {
                        (Some(skill), _) => skill.clone(),
                        (None, Some(k)) => slug(k, "duty"),
                        (None, None) => slug(&body, "duty"),
                    };
                    if skill.is_none() {
                        warn(
                            name,
                            &lines,
                            offset,
                            format!(
                                "'{}' is no keyword of the README's axes; kept as a duty without a skill",
                                strong.unwrap_or(&one_line(item))
                            ),
                        );
                    }
                    if !on_level.insert(id.clone()) {
                        warn(
                            name,
                            &lines,
                            offset,
                            format!(
                                "'{id}' is listed twice on level '{}'; the second is left out",
                                l.id
                            ),
                        );
                        continue;
                    }
                    // The influence axis names the level's reach: its scope.
                    if skill.as_ref().is_some_and(|s| {
                        built
                            .skills
                            .iter()
                            .any(|k| k.id.as_str() == s && k.category.as_str() == reach)
                    }) {
                        l.scope = strong
                            .map(one_line)
                            .unwrap_or_default()
                            .to_lowercase()
                            .into();
                    }
                    l.responsibilities.push(duty(id, into_one_line(body), None));
                    if let Some(skill) = skill {
                        l.skills.push(skill.into());
                    }
                }
                Block::Other(what) => {
                    left_out.0 += 1;
                    left_out.1.get_or_insert((what, offset));
                }
                _ => {}
            }
        }
        match (&track, first_in_track) {
            (Some((id, title)), Some(_)) => {
                built.tracks.push(Track {
                    id: id.clone().into(),
                    name: title.clone().into(),
                    summary: (!role.is_empty()).then(|| role.clone().into()),
                });
                if let (n, Some((what, offset))) = left_out {
                    warn(
                        name,
                        &lines,
                        offset,
                        format!(
                            "{n} blocks of HTML, tables or code (the first, {what}, here) are left out: a ladder keeps text"
                        ),
                    );
                }
            }
            _ => warn(
                name,
                &lines,
                0,
                "no `## ID - Name` level headings: not a track file; left out".to_string(),
            ),
        }
    }
    if built.levels.is_empty() {
        bail!(
            "no track file with levels among the sources: expected files like Developer.md with `## D1 - Developer 1` headings"
        );
    }
    // Levels of one number on different tracks are peers.
    let mut numbers: Vec<(&String, &Vec<usize>)> = levels_by_number.iter().collect();
    numbers.sort();
    for (_, members) in numbers {
        if let [first, rest @ ..] = members.as_slice() {
            for &other in rest {
                if built.levels[other].track != built.levels[*first].track {
                    let to = built.levels[other].id.clone();
                    built.levels[*first].lateral.push(Link::to(to));
                }
            }
        }
    }
    built.inferred.push("each track file's levels are promoted in order; levels of one number on different tracks (the README's level table) are lateral peers; a level's role is its track's description and its scope its keyword on the Influence axis (or the last axis)".into());
    Ok(())
}
