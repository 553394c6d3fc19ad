//! `ladder import --from FORMAT SOURCE…`: a ladder file from a framework a
//! team already keeps, its text verbatim and only its structure inferred. The
//! ladder is checked by every rule before it is written; what could not be
//! mapped is reported as a warning with its place.

mod build;
mod duties;
mod ft;
mod ids;
mod interner;
mod ladders;
mod lean;
mod markdown;
mod matrix;
mod sections;
mod unique;

use std::fmt::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use self::build::{Built, Spot};
use crate::cli::code::{ImportArgs, ImportFormat};
use crate::file::write::{self, write_new};
use crate::file::{self, Origin, guard, rules};

/// The files `sources` name: each file, and the files of each directory (its
/// `.yml`/`.yaml` or `.md` ones, by name), read as UTF-8 within the file limit.
fn read_sources(
    sources: &[PathBuf],
    format: ImportFormat,
) -> anyhow::Result<Vec<(String, String)>> {
    let wanted = |path: &Path| {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        match format {
            ImportFormat::Ft => ext == "yml" || ext == "yaml",
            _ => ext == "md" || ext == "markdown",
        }
    };
    let mut files: Vec<PathBuf> = Vec::new();
    for source in sources {
        if source.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(source)
                .with_context(|| format!("{}: cannot list the directory", source.display()))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && wanted(p))
                .collect();
            found.sort();
            if found.is_empty() {
                bail!(
                    "{}: no file of this format in the directory",
                    source.display()
                );
            }
            files.extend(found);
        } else {
            files.push(source.clone());
        }
    }
    // A file named twice (itself and in its directory, say) would be read
    // twice, its levels a second time under names told apart.
    let mut seen: Vec<PathBuf> = Vec::new();
    for file in &files {
        let Ok(real) = std::fs::canonicalize(file) else {
            continue;
        };
        if seen.contains(&real) {
            bail!(
                "{} would be read twice (named twice, or named and in a directory named): give each source once",
                crate::output::escape::escape(&file.display().to_string()),
            );
        }
        seen.push(real);
    }
    // `-` is standard input, read once; any other name a file.
    let origins: Vec<Origin> = (files.into_iter())
        .map(|path| match path.as_os_str() == "-" {
            true => Origin::Stdin,
            false => Origin::File(path),
        })
        .collect();
    Origin::stdin_once(&origins)?;
    (origins.iter())
        .map(|origin| {
            let text = file::read_as(origin, "source").map_err(|d| anyhow::anyhow!("{d}"))?;
            Ok((origin.file_name(), text))
        })
        .collect()
}

/// A Markdown source's misfit as the command says it: its place first,
/// when it has one.
fn unfit(format: &str, err: anyhow::Error) -> anyhow::Error {
    match err.downcast_ref::<build::Unfit>() {
        Some(build::Unfit(place)) => anyhow::anyhow!(
            "{}: not in the {format} format: {}",
            place.place(),
            place.message
        ),
        None => anyhow::anyhow!("not in the {format} format: {err:#}"),
    }
}

/// The line and column of `spot` in the source named `file`.
fn spot_position(spot: &Spot, file: &str, docs: &[(&str, &str)]) -> Option<file::Position> {
    match spot {
        Spot::At(at) => Some(*at),
        Spot::Path(path) => {
            let (_, text) = docs.iter().find(|(name, _)| *name == file)?;
            file::yaml::locate(text, path)
        }
    }
}

/// The sources' names for a message that none of them fits: each name, or
/// how many there are when they are many.
fn named(docs: &[(&str, &str)]) -> String {
    match docs {
        [] => "no source".to_string(),
        [one] => one.0.to_string(),
        few if few.len() <= 3 => {
            let names: Vec<&str> = few.iter().map(|(name, _)| *name).collect();
            names.join(", ")
        }
        many => format!("{} sources", many.len()),
    }
}

/// Why `--level-heading` is refused with a format other than the matrix: a
/// usage error, which the command line is checked for before any run.
pub const LEVEL_HEADING_ELSEWHERE: &str = "--level-heading is for --from markdown-matrix; the other formats place their levels themselves";

/// Runs `ladder import`: the ladder's text, or nothing when it went to a file.
pub fn run(args: &ImportArgs) -> anyhow::Result<String> {
    if args.level_heading.is_some() && args.from != ImportFormat::MarkdownMatrix {
        bail!("{LEVEL_HEADING_ELSEWHERE}");
    }
    // The sources are kept to the end of the run, which is near: the ladder
    // borrows what text it can from them instead of copying it.
    let sources: Vec<(String, &'static str)> = (read_sources(&args.sources, args.from)?)
        .into_iter()
        .map(|(name, text)| (name, &*text.leak()))
        .collect();
    let docs: Vec<(&str, &'static str)> = sources.iter().map(|(n, t)| (n.as_str(), *t)).collect();
    let mut built = Built::default();
    let format = match args.from {
        ImportFormat::Ft => {
            let [(name, text)] = docs.as_slice() else {
                bail!("the ft format is one job-family file at a time; give one .yml file");
            };
            ft::read(name, text, &mut built).map_err(|err| {
                let at = (err.downcast_ref::<ft::Misfit>()).and_then(|m| m.position(text));
                match at {
                    Some(at) => anyhow::anyhow!(
                        "{name}:{}:{}: not in the ft format: {err:#}",
                        at.line,
                        at.column
                    ),
                    None => anyhow::anyhow!("{name}: not in the ft format: {err:#}"),
                }
            })?;
            "ft"
        }
        ImportFormat::Engineeringladders => {
            ladders::read(&docs, &mut built).map_err(|err| unfit("engineeringladders", err))?;
            "engineeringladders"
        }
        ImportFormat::MarkdownMatrix => {
            matrix::read(
                &docs,
                &mut built,
                usize::from(args.level_heading.unwrap_or(2)),
            )
            .map_err(|err| unfit("markdown-matrix", err))?;
            "markdown-matrix"
        }
    };
    // A ladder level needs a duty; a level the source gives none is not made up.
    if let Some(empty) = built.levels.iter().find(|l| l.responsibilities.is_empty()) {
        let place = (built.spots.get(empty.id.as_str()))
            .and_then(|(file, spot)| Some((file, spot_position(spot, file, &docs)?)));
        let place = place.map_or(String::new(), |(file, at)| {
            format!("{file}:{}:{}: ", at.line, at.column)
        });
        bail!(
            "{place}level '{}' ({}) has nothing under it that maps to a responsibility, and a ladder level needs one; add its expectations in the source",
            empty.id,
            empty.name
        );
    }
    // Names and messages from the sources go into comments and stderr one
    // line each, with nothing in them a reader or a terminal would act on.
    let listed = built.warnings.len().min(build::MAX_WARNINGS);
    let unlisted = built.unlisted + (built.warnings.len() - listed);
    let mut warnings: Vec<String> = (built.warnings[..listed].iter())
        .map(|w| build::plain(&w.to_string()))
        .collect();
    let total = warnings.len() + unlisted;
    // Past what a reader holds, a matrix's warnings are counted before some
    // are folded or dropped: then the count is about right, and says so.
    let about = if built.rough { "about " } else { "" };
    if unlisted > 0 {
        warnings.push(format!(
            "… and {about}{unlisted} more warnings, not listed: an import lists its first {}",
            build::MAX_WARNINGS
        ));
    }
    let names = docs.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ");
    let mut header = format!(
        "# yaml-language-server: $schema=ladder.schema.json\n# Imported by `ladder import --from {format}` from: {}.\n",
        build::plain(&names)
    );
    for line in &built.inferred {
        let _ = writeln!(header, "# Inferred: {line}.");
    }
    if total > 0 {
        let plural = if total == 1 { "" } else { "s" };
        let shown = match unlisted {
            0 => "listed them".to_string(),
            _ => format!("listed the first {listed}"),
        };
        let _ = writeln!(
            header,
            "# `ladder import` gave {about}{total} warning{plural} (parts of the source left out, or names told apart), and {shown}."
        );
    }
    let ladder = built.into_ladder();
    // Room for the ladder at once, about four times the source at most (a
    // short bullet makes an id line and a name line): a text that grew by
    // doubling would be copied each time, and a large one is only mapped, so
    // room it does not use costs nothing. No more than a ladder file may
    // take, which is refused below: an address-space limit counts the room.
    let source_bytes: usize = docs.iter().map(|(_, t)| t.len()).sum();
    let most = usize::try_from(file::MAX_BYTES).unwrap_or(usize::MAX) + 1;
    let room = header.len() + source_bytes.saturating_mul(4).min(most) + 4096;
    let mut text = String::with_capacity(room);
    text.push_str(&header);
    let longest = lean::write(&mut text, &ladder);
    if longest > file::aliases::MAX_VALUE {
        bail!(
            "the imported ladder would hold a text of {longest} bytes, and `ladder` reads texts of at most 4 MiB (4,194,304 bytes; see Input limits in the README), so nothing was written: split that part of the source"
        );
    }
    // What is written must be a valid ladder that `ladder` reads: every rule,
    // checked on the ladder in memory, and the reader's limits on its text.
    let checked = rules::check(ladder).map_err(|problems| {
        let first = (problems.list.first()).map(|p| format!("{}: {}", p.pointer, p.message));
        anyhow::anyhow!(
            "the imported ladder breaks a rule of the format, so nothing was written: {}",
            first.unwrap_or_default()
        )
    })?;
    // Only its verdict is needed, and the run ends soon: freeing each of
    // thousands of duties' strings would cost a twentieth of a large import.
    std::mem::forget(checked);
    let (values, most) = (guard::values_bound(&text), guard::max_values(text.len()));
    if text.len() as u64 > file::MAX_BYTES || values > most {
        bail!(
            "the imported ladder would be too large for `ladder` to read ({} bytes, up to {values} values; see Input limits in the README), so nothing was written",
            text.len()
        );
    }
    for warning in &warnings {
        crate::output::escape::warn(warning);
    }
    match write::named(args.output.as_deref()) {
        None => Ok(text),
        Some(path) => {
            let shown =
                crate::output::escape::escape_line(&path.display().to_string()).into_owned();
            write_new(path, &text, args.force)
                .with_context(|| format!("{shown}: cannot write the ladder"))?;
            let check = match crate::output::escape::shell_path(path) {
                Some(word) => format!("`ladder validate {word}`"),
                None => "`ladder validate` on it".to_string(),
            };
            eprintln!("wrote {shown}; check it with {check}");
            Ok(String::new())
        }
    }
}
