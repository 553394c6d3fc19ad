//! The common hand-written Markdown matrix: `## Level` headings, `### Category`
//! sub-headings and bullet lists of expectations. A file is a track, or holds
//! a track under each `# Heading`. Categories become the ladder's categories
//! and a skill each; bullets become duties, the same wording on two levels
//! one duty. A `##` section with no bullets under it (a handbook's FAQ, say)
//! is no level: it is left out with a warning.

use anyhow::bail;

use super::build::{Built, Lines, Warning, duty, level, one_line, stem};
use super::duties::Duties;
use super::ids::slug;
use super::markdown::{Block, Blocks};
use super::sections::{before_levels, close, drop_empty_tracks, settle, told, told_apart};
use super::unique::Unique;
use crate::ladder::hash::{HashMap, HashMapExt};
use crate::ladder::text::single_spaced;
use crate::ladder::text::{blank, fold};
use crate::ladder::{Category, Skill, Text, Track};

/// Reads each file, a track or several, into `built`, with levels under
/// headings of depth `level_depth` (2 for `## Level`): tracks a depth above it,
/// categories a depth below.
pub fn read(
    docs: &[(&str, &'static str)],
    built: &mut Built,
    level_depth: usize,
) -> anyhow::Result<()> {
    // The heading marks of a track, a level and a category, for messages.
    let marks = |depth: usize| "#".repeat(depth);
    let (level_mark, category_mark) = (marks(level_depth), marks(level_depth + 1));
    let before_levels = before_levels(&level_mark);
    let mut track_ids = Unique::default();
    let mut level_ids = Unique::default();
    // The `###` headings met, by id: each is made a category, and a skill,
    // when the first bullet under it is read.
    let mut categories: HashMap<String, String> = HashMap::new();
    let mut made = crate::ladder::hash::HashSet::default();
    let mut duties = Duties::default();
    // How many `##` sections the sources have, levels or not; the names of
    // the levels made, folded as lookups fold them.
    let mut count = 0;
    let mut names = crate::ladder::hash::HashSet::default();
    let mut track_names = crate::ladder::hash::HashSet::default();
    for &(name, text) in docs {
        let stem = stem(name);
        // The duty numbers of the level being read, for repeats.
        let mut on_level = crate::ladder::hash::HashSet::default();
        let mut track: Option<String> = None;
        let mut current: Option<usize> = None;
        // The `###` heading the bullets are under, and whether its category
        // is made yet.
        let mut category: Option<String> = None;
        let mut category_made = false;
        // The levels this file adds, from `first`, and where each one's
        // section starts and ends; what the file's warnings say, and where.
        let (first, mut sections) = (built.levels.len(), Vec::new());
        let mut pending: Vec<(usize, String)> = Vec::new();
        let mut warn = |offset: usize, message: String| pending.push((offset, message));
        // The tracks this file adds, from `first_track`, and where each begins.
        let (first_track, mut track_at) = (built.tracks.len(), Vec::new());
        // A track's id, and its title told apart from another track's by
        // the file's name (tracks in two files often share a title).
        let mut new_track = |title: &str, tracks: &mut Vec<Track>| {
            let (title, told) = told_apart(&mut track_names, one_line(title), stem);
            let id = track_ids.id(slug(told.as_deref().unwrap_or(&title), "track"));
            // A later track named as this one's id would be told from it too.
            track_names.insert(fold(&id));
            let message = (told.as_ref()).map(|told| {
                format!("another track is named '{title}'; this one is named '{told}'")
            });
            tracks.push(Track {
                id: id.clone().into(),
                name: told.unwrap_or(title).into(),
                summary: None,
            });
            (id, message)
        };
        // Whether the blocks read are under a level heading with no title,
        // which is left out with what is under it.
        let mut untitled = false;
        // How many level headings had no title: no levels, but not missing.
        let mut blank_levels = 0;
        let mut blocks = Blocks::new(text);
        while let Some((block, offset)) = blocks.next() {
            if untitled {
                match block {
                    Block::Heading { depth, .. } if depth <= level_depth => untitled = false,
                    _ => continue,
                }
            }
            match block {
                Block::Heading { depth, text } if depth == level_depth && blank(text) => {
                    close(&mut sections, offset);
                    let message = format!(
                        "a `{level_mark}` heading with no title is no level; it and what is under it are left out"
                    );
                    warn(offset, message);
                    untitled = true;
                    blank_levels += 1;
                    current = None;
                    category = None;
                }
                Block::Heading { depth, .. } if depth + 1 < level_depth => {
                    // A heading above the tracks ends the track before it.
                    close(&mut sections, offset);
                    warn(
                        offset,
                        format!(
                            "a heading above the tracks (`{}`); its title is left out",
                            marks(depth)
                        ),
                    );
                    track = None;
                    current = None;
                    category = None;
                }
                Block::Heading { depth, text: title } if depth + 1 == level_depth => {
                    close(&mut sections, offset);
                    // A track heading with no title is named as its file.
                    let title = if blank(title) {
                        let message = format!(
                            "a `{}` heading with no title; the track is named as its file",
                            marks(depth)
                        );
                        warn(offset, message);
                        stem
                    } else {
                        title
                    };
                    let (id, told) = new_track(title, &mut built.tracks);
                    if let Some(message) = told {
                        warn(offset, message);
                    }
                    track = Some(id);
                    track_at.push(offset);
                    current = None;
                    category = None;
                }
                Block::Heading { depth, text: title } if depth == level_depth => {
                    let track_id = match &track {
                        Some(id) => id.clone(),
                        None => {
                            let (id, told) = new_track(stem, &mut built.tracks);
                            if let Some(message) = told {
                                warn(offset, message);
                            }
                            track_at.push(offset);
                            track = Some(id.clone());
                            id
                        }
                    };
                    let id = level_ids.id(slug(title, "level"));
                    // A name another level has already (as tracks often share
                    // their ranks' names) is told apart by its track's.
                    let track_name = (built.tracks.iter())
                        .find(|t| t.id.as_str() == track_id)
                        .map_or("", |t| t.name.as_str());
                    let name = told_apart(&mut names, one_line(title), track_name);
                    if let Some(told) = &name.1 {
                        let message = format!(
                            "another level is named '{}'; this one is named '{told}'",
                            name.0
                        );
                        warn(offset, message);
                    }
                    let name = name.1.unwrap_or(name.0);
                    // Its scope and its promotion are set once the file is
                    // read, when it is known which sections are levels.
                    fit_last(&mut built.levels);
                    built.levels.push(level(id, &name, &track_id, title, ""));
                    close(&mut sections, offset);
                    sections.push((offset, usize::MAX));
                    on_level.clear();
                    current = Some(built.levels.len() - 1);
                    category = None;
                }
                Block::Heading { depth, text }
                    if depth == level_depth + 1 && blank(text) && current.is_some() =>
                {
                    let message = format!(
                        "a `{category_mark}` heading with no title is no category; the bullets under it are kept without one"
                    );
                    warn(offset, message);
                    category = None;
                }
                Block::Heading { depth, text: title }
                    if depth == level_depth + 1 && current.is_some() =>
                {
                    let id = slug(title, "category");
                    categories
                        .entry(id.clone())
                        .or_insert_with(|| one_line(title));
                    category_made = made.contains(&id);
                    category = Some(id);
                }
                Block::Paragraph(_) if category.is_some() => {
                    warn(
                        offset,
                        format!(
                            "a paragraph under a `{category_mark}` category; only bullets are expectations, this one is left out"
                        ),
                    );
                }
                Block::Paragraph(p) if current.is_some() && category.is_none() => {
                    // The words under a level's heading describe its role.
                    let l = &mut built.levels[current.unwrap_or_default()];
                    if l.role.as_str() == l.name.as_str() {
                        l.role = one_line(p).into();
                    } else {
                        warn(offset, "a second paragraph under a level; only the first is its role, this one is left out".into());
                    }
                }
                Block::Item { text, .. } if current.is_some() && blank(text) => {
                    warn(offset, "an empty bullet; left out".into());
                }
                Block::Item {
                    text: item, source, ..
                } if current.is_some() => {
                    // Plain words one space apart, lent by the parser for the
                    // whole run, are borrowed rather than copied.
                    let wording = match source {
                        Some(run) if single_spaced(run) => Text::borrowed(run),
                        _ => Text::from(one_line(item)),
                    };
                    let (number, fresh) = duties.number(&wording);
                    let l = &mut built.levels[current.unwrap_or_default()];
                    let id = if let Some(id) = fresh {
                        id
                    } else if on_level.contains(&number) {
                        warn(
                            offset,
                            format!(
                                "'{wording}' is listed twice on level '{}'; the second is left out",
                                l.id
                            ),
                        );
                        continue;
                    } else {
                        duties.id(number)
                    };
                    on_level.insert(number);
                    l.responsibilities.push(duty(id, wording, None));
                    if let Some(c) = category.as_ref().filter(|_| !category_made) {
                        made.insert(c.clone());
                        category_made = true;
                        let name = categories.get(c).cloned().unwrap_or_default();
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
                    match &category {
                        Some(c) if !l.skills.iter().any(|s| s.as_str() == c) => {
                            l.skills.push(c.clone().into())
                        }
                        Some(_) => {}
                        None => warn(
                            offset,
                            format!(
                                "an expectation under no `{category_mark} Category`; kept as a duty without a skill"
                            ),
                        ),
                    }
                }
                Block::Item { .. } | Block::Paragraph(_) if current.is_none() => {
                    warn(offset, before_levels.clone());
                }
                Block::Other(what) => {
                    warn(offset, format!("{what} is left out: a ladder keeps text"))
                }
                Block::Heading { depth, .. } if depth > level_depth + 1 => warn(
                    offset,
                    format!(
                        "a heading deeper than `{category_mark}`; its title is left out, its list kept"
                    ),
                ),
                _ => {}
            }
        }
        fit_last(&mut built.levels);
        close(&mut sections, text.len());
        settle(&mut built.levels, first, &sections, &mut pending);
        let added = (first, first_track);
        drop_empty_tracks(
            &mut built.tracks,
            &built.levels,
            added,
            &track_at,
            &mut pending,
        );
        count += sections.len() + blank_levels;
        let lines = Lines::new(text);
        built
            .warnings
            .extend(told(pending, &level_mark).map(|(offset, message)| Warning {
                file: name.to_string(),
                position: Some(lines.at(offset)),
                message,
            }));
    }
    let expected = format!(
        "expected `{level_mark} Level` headings, `{category_mark} Category` sub-headings and bullet lists"
    );
    match (count, built.levels.is_empty()) {
        (0, _) => bail!("no `{level_mark} Level` heading in the sources: {expected}"),
        (_, true) => bail!(
            "no `{level_mark} Level` heading has bullets under it ({count} left out): {expected}"
        ),
        _ => {}
    }
    built.title = match built.tracks.as_slice() {
        [one] => one.name.to_string(),
        _ => "Imported career ladder".to_string(),
    };
    built.inferred.push(format!("each `{level_mark}` heading with bullets under it is a level promoted to the next of its track; `{category_mark}` headings are categories, and a skill each; bullets are duties, the same wording on two levels one duty; a level's role is the paragraph under its heading, or its name"));
    Ok(())
}

/// Gives back the room the last level's duties did not take, once they are
/// all read: a list grown by doubling keeps room for up to twice its items,
/// and over thousands of levels that room is most of what the import holds.
fn fit_last(levels: &mut [crate::ladder::Level]) {
    if let Some(last) = levels.last_mut() {
        last.responsibilities.shrink_to_fit();
    }
}
