//! A track file of Engineering Ladders: a `# Title` and its description, then
//! `## D4 - Developer 4` levels, each with `* **Keyword**: text` bullets that
//! become its duties and, through the README's keywords, its skills.

use super::super::build::{
    Built, Lines, Spot, Unfit, Warning, duty, into_one_line, level, one_line, stem,
};
use super::super::ids::slug;
use super::super::markdown::{Block, Blocks};
use super::super::sections::{Names, told_apart};
use super::super::unique::Unique;
use super::axes::Axes;
use super::warn;
use crate::ladder::Track;
use crate::ladder::hash::{HashMap, HashSet};
use crate::ladder::text::{blank, fold};

/// What the track files share as they are read one after another.
pub struct Tracks {
    axes: Axes,
    /// Level and track ids, unique across the tracks.
    ids: Unique,
    track_ids: Unique,
    /// The level and track names taken, folded as lookups fold them.
    level_names: Names,
    track_names: Names,
    /// The levels whose codes hold each number (`4` of `D4`), in file order.
    pub levels_by_number: HashMap<String, Vec<usize>>,
}

/// The track file being read.
struct File<'t> {
    name: &'t str,
    lines: Lines<'t>,
    /// The track's id and title, from its first `#` heading.
    track: Option<(String, String)>,
    /// The track's description, every level's role.
    role: String,
    /// The level being read, as an index into the built levels.
    current: Option<usize>,
    /// The duty ids of the level being read, for repeats.
    on_level: HashSet<String>,
}

impl Tracks {
    pub fn new(axes: Axes) -> Self {
        Tracks {
            axes,
            ids: Unique::default(),
            track_ids: Unique::default(),
            level_names: Names::default(),
            track_names: Names::default(),
            levels_by_number: HashMap::default(),
        }
    }

    /// Reads the track file `name` into `built`: a track when it has levels,
    /// a warning when it has none.
    pub fn read(&mut self, name: &str, text: &str, built: &mut Built) -> anyhow::Result<()> {
        let mut file = File {
            name,
            lines: Lines::new(text),
            track: None,
            role: String::new(),
            current: None,
            on_level: HashSet::default(),
        };
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
                } if file.track.is_none() => {
                    // A title another track has is told apart by its file's.
                    let (title, told) =
                        told_apart(&mut self.track_names, one_line(title), stem(name));
                    if let Some(told) = &told {
                        let message =
                            format!("another track is named '{title}'; this one is named '{told}'");
                        warn(built, name, &file.lines, offset, message);
                    }
                    let title = told.unwrap_or(title);
                    let id = self.track_ids.id(slug(&title, "track"));
                    // A later track named as this one's id is told from it too.
                    self.track_names.insert(fold(&id));
                    file.track = Some((id, title));
                }
                Block::Heading { depth: 1, .. } if !ended => {
                    file.current = None;
                    ended = true;
                    let message = "a second `#` heading ends the track; it and what follows it (a footer, say) are left out";
                    warn(built, name, &file.lines, offset, message.to_string());
                }
                Block::Heading { depth: 2, text } if ended && text.contains(" - ") => {
                    let message = format!(
                        "level heading '{}' after the track ended is left out: a track file has one `#` title, its levels under it",
                        one_line(text)
                    );
                    warn(built, name, &file.lines, offset, message);
                }
                _ if ended => {}
                Block::Paragraph(p)
                    if file.current.is_none() && file.track.is_some() && file.role.is_empty() =>
                {
                    file.role = one_line(p);
                }
                // A paragraph of HTML only is counted with the HTML.
                Block::Paragraph(p) if !blank(p) => {
                    let message = match file.current {
                        Some(_) => {
                            "a paragraph under a level is left out: a level's expectations are its `* **Keyword**: text` bullets"
                        }
                        None => {
                            "a paragraph before the levels is left out: the first under the title is the track's description"
                        }
                    };
                    warn(built, name, &file.lines, offset, message.to_string());
                }
                Block::Heading { depth, .. } if depth > 2 => {
                    let message = "a heading within a level; its title is left out, the bullets under it kept";
                    warn(built, name, &file.lines, offset, message.to_string());
                }
                Block::Heading {
                    depth: 2,
                    text: heading,
                } => {
                    self.level(&mut file, heading, offset, built)?;
                    if let Some(current) = file.current {
                        first_in_track.get_or_insert(current);
                    }
                }
                Block::Item { text, html, .. } if file.current.is_some() && blank(text) => {
                    let message = super::super::markdown::empty_bullet(html);
                    warn(built, name, &file.lines, offset, message);
                }
                Block::Item {
                    strong, text: item, ..
                } if file.current.is_some() => self.item(&mut file, strong, item, offset, built),
                Block::Item { .. } => {
                    let message = "a bullet outside any level is left out";
                    warn(built, name, &file.lines, offset, message.to_string());
                }
                Block::Other(what) => {
                    left_out.0 += 1;
                    left_out.1.get_or_insert((what, offset));
                }
                _ => {}
            }
        }
        match (&file.track, first_in_track) {
            (Some((id, title)), Some(_)) => {
                built.tracks.push(Track {
                    id: id.clone().into(),
                    name: title.clone().into(),
                    summary: (!file.role.is_empty()).then(|| file.role.clone().into()),
                });
                if let (n, Some((what, offset))) = left_out {
                    let message = format!(
                        "{n} blocks of HTML, tables or code (the first, {what}, here) are left out: a ladder keeps text"
                    );
                    warn(built, name, &file.lines, offset, message);
                }
            }
            _ => {
                let message = "no `## ID - Name` level headings: not a track file; left out";
                warn(built, name, &file.lines, 0, message.to_string());
            }
        }
        Ok(())
    }

    /// A `## D4 - Developer 4` heading: a level promoted from the track's
    /// last, the one being read from here; or a warning, and none read.
    fn level(
        &mut self,
        file: &mut File,
        heading: &str,
        offset: usize,
        built: &mut Built,
    ) -> anyhow::Result<()> {
        file.current = None;
        let Some((code, title)) = heading.split_once(" - ") else {
            let message = format!(
                "heading '{}' is no level (`ID - Name`); its section is left out",
                one_line(heading)
            );
            warn(built, file.name, &file.lines, offset, message);
            return Ok(());
        };
        let Some((track_id, track_name)) = &file.track else {
            return Err(anyhow::Error::new(Unfit(Warning {
                file: file.name.to_string(),
                position: Some(file.lines.at(offset)),
                message: "a level before the track's `# Title`; start the file with `# Track name`"
                    .to_string(),
            })));
        };
        let id = self.ids.id(slug(code, "level"));
        // A name another level has already is told apart by its track's.
        let (name, told) = told_apart(&mut self.level_names, one_line(title), track_name);
        if let Some(told) = &told {
            let message = format!("another level is named '{name}'; this one is named '{told}'");
            warn(built, file.name, &file.lines, offset, message);
        }
        let role = if file.role.is_empty() {
            one_line(title)
        } else {
            file.role.clone()
        };
        let mut l = level(id, told.as_deref().unwrap_or(title), track_id, &role, "");
        if let Some(last) =
            (built.levels.last_mut()).filter(|last| last.track.as_str() == track_id.as_str())
        {
            last.next.push(l.id.clone());
        }
        // A code without a number has no peers by number.
        let number: String = code.chars().filter(char::is_ascii_digit).collect();
        if !number.is_empty() {
            (self.levels_by_number.entry(number).or_default()).push(built.levels.len());
        }
        l.scope = one_line(title).into();
        let spot = Spot::At(file.lines.at(offset));
        (built.spots).insert(l.id.to_string(), (file.name.to_string(), spot));
        built.levels.push(l);
        file.current = Some(built.levels.len() - 1);
        file.on_level.clear();
        Ok(())
    }

    /// A `* **Keyword**: text` bullet of the level being read: a duty, with
    /// the keyword's skill when it is one of the README's.
    fn item(
        &self,
        file: &mut File,
        strong: Option<&str>,
        item: &str,
        offset: usize,
        built: &mut Built,
    ) {
        let Some(current) = file.current else {
            return;
        };
        let keyword = strong.map(|k| k.trim().to_lowercase());
        let skill = (keyword.as_ref())
            .and_then(|k| self.axes.keywords.get(k))
            .cloned();
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
            let message = format!(
                "'{}' is no keyword of the README's axes; kept as a duty without a skill",
                strong.unwrap_or(&one_line(item))
            );
            warn(built, file.name, &file.lines, offset, message);
        }
        if !file.on_level.insert(id.clone()) {
            let message = format!(
                "'{id}' is listed twice on level '{}'; the second is left out",
                built.levels[current].id
            );
            warn(built, file.name, &file.lines, offset, message);
            return;
        }
        // The influence axis names the level's reach: its scope.
        let reach = skill.as_ref().is_some_and(|s| {
            (built.skills.iter())
                .any(|k| k.id.as_str() == s && k.category.as_str() == self.axes.reach)
        });
        let l = &mut built.levels[current];
        if reach {
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
}
