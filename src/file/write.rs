//! Writing files for the user without ever leaving one half-written, and
//! without replacing one unless asked.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::bail;

/// Whether something is at `path`: a link counts even when it points nowhere.
pub fn taken(path: &Path) -> bool {
    path.symlink_metadata().is_ok()
}

/// Writes `text` to `path`, refusing to replace what is there unless `force`.
pub fn write_new(path: &Path, text: &str, force: bool) -> anyhow::Result<()> {
    if !force && taken(path) {
        bail!("already exists; pass --force to replace it");
    }
    if path.is_dir() {
        bail!("this is a directory; name a file to write");
    }
    write_whole(path, text)?;
    Ok(())
}

/// Writes `text` to `path` through a temporary file beside it, renamed over
/// it, so that a reader never sees it half-written.
pub fn write_whole(path: &Path, text: &str) -> std::io::Result<()> {
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(format!(".{}.tmp", std::process::id()));
    let temporary = PathBuf::from(temporary);
    let written = fs::File::create_new(&temporary).and_then(|mut file| {
        file.write_all(text.as_bytes())?;
        file.sync_all()
    });
    let renamed = written.and_then(|()| fs::rename(&temporary, path));
    if renamed.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    renamed
}
