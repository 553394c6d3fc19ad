//! What each block of a Markdown matrix does: a heading starts a track, a
//! level or a category, a paragraph under a level is its role, a bullet is a
//! duty; the rest is left out with a warning.

use super::super::build::{Built, duty, level, one_line};
use super::super::ids::slug;
use super::super::markdown::{Block, empty_bullet};
use super::super::sections::{close, told_apart, told_id_and_name};
use super::{Matrix, Reading, fit_last, marks};
use crate::ladder::text::{blank, fold, single_spaced};
use crate::ladder::{Category, Skill, Text, Track};

impl Matrix {
    /// Reads `block`, at `offset` in the source `reading` reads, into `built`.
    pub(super) fn block(
        &mut self,
        r: &mut Reading,
        built: &mut Built,
        block: Block<'_, 'static>,
        offset: usize,
    ) {
        let (depth_of_level, category_mark) = (self.level_depth, self.category_mark);
        if r.untitled {
            match block {
                Block::Heading { depth, .. } if depth <= depth_of_level => r.untitled = false,
                _ => return,
            }
        }
        match block {
            Block::Heading { depth, text } => self.heading(r, built, depth, text, offset),
            Block::Paragraph(_) if r.category.is_some() => r.warn(
                offset,
                format!(
                    "a paragraph under a `{category_mark}` category; only bullets are expectations, this one is left out"
                ),
            ),
            Block::Paragraph(p) if r.current.is_some() => {
                // The words under a level's heading describe its role.
                let l = &mut built.levels[r.current.unwrap_or_default()];
                if l.role.as_str() == l.name.as_str() {
                    l.role = one_line(p).into();
                } else {
                    r.warn(offset, "a second paragraph under a level; only the first is its role, this one is left out".into());
                }
            }
            Block::Item { text, html, .. } if r.current.is_some() && blank(text) => {
                r.warn(offset, empty_bullet(html));
            }
            Block::Item { text, source, .. } if r.current.is_some() => {
                self.item(r, built, text, source, offset)
            }
            Block::Item { .. } | Block::Paragraph(_) => {
                r.warn(offset, self.before_levels.clone());
            }
            Block::Other(what) => r.warn(offset, format!("{what} is left out: a ladder keeps text")),
        }
    }

    fn heading(
        &mut self,
        r: &mut Reading,
        built: &mut Built,
        depth: usize,
        title: &str,
        at: usize,
    ) {
        let (depth_of_level, level_mark, category_mark) =
            (self.level_depth, self.level_mark, self.category_mark);
        match depth {
            _ if depth == depth_of_level && blank(title) => {
                close(&mut r.sections, at);
                r.warn(at, format!("a `{level_mark}` heading with no title is no level; it and what is under it are left out"));
                r.untitled = true;
                r.blank_levels += 1;
                r.current = None;
                r.category = None;
            }
            _ if depth + 1 < depth_of_level => {
                // A heading above the tracks ends the track before it.
                close(&mut r.sections, at);
                let message = format!(
                    "a heading above the tracks (`{}`); its title is left out",
                    marks(depth)
                );
                r.warn(at, message);
                r.track = None;
                r.current = None;
                r.category = None;
            }
            _ if depth + 1 == depth_of_level => {
                close(&mut r.sections, at);
                // A track heading with no title is named as its file.
                let title = if blank(title) {
                    let message = format!(
                        "a `{}` heading with no title; the track is named as its file",
                        marks(depth)
                    );
                    r.warn(at, message);
                    r.stem
                } else {
                    title
                };
                r.track = Some(self.track(r, &mut built.tracks, title, at));
                r.current = None;
                r.category = None;
            }
            _ if depth == depth_of_level => self.level(r, built, title, at),
            _ if depth == depth_of_level + 1 && r.current.is_some() && blank(title) => {
                r.warn(at, format!("a `{category_mark}` heading with no title is no category; the bullets under it are kept without one"));
                r.category = None;
            }
            _ if depth == depth_of_level + 1 && r.current.is_some() => {
                let id = self.category(r, one_line(title), at);
                r.category_made = self.made.contains(&id);
                r.category = Some(id);
            }
            _ if depth > depth_of_level + 1 => r.warn(
                at,
                format!(
                    "a heading deeper than `{category_mark}`; its title is left out, its list kept"
                ),
            ),
            _ => {}
        }
    }

    /// The id of the category titled `title`, its heading at `at`: the one
    /// made for the title before, or a new one, told apart by a number from
    /// another title's of the same slug (`C++` and `C#`). A title that is
    /// another category's id, which a lookup could not tell from it, is that
    /// category, with a warning.
    fn category(&mut self, r: &mut Reading, title: String, at: usize) -> String {
        let key = fold(&title);
        if let Some(id) = self.category_ids.get(&key) {
            return id.clone();
        }
        if let Some(named) = self.categories.get(&key) {
            let message = format!(
                "category '{title}' is named as the id of category '{named}'; its bullets are kept under '{named}'"
            );
            r.warn(at, message);
            return key;
        }
        let id = self.category_unique.id(slug(&title, "category"));
        self.category_ids.insert(key, id.clone());
        self.categories.insert(id.clone(), title);
        id
    }

    /// A new track titled `title`, its heading at `at`: its id, and its title
    /// told apart from another track's by the file's name (tracks in two
    /// files often share a title).
    fn track(
        &mut self,
        r: &mut Reading,
        tracks: &mut Vec<Track>,
        title: &str,
        at: usize,
    ) -> String {
        let (title, told) = told_apart(&mut self.track_names, one_line(title), r.stem);
        let id = self
            .track_ids
            .id(slug(told.as_deref().unwrap_or(&title), "track"));
        // A later track named as this one's id would be told from it too.
        self.track_names.insert(fold(&id));
        if let Some(told) = &told {
            r.warn(
                at,
                format!("another track is named '{title}'; this one is named '{told}'"),
            );
        }
        tracks.push(Track {
            id: id.clone().into(),
            name: told.unwrap_or(title).into(),
            summary: None,
        });
        r.track_at.push(at);
        id
    }

    /// A level heading titled `title`, at `at`.
    fn level(&mut self, r: &mut Reading, built: &mut Built, title: &str, at: usize) {
        let track_id = match &r.track {
            Some(id) => id.clone(),
            None => {
                let id = self.track(r, &mut built.tracks, r.stem, at);
                r.track = Some(id.clone());
                id
            }
        };
        // A name another level has already (as tracks often share their
        // ranks' names) is told apart by its track's: the track made last.
        let track_name = (built.tracks.iter().rev())
            .find(|t| t.id.as_str() == track_id)
            .map_or("", |t| t.name.as_str());
        let wanted = slug(title, "level");
        let level_ids = &mut self.level_ids;
        let (id, name, told) = told_id_and_name(
            &mut self.names,
            ("level", || level_ids.id(wanted.clone()), false),
            one_line(title),
            track_name,
        );
        if let Some(told) = told {
            r.warn(at, told);
        }
        // Its scope and its promotion are set once the file is read, when it
        // is known which sections are levels.
        fit_last(&mut built.levels);
        built.levels.push(level(id, &name, &track_id, title, ""));
        close(&mut r.sections, at);
        r.sections.push((at, usize::MAX));
        r.on_level.clear();
        r.current = Some(built.levels.len() - 1);
        r.category = None;
    }

    /// A bullet under a level: a duty, and its category made a skill of the
    /// level.
    fn item(
        &mut self,
        r: &mut Reading,
        built: &mut Built,
        item: &str,
        source: Option<&'static str>,
        at: usize,
    ) {
        // Plain words one space apart, lent by the parser for the whole run,
        // are borrowed rather than copied.
        let wording = match source {
            Some(run) if single_spaced(run) => Text::borrowed(run),
            _ => Text::from(one_line(item)),
        };
        let (number, fresh) = self.duties.number(&wording);
        let l = &mut built.levels[r.current.unwrap_or_default()];
        let id = if let Some(id) = fresh {
            id
        } else if r.on_level.contains(&number) {
            let message = format!(
                "'{wording}' is listed twice on level '{}'; the second is left out",
                l.id
            );
            r.warn(at, message);
            return;
        } else {
            self.duties.id(number)
        };
        r.on_level.insert(number);
        l.responsibilities
            .push(duty(Text::borrowed(id), wording, None));
        if let Some(c) = r.category.as_ref().filter(|_| !r.category_made) {
            self.made.insert(c.clone());
            r.category_made = true;
            let name = self.categories.get(c).cloned().unwrap_or_default();
            built.categories.push(Category {
                id: c.clone().into(),
                name: name.clone().into(),
            });
            built.skills.push(Skill {
                id: c.clone().into(),
                name: name.into(),
                category: c.clone().into(),
            });
        }
        match &r.category {
            Some(c) if !l.skills.iter().any(|s| s.as_str() == c) => l.skills.push(c.clone().into()),
            Some(_) => {}
            None => {
                let category_mark = self.category_mark;
                r.warn(at, format!("an expectation under no `{category_mark} Category`; kept as a duty without a skill"));
            }
        }
    }
}
