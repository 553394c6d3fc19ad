//! jorgef's Engineering Ladders: the README's five axes, each a list of ranked
//! keywords (Adopts → Specializes → …), and a Markdown file per track whose
//! `## D4 - Developer 4` headings are levels, each with `* **Keyword**: text`
//! bullets. Axes become categories, keywords skills, bullets duties; levels of
//! one number on different tracks (the README's level table) are lateral peers.

mod axes;
mod level;
mod track;

use anyhow::bail;

use super::build::{Built, Lines, MAX_WARNINGS, Warning};
use crate::ladder::Link;
use crate::ladder::hash::HashMap;

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
    let axes = axes::read(readme_name, readme, built)?;
    let mut tracks = track::Tracks::new(axes);
    for &(name, text) in docs.iter().filter(|(name, _)| !is_readme(name)) {
        tracks.read(name, text, built)?;
    }
    if built.levels.is_empty() {
        bail!(
            "no track file with levels among {}: expected files like Developer.md with `## D1 - Developer 1` headings",
            super::named(docs)
        );
    }
    peers_by_number(built, &tracks.levels_by_number);
    built.inferred.push("each track file's levels are promoted in order; levels of one number on different tracks (the README's level table) are lateral peers; a level's role is its track's description and its scope its keyword on the Influence axis (or the last axis)".into());
    Ok(())
}

/// Makes levels of one number on different tracks lateral peers, the first
/// of each number listing the others.
fn peers_by_number(built: &mut Built, levels_by_number: &HashMap<String, Vec<usize>>) {
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
}

/// Records a warning at `offset` of `file`.
fn warn(built: &mut Built, file: &str, lines: &Lines, offset: usize, message: String) {
    if built.warnings.len() >= MAX_WARNINGS {
        built.unlisted += 1;
        return;
    }
    built.warnings.push(Warning {
        file: file.to_string(),
        position: Some(lines.at(offset)),
        message,
    });
}
