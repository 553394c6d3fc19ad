//! Writing files for the user without ever leaving one half-written, and
//! without replacing one unless asked.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::bail;

/// The file a command's output goes to: `None` for standard output, which
/// no path or `-` names.
pub fn named(path: Option<&Path>) -> Option<&Path> {
    path.filter(|p| p.as_os_str() != "-")
}

/// Whether something is at `path`: a link counts even when it points nowhere.
pub fn taken(path: &Path) -> bool {
    path.symlink_metadata().is_ok()
}

/// Writes `text` to `path`, refusing to replace what is there unless `force`.
/// Without `force`, the file is put in place with a hard link, which fails if
/// anything took the name meanwhile; with it, a link at `path` is replaced, not
/// the file it points to.
pub fn write_new(path: &Path, text: &str, force: bool) -> anyhow::Result<()> {
    if path.is_dir() {
        bail!("this is a directory; name a file to write");
    }
    if systems(path) {
        bail!(
            "this is no file of yours but a device, a pipe, a socket or a name in the \
             system's /dev, /proc or /sys, which `ladder` does not write; name a regular \
             file, or leave the file out to write to standard output"
        );
    }
    if !force && taken(path) {
        bail!("already exists; pass --force to replace it");
    }
    // `x.yaml/`, `x/.` and `x/..` name a directory, whatever is there.
    let bytes = path.as_os_str().as_encoded_bytes();
    if [&b"/"[..], b"/.", b"/.."]
        .iter()
        .any(|end| bytes.ends_with(end))
        || bytes == b".."
    {
        bail!(
            "a name that ends in '/', '/.' or '/..' is a directory's; name the file to write in it"
        );
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && !parent.is_dir()
    {
        // The nearest of the directories on the way that is there says why.
        let there = (parent.ancestors()).find(|d| !d.as_os_str().is_empty() && d.exists());
        let shown =
            |p: &Path| crate::output::escape::escape_line(&p.display().to_string()).into_owned();
        match there.filter(|d| !d.is_dir()) {
            Some(file) => bail!(
                "{} is a file, not a directory; name a file in a directory",
                shown(file)
            ),
            None => bail!(
                "the directory {} does not exist; make it first",
                shown(parent)
            ),
        }
    }
    if force {
        write_whole(path, text)?;
        return Ok(());
    }
    let temporary = temporary(path);
    let written = write_file(&temporary, text).and_then(|()| fs::hard_link(&temporary, path));
    let _ = fs::remove_file(&temporary);
    match written {
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
            bail!("already exists; pass --force to replace it")
        }
        other => Ok(other?),
    }
}

/// Whether `path` is a device, a pipe or a socket (`/dev/null`, a FIFO), or
/// a link to one, or a name in the system's /dev, /proc or /sys
/// (`/dev/stdout` is a link to a file when standard output is one): `--force`
/// would put a plain file in its place, and as root that could be the
/// system's own `/dev/null` or `/dev/stdout`.
fn systems(path: &Path) -> bool {
    if path.metadata().is_ok_and(|m| !m.is_file()) {
        return true;
    }
    let parent = (path.parent())
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // /dev/shm is memory for files of anyone's.
    let system = |dir: PathBuf| {
        let roots = ["/dev", "/proc", "/sys"];
        roots.iter().any(|root| dir.starts_with(root)) && !dir.starts_with("/dev/shm")
    };
    parent.canonicalize().is_ok_and(system)
}

/// A name beside `path` for writing it first.
fn temporary(path: &Path) -> PathBuf {
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(format!(".{}.tmp", std::process::id()));
    PathBuf::from(temporary)
}

/// Writes `text` to a new file at `path`, synced to disk.
fn write_file(path: &Path, text: &str) -> std::io::Result<()> {
    fs::File::create_new(path).and_then(|mut file| {
        file.write_all(text.as_bytes())?;
        file.sync_all()
    })
}

/// Writes `text` to `path` through a temporary file beside it, renamed over
/// it, so that a reader never sees it half-written.
pub fn write_whole(path: &Path, text: &str) -> std::io::Result<()> {
    let temporary = temporary(path);
    let renamed = write_file(&temporary, text).and_then(|()| fs::rename(&temporary, path));
    if renamed.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    renamed
}
