//! The common hand-written Markdown matrix: `## Level` headings, `### Category`
//! sub-headings and bullet lists of expectations. A file is a track, or holds
//! a track under each `# Heading`. Categories become the ladder's categories
//! and a skill each; bullets become duties, the same wording on two levels
//! one duty. A `##` section with no bullets under it (a handbook's FAQ, say)
//! is no level: it is left out with a warning. What each kind of block does
//! is in blocks.rs.

mod blocks;

use anyhow::bail;

use super::build::{Built, Lines, MAX_WARNINGS, Warning, stem};
use super::duties::Duties;
use super::markdown::Blocks;
use super::sections::{Names, before_levels, close, drop_empty_tracks, settle, told};
use super::unique::Unique;
use crate::ladder::hash::{HashMap, HashMapExt, HashSet};

/// Reads each file, a track or several, into `built`, with levels under
/// headings of depth `level_depth` (2 for `## Level`): tracks a depth above it,
/// categories a depth below.
pub fn read(
    docs: &[(&str, &'static str)],
    built: &mut Built,
    level_depth: usize,
) -> anyhow::Result<()> {
    let mut matrix = Matrix::new(level_depth);
    // How many level sections the sources have, levels or not.
    let mut count = 0;
    for &(name, text) in docs {
        let mut reading = Reading::new(stem(name), built, matrix.before_levels.clone());
        let mut blocks = Blocks::new(text);
        while let Some((block, offset)) = blocks.next() {
            matrix.block(&mut reading, built, block, offset);
        }
        count += matrix.finish(reading, built, name, text);
    }
    let (level_mark, category_mark) = (matrix.level_mark, matrix.category_mark);
    let expected = format!(
        "expected `{level_mark} Level` headings, `{category_mark} Category` sub-headings and bullet lists"
    );
    let sources = super::named(docs);
    match (count, built.levels.is_empty()) {
        (0, _) => bail!("no `{level_mark} Level` heading in {sources}: {expected}"),
        (_, true) => bail!(
            "no `{level_mark} Level` heading in {sources} has bullets under it ({count} left out): {expected}"
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

/// The heading mark of `depth`, for messages: `##` for 2.
fn marks(depth: usize) -> &'static str {
    const MARKS: &str = "#######";
    &MARKS[..depth.min(MARKS.len())]
}

/// What the import keeps from source to source.
struct Matrix {
    level_depth: usize,
    /// The heading marks of a level and a category, for messages.
    level_mark: &'static str,
    category_mark: &'static str,
    /// What is said of text before a track's first level.
    before_levels: String,
    track_ids: Unique,
    level_ids: Unique,
    /// Each category title met, folded, and the id made for it: titles
    /// whose slugs are one (`C++`, `C#`) get ids told apart.
    category_ids: HashMap<String, String>,
    category_unique: Unique,
    /// The category headings met, by id: each is made a category, and a
    /// skill, when the first bullet under it is read.
    categories: HashMap<String, String>,
    made: HashSet<String>,
    duties: Duties,
    /// The names of the levels and tracks made, folded as lookups fold them.
    names: Names,
    track_names: Names,
}

impl Matrix {
    fn new(level_depth: usize) -> Matrix {
        let level_mark = marks(level_depth);
        Matrix {
            level_depth,
            level_mark,
            category_mark: marks(level_depth + 1),
            before_levels: before_levels(level_mark),
            track_ids: Unique::default(),
            level_ids: Unique::default(),
            category_ids: HashMap::new(),
            category_unique: Unique::default(),
            categories: HashMap::new(),
            made: HashSet::default(),
            duties: Duties::default(),
            names: Names::default(),
            track_names: Names::default(),
        }
    }

    /// Ends reading the source `name`: its levels without bullets and its
    /// tracks without levels are left out, the rest ranked and promoted, and
    /// its warnings placed. How many level sections it had.
    fn finish(&self, reading: Reading, built: &mut Built, name: &str, text: &str) -> usize {
        let Reading {
            mut sections,
            mut pending,
            first,
            first_track,
            track_at,
            blank_levels,
            unlisted,
            folded,
            ..
        } = reading;
        built.unlisted += unlisted;
        built.rough |= unlisted > 0;
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
        let lines = Lines::new(text);
        built.warnings.extend(
            told(pending, &folded, self.level_mark).map(|(offset, message)| Warning {
                file: name.to_string(),
                position: Some(lines.at(offset)),
                message,
            }),
        );
        sections.len() + blank_levels
    }
}

/// What the import knows while it reads one source.
struct Reading<'s> {
    /// The file's name without its directory and extension, for a track it
    /// names.
    stem: &'s str,
    /// The duty numbers of the level being read, for repeats.
    on_level: HashSet<usize>,
    track: Option<String>,
    current: Option<usize>,
    /// The category heading the bullets are under, and whether its category
    /// is made yet.
    category: Option<String>,
    category_made: bool,
    /// The levels this file adds, from `first`, and where each one's section
    /// starts and ends; what the file's warnings say, and where.
    first: usize,
    sections: Vec<(usize, usize)>,
    pending: Vec<(usize, String)>,
    /// The tracks this file adds, from `first_track`, and where each begins.
    first_track: usize,
    track_at: Vec<usize>,
    /// Whether the blocks read are under a level heading with no title,
    /// which is left out with what is under it; how many such headings.
    untitled: bool,
    blank_levels: usize,
    /// Warnings past what a source holds, counted.
    unlisted: usize,
    /// What is said of text before the levels, and how many more of each
    /// run of it were folded into its first, by the first's offset.
    before: String,
    folded: HashMap<usize, usize>,
}

impl<'s> Reading<'s> {
    fn new(stem: &'s str, built: &Built, before: String) -> Reading<'s> {
        Reading {
            stem,
            on_level: HashSet::default(),
            track: None,
            current: None,
            category: None,
            category_made: false,
            first: built.levels.len(),
            sections: Vec::new(),
            pending: Vec::new(),
            first_track: built.tracks.len(),
            track_at: Vec::new(),
            untitled: false,
            blank_levels: 0,
            unlisted: 0,
            before,
            folded: HashMap::new(),
        }
    }

    fn warn(&mut self, offset: usize, message: String) {
        // Text before the levels, read on and on, is told once: counted
        // with the first of its run, not held again.
        if let Some((first, last)) = self.pending.last()
            && *last == message
            && message == self.before
        {
            *self.folded.entry(*first).or_default() += 1;
            return;
        }
        match self.pending.len() < 10 * MAX_WARNINGS {
            true => self.pending.push((offset, message)),
            false => self.unlisted += 1,
        }
    }
}

/// Gives back the room the last level's duties did not take, once they are
/// all read: a list grown by doubling keeps room for up to twice its items,
/// and over thousands of levels that room is most of what the import holds.
fn fit_last(levels: &mut [crate::ladder::Level]) {
    if let Some(last) = levels.last_mut() {
        last.responsibilities.shrink_to_fit();
    }
}
