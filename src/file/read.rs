//! Reading a ladder's bytes: a size limit, regular files and standard input
//! only, UTF-8 only.

use std::io::Read;

use super::position::Position;
use super::{Diagnostic, Origin, builtin};

/// The largest ladder file read; a larger one is refused rather than loaded.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// The text of the ladder, refusing directories, oversized and endless input, and
/// bytes that are not UTF-8. A leading byte-order mark is dropped.
pub fn read(origin: &Origin) -> Result<String, Diagnostic> {
    read_as(origin, "ladder")
}

/// `read` of a file that is `what` (an assessment, a source), as its
/// messages call it.
pub fn read_as(origin: &Origin, what: &str) -> Result<String, Diagnostic> {
    let fail = |position, message: String| Diagnostic {
        file: origin.file_name(),
        position,
        message,
        unlisted: 0,
    };
    let mut bytes = Vec::new();
    let read = match origin {
        Origin::Builtin => return Ok(builtin::TEXT.to_string()),
        Origin::Revision(spec) => match super::git::read(spec, MAX_BYTES) {
            Ok(read) => {
                bytes = read;
                Ok(bytes.len())
            }
            Err(message) => return Err(fail(None, message)),
        },
        // Standard input is read when the command line names it, never
        // because the environment does: a script's stdin is not its ladder.
        Origin::Env(path) if path.as_os_str() == "-" => {
            let message = "standard input is read only when the command line names it; give \
                           `--ladder -` instead"
                .to_string();
            return Err(fail(None, message));
        }
        Origin::Stdin => std::io::stdin()
            .lock()
            .take(MAX_BYTES + 1)
            .read_to_end(&mut bytes),
        // Only a regular file is read: opening a named pipe waits for a writer,
        // and a device may never end. The file is opened without waiting, and
        // what was opened is what is checked, so nothing can swap it between.
        Origin::File(path) | Origin::Env(path) => match open(path) {
            Ok(file) => match file.metadata() {
                Ok(meta) if !meta.is_file() => return Err(fail(None, not_a_file(&meta, what))),
                Ok(meta) => {
                    // Room for the whole file at once; one that grows stops at the limit.
                    bytes.reserve(meta.len().min(MAX_BYTES + 1) as usize);
                    file.take(MAX_BYTES + 1).read_to_end(&mut bytes)
                }
                Err(err) => Err(err),
            },
            Err(err) => Err(err),
        },
    };
    read.map_err(|err| fail(None, format!("cannot read the {what}: {err}")))?;
    if bytes.len() as u64 > MAX_BYTES {
        let message = format!(
            "larger than {} MiB, the most {} file may be",
            MAX_BYTES >> 20,
            a(what)
        );
        return Err(fail(None, message));
    }
    decode(bytes, what).map_err(|(position, message)| fail(Some(position), message))
}

/// `what` with its article: `a ladder`, `an assessment`.
fn a(what: &str) -> String {
    let article = if what.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {what}")
}

/// Opens `path` for reading without waiting for a writer, should it be a
/// named pipe.
fn open(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    options.open(path)
}

/// Why a path that is not a regular file is not read, and what to do instead.
fn not_a_file(meta: &std::fs::Metadata, what: &str) -> String {
    if meta.is_dir() {
        // Ladders and assessments are YAML; an import's sources are not all.
        let yaml = if what == "source" { "" } else { " in YAML" };
        return format!("this is a directory; expected {} file{yaml}", a(what));
    }
    #[cfg(unix)]
    let kind = {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            "a named pipe"
        } else if kind.is_socket() {
            "a socket"
        } else if kind.is_char_device() || kind.is_block_device() {
            "a device"
        } else {
            "not a regular file"
        }
    };
    #[cfg(not(unix))]
    let kind = "not a regular file";
    format!(
        "this is {kind}; only regular files are read as {what}s: send it to standard input and name the {what} `-` instead"
    )
}

/// Decodes the bytes of a file that is `what` (a ladder, …) as UTF-8 text,
/// naming where it is not.
pub fn decode(bytes: Vec<u8>, what: &str) -> Result<String, (Position, String)> {
    let mut text = String::from_utf8(bytes).map_err(|err| {
        let bytes = err.as_bytes();
        let valid = err.utf8_error().valid_up_to();
        let what = if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
            "the file is UTF-16; save it as UTF-8".to_string()
        } else {
            let byte = bytes[valid];
            format!(
                "invalid UTF-8 (byte 0x{byte:02x}); {} file must be UTF-8 text",
                a(what)
            )
        };
        let before = String::from_utf8_lossy(&bytes[..valid]);
        (Position::at(&before, before.len()), what)
    })?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}
