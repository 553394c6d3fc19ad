//! A level of an Engineering Ladders track file: its `## D4 - Developer 4`
//! heading, promoted from the level before it on the track, and its
//! `* **Keyword**: text` bullets, its duties and, through the README's
//! keywords, its skills.

use super::super::build::{Built, Spot, Unfit, Warning, duty, into_one_line, level, one_line};
use super::super::ids::slug;
use super::super::sections::told_id_and_name;
use super::track::{File, Tracks};
use super::warn;

impl Tracks {
    /// A `## D4 - Developer 4` heading: a level promoted from the track's
    /// last, the one being read from here; or a warning, and none read.
    pub(super) fn level(
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
        // A name another level has already is told apart by its track's.
        let (wanted, ids) = (slug(code, "level"), &mut self.ids);
        let (id, name, told) = told_id_and_name(
            &mut self.level_names,
            ("level", || ids.id(wanted.clone()), false),
            one_line(title),
            track_name,
        );
        if let Some(told) = told {
            warn(built, file.name, &file.lines, offset, told);
        }
        let role = if file.role.is_empty() {
            one_line(title)
        } else {
            file.role.clone()
        };
        let mut l = level(id, &name, track_id, &role, "");
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
    pub(super) fn item(
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
        let keyword = strong.map(super::axes::keyword_key);
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
