//! Writing the site's files into OUT_DIR: straight into a new or empty
//! directory, removed again if a file cannot be written; over an existing
//! site, each file replaced whole, and only with `--force`.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use super::{Emit, files};
use crate::ladder::CheckedLadder;

/// Runs `ladder site OUT_DIR`: writes every file as it is made, returns how
/// many.
pub fn run(ladder: &CheckedLadder, dir: &Path, force: bool) -> anyhow::Result<usize> {
    let named = shown(dir);
    if dir.as_os_str() == "-" {
        bail!(
            "a site is a directory of files, which standard output (`-`) cannot hold; name a directory"
        );
    }
    if dir.exists() && !dir.is_dir() {
        bail!("{named}: not a directory; name a directory to write the site into");
    }
    // `new/..` is the directory around `new` only once `new` is there: a
    // name through one that is not would write beside what it names.
    let through = dir
        .components()
        .any(|c| c == std::path::Component::ParentDir);
    if through && !dir.exists() {
        bail!("{named}: '..' follows a directory that is not there; name the directory without it");
    }
    // The nearest of it and its ancestors that is there must be a directory
    // to make the rest in: not a file, nor a link that leads nowhere. (A
    // final '/' or '/.' is the same directory.)
    let plain: PathBuf = dir.components().collect();
    let there =
        (plain.ancestors()).find(|d| !d.as_os_str().is_empty() && d.symlink_metadata().is_ok());
    if let Some(there) = there.filter(|d| !d.is_dir()) {
        let what = match there.exists() {
            true => "a file, not a directory",
            false => "a symbolic link that leads nowhere (or round in a loop)",
        };
        bail!(
            "{}: {what}; name a directory to write the site into",
            shown(there)
        );
    }
    let holds_files = dir.is_dir()
        && std::fs::read_dir(dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(false);
    if holds_files && !force {
        bail!(
            "{named}: the directory is not empty; pass --force to write the site over what is there"
        );
    }
    let mut count = 0;
    if holds_files {
        // Over a site already there, each file is replaced whole: when one
        // cannot be written, the one before stays.
        for sub in [dir.join("levels"), dir.join("skills")] {
            if sub.symlink_metadata().is_ok() && !sub.is_dir() {
                bail!(
                    "{}: not a directory, and the site keeps its pages there; move it out of the way",
                    shown(&sub)
                );
            }
            std::fs::create_dir_all(&sub)
                .with_context(|| format!("{}: cannot make the directory", shown(&sub)))?;
        }
        // Every file is written beside its place first, and all are put in
        // place only when all are written and nothing is in their way: a
        // run that fails leaves the site there as it was.
        sweep(dir);
        let mut staged = Staged::default();
        files(ladder, &mut |path, text| {
            let target = dir.join(path);
            count += 1;
            staged
                .write(target.clone(), &text)
                .with_context(|| format!("{}: cannot write the page", shown(&target)))
        })?;
        staged.put_in_place()?;
    } else {
        write_fresh_or_nothing(dir, &mut |emit| {
            files(ladder, &mut |path, text| {
                count += 1;
                emit(path, text)
            })
        })?;
    }
    Ok(count)
}

/// How a file written beside its target is named: the target's name, this
/// and the process id (`index.html.ladder-staged.4242`), so that two runs
/// never take each other's, and a run removes those a killed run left.
const STAGED: &str = ".ladder-staged.";

/// Removes the staged files of runs no longer running from the site's
/// directories (not through a link to another directory, and never a file
/// not named as a staged one).
fn sweep(dir: &Path) {
    // Where no /proc tells which processes run, nothing is taken for gone.
    if !Path::new("/proc/self").exists() {
        return;
    }
    for sub in [dir.to_path_buf(), dir.join("levels"), dir.join("skills")] {
        if !sub.symlink_metadata().is_ok_and(|m| m.is_dir()) {
            continue;
        }
        let Ok(entries) = std::fs::read_dir(&sub) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some((_, pid)) = name.to_str().and_then(|n| n.rsplit_once(STAGED)) else {
                continue;
            };
            let gone = pid.parse::<u32>().is_ok_and(|pid| {
                pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists()
            });
            if gone && entry.file_type().is_ok_and(|t| t.is_file()) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// Files written beside their targets, each under a staged name, and put in
/// place together; those not put in place are removed when dropped (a run
/// killed before that leaves them to the next run's sweep).
#[derive(Default)]
struct Staged {
    /// Each temporary file and its target.
    moves: Vec<(PathBuf, PathBuf)>,
}

impl Staged {
    fn write(&mut self, target: PathBuf, text: &str) -> std::io::Result<()> {
        let mut temporary = target.clone().into_os_string();
        temporary.push(format!("{STAGED}{}", std::process::id()));
        let temporary = PathBuf::from(temporary);
        let mut file = std::fs::File::create_new(&temporary)?;
        self.moves.push((temporary, target));
        file.write_all(text.as_bytes())
    }

    /// Renames every file over its target, once no target is a directory
    /// (or anything else a file cannot replace).
    fn put_in_place(mut self) -> anyhow::Result<()> {
        for (_, target) in &self.moves {
            if let Ok(meta) = target.symlink_metadata()
                && !meta.is_file()
                && !meta.file_type().is_symlink()
            {
                bail!(
                    "{}: not a file, and the site writes a file there; move it out of the way (nothing was written)",
                    shown(target)
                );
            }
        }
        let moves = std::mem::take(&mut self.moves);
        for (at, (temporary, target)) in moves.iter().enumerate() {
            if let Err(err) = std::fs::rename(temporary, target) {
                // The files renamed so far are the new site's; the rest are
                // removed when `self` is dropped.
                self.moves = moves[at..].to_vec();
                let shown = shown(target);
                return Err(err).with_context(|| format!("{shown}: cannot write the page"));
            }
        }
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        for (temporary, _) in &self.moves {
            let _ = std::fs::remove_file(temporary);
        }
    }
}

/// A path as an error message shows it, control characters escaped.
fn shown(path: &Path) -> String {
    crate::output::escape::escape(&path.display().to_string()).into_owned()
}

/// Hands `make` a writer of files into `dir`, new or empty, straight into new
/// files; when a file cannot be made or written, or `make` fails, what was
/// made is removed again.
fn write_fresh_or_nothing(
    dir: &Path,
    make: &mut dyn FnMut(&mut Emit) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut made = Vec::new();
    let written = fresh_dirs(dir, &mut made).and_then(|()| {
        make(&mut |path, text| {
            let target = dir.join(path);
            let mut file = std::fs::File::create_new(&target)
                .with_context(|| format!("{}: cannot write the page", shown(&target)))?;
            made.push(target.clone());
            file.write_all(text.as_bytes())
                .with_context(|| format!("{}: cannot write the page", shown(&target)))
        })
    });
    if written.is_err() {
        for path in made.iter().rev() {
            let _ = std::fs::remove_file(path).or_else(|_| std::fs::remove_dir(path));
        }
    }
    written
}

/// Makes `dir` (with its missing ancestors, outermost first) and its
/// subdirectories, noting in `made` each directory it makes.
fn fresh_dirs(dir: &Path, made: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let missing: Vec<&Path> = (dir.ancestors())
        .take_while(|d| !d.as_os_str().is_empty() && !d.is_dir())
        .collect();
    let subs = [dir.join("levels"), dir.join("skills")];
    let dirs = missing
        .into_iter()
        .rev()
        .chain(subs.iter().map(PathBuf::as_path));
    for sub in dirs {
        if !sub.is_dir() {
            std::fs::create_dir(sub)
                .with_context(|| format!("{}: cannot make the directory", shown(sub)))?;
            made.push(sub.to_path_buf());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_that_fails_part_way_leaves_nothing_it_made() {
        let base = std::env::temp_dir().join(format!("ladder-site-undo-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        std::fs::create_dir_all(&base).unwrap();
        let page = |path: &str| (PathBuf::from(path), "<p>page</p>".to_string());
        let write = |dir: &Path, files: &[(PathBuf, String)]| {
            write_fresh_or_nothing(dir, &mut |emit| {
                files
                    .iter()
                    .try_for_each(|(path, text)| emit(path.clone(), text.clone()))
            })
        };
        // The second `index.html` cannot be made new: the write fails there.
        let files = [
            page("index.html"),
            page("levels/a.html"),
            page("index.html"),
            page("skills/b.html"),
        ];
        // A new directory is removed whole.
        let new = base.join("new/site");
        let err = write(&new, &files).unwrap_err();
        assert!(
            format!("{err:#}").contains("index.html: cannot write the page"),
            "{err:#}"
        );
        assert!(
            !base.join("new").exists(),
            "the directories it made are gone too"
        );
        // An empty directory is left as it was found, empty.
        let empty = base.join("empty");
        std::fs::create_dir(&empty).unwrap();
        assert!(write(&empty, &files).is_err());
        assert_eq!(std::fs::read_dir(&empty).unwrap().count(), 0);
        // A page that cannot be made undoes the pages written before it.
        let failed = write_fresh_or_nothing(&empty, &mut |emit| {
            emit(PathBuf::from("index.html"), "<p>page</p>".to_string())?;
            anyhow::bail!("the second page cannot be made")
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read_dir(&empty).unwrap().count(), 0);
        // Without the repeat, every file is written.
        assert!(write(&empty, &files[..2]).is_ok());
        assert_eq!(
            std::fs::read_to_string(empty.join("levels/a.html")).unwrap(),
            "<p>page</p>"
        );
        let _ = std::fs::remove_dir_all(&base);
    }
}
