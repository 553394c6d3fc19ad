//! Writing the site's files into OUT_DIR: straight into a new or empty
//! directory, removed again if a file cannot be written; over an existing
//! site, each file replaced whole, and only with `--force`.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use super::files;
use crate::file::write::write_whole_unsynced;
use crate::ladder::CheckedLadder;

/// Runs `ladder site OUT_DIR`: writes every file, returns how many.
pub fn run(ladder: &CheckedLadder, dir: &Path, force: bool) -> anyhow::Result<usize> {
    let named = shown(dir);
    if dir.exists() && !dir.is_dir() {
        bail!("{named}: not a directory; name a directory to write the site into");
    }
    let files = files(ladder)?;
    let holds_files = dir.is_dir()
        && std::fs::read_dir(dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(false);
    if holds_files && !force {
        bail!(
            "{named}: the directory is not empty; pass --force to write the site over what is there"
        );
    }
    if holds_files {
        // Over a site already there, each file is replaced whole: when one
        // cannot be written, the one before stays.
        for sub in [dir.join("levels"), dir.join("skills")] {
            std::fs::create_dir_all(&sub)
                .with_context(|| format!("{}: cannot make the directory", shown(&sub)))?;
        }
        for (path, text) in &files {
            let target = dir.join(path);
            write_whole_unsynced(&target, text)
                .with_context(|| format!("{}: cannot write the page", shown(&target)))?;
        }
    } else {
        // Into a new or empty directory, straight into new files; when one
        // cannot be written, what this run made is removed again.
        let mut made = Vec::new();
        let written = write_fresh(dir, &files, &mut made);
        if written.is_err() {
            for path in made.iter().rev() {
                let _ = std::fs::remove_file(path).or_else(|_| std::fs::remove_dir(path));
            }
        }
        written?;
    }
    Ok(files.len())
}

/// A path as an error message shows it, control characters escaped.
fn shown(path: &Path) -> String {
    crate::output::escape::escape(&path.display().to_string()).into_owned()
}

/// Writes `files` into `dir`, which holds nothing, noting in `made` each
/// directory and file it makes.
fn write_fresh(
    dir: &Path,
    files: &[(PathBuf, String)],
    made: &mut Vec<PathBuf>,
) -> anyhow::Result<()> {
    for sub in [dir.to_path_buf(), dir.join("levels"), dir.join("skills")] {
        if !sub.is_dir() {
            std::fs::create_dir_all(&sub)
                .with_context(|| format!("{}: cannot make the directory", shown(&sub)))?;
            made.push(sub);
        }
    }
    for (path, text) in files {
        let target = dir.join(path);
        let mut file = std::fs::File::create_new(&target)
            .with_context(|| format!("{}: cannot write the page", shown(&target)))?;
        made.push(target.clone());
        file.write_all(text.as_bytes())
            .with_context(|| format!("{}: cannot write the page", shown(&target)))?;
    }
    Ok(())
}
