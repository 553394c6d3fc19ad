//! A track file of Engineering Ladders: a `# Title` and its description, then
//! `## D4 - Developer 4` levels, each with `* **Keyword**: text` bullets that
//! become its duties and, through the README's keywords, its skills.

use super::super::build::{Built, Lines, one_line, stem};
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
    pub(super) axes: Axes,
    /// Level and track ids, unique across the tracks.
    pub(super) ids: Unique,
    track_ids: Unique,
    /// The level and track names taken, folded as lookups fold them.
    pub(super) level_names: Names,
    track_names: Names,
    /// The levels whose codes hold each number (`4` of `D4`), in file order.
    pub levels_by_number: HashMap<String, Vec<usize>>,
}

/// The track file being read.
pub(super) struct File<'t> {
    pub(super) name: &'t str,
    pub(super) lines: Lines<'t>,
    /// The track's id and title, from its first `#` heading.
    pub(super) track: Option<(String, String)>,
    /// The track's description, every level's role.
    pub(super) role: String,
    /// The level being read, as an index into the built levels.
    pub(super) current: Option<usize>,
    /// The duty ids of the level being read, for repeats.
    pub(super) on_level: HashSet<String>,
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
        // Whether a `##` heading was met: the description comes before.
        let mut sections = false;
        // What was said of this file, taken back if it is no track file,
        // which one warning says.
        let said = (built.warnings.len(), built.unlisted);
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
                    if !sections && file.track.is_some() && file.role.is_empty() =>
                {
                    file.role = one_line(p);
                }
                // A paragraph of HTML only is counted with the HTML.
                Block::Paragraph(p) if !blank(p) => {
                    let message = match (file.current, sections) {
                        (Some(_), _) => {
                            "a paragraph under a level is left out: a level's expectations are its `* **Keyword**: text` bullets"
                        }
                        (None, true) => "a paragraph outside any level is left out",
                        (None, false) => {
                            "a paragraph before the levels is left out: the first under the title is the track's description"
                        }
                    };
                    warn(built, name, &file.lines, offset, message.to_string());
                }
                Block::Heading { depth, .. } if depth > 2 => {
                    let message = match file.current {
                        Some(_) => {
                            "a heading within a level; its title is left out, the bullets under it kept"
                        }
                        None => "a heading outside any level is left out",
                    };
                    warn(built, name, &file.lines, offset, message.to_string());
                }
                Block::Heading {
                    depth: 2,
                    text: heading,
                } => {
                    sections = true;
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
                built.warnings.truncate(said.0);
                built.unlisted = said.1;
                let message = "no `## ID - Name` level headings: not a track file; left out";
                warn(built, name, &file.lines, 0, message.to_string());
            }
        }
        Ok(())
    }
}
