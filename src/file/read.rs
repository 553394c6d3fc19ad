//! Reading a ladder's bytes: a size limit, regular files and standard input
//! only, UTF-8 only.

use std::io::Read;

use super::position::Position;
use super::stream::{self, open};
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
        stands_for: 1,
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
        // A regular file is read, and a pipe or a terminal the command line
        // names (`<(…)`, `/dev/stdin`) as standard input is; never a disk or a
        // directory. The file is opened without waiting for a writer, and what
        // was opened is what is checked, so nothing can swap it between.
        Origin::File(path) | Origin::Env(path) => match open(path) {
            Ok(file) => match file.metadata() {
                Ok(meta) if meta.is_file() => {
                    // Room for the whole file at once; one that grows stops at the limit.
                    bytes.reserve(meta.len().min(MAX_BYTES + 1) as usize);
                    file.take(MAX_BYTES + 1).read_to_end(&mut bytes)
                }
                Ok(meta) if matches!(origin, Origin::File(_)) && stream::is_stream(&meta) => {
                    match stream::read(file, &meta, &mut bytes) {
                        Ok(Some(message)) => return Err(fail(None, message.to_string())),
                        Ok(None) => Ok(bytes.len()),
                        Err(err) => Err(err),
                    }
                }
                Ok(meta) => return Err(fail(None, not_a_file(&meta, what, origin))),
                Err(err) => Err(err),
            },
            Err(err) => Err(err),
        },
    };
    read.map_err(|err| {
        // A ladder file that is not there yet is started with `ladder init`.
        let start = match (err.kind(), what, origin) {
            (std::io::ErrorKind::NotFound, "ladder", Origin::File(path) | Origin::Env(path))
                if startable(path) =>
            {
                match crate::output::escape::shell_path(path) {
                    Some(word) => format!("; to start one, run `ladder init {word}`"),
                    None => "; to start one, run `ladder init FILE`".to_string(),
                }
            }
            _ => String::new(),
        };
        fail(None, format!("cannot read the {what}: {err}{start}"))
    })?;
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

/// Why a path that is neither a regular file nor a stream the command line
/// names is not read, and what to do instead.
fn not_a_file(meta: &std::fs::Metadata, what: &str, origin: &Origin) -> String {
    if meta.is_dir() {
        // Ladders and assessments are YAML; an import's sources are not all.
        if what == "source" {
            return format!("this is a directory; expected {} file", a(what));
        }
        let within = match origin {
            Origin::File(dir) | Origin::Env(dir) => yaml_within(dir),
            _ => None,
        };
        let such = within.map_or(String::new(), |file| format!(", such as {file} in it"));
        return format!(
            "this is a directory; expected {} file in YAML{such}",
            a(what)
        );
    }
    let kind = stream::kind(meta);
    if matches!(origin, Origin::Env(_)) {
        // As with `-`, a script's standard input or pipe is never its ladder
        // because the environment says so.
        return format!(
            "this is {kind}; LADDER_FILE names regular files only: give it to `--ladder` instead"
        );
    }
    format!("this is {kind}; only regular files, pipes and terminals are read as {what}s")
}

/// A YAML file right in the directory `dir`, as a shell word, for a message
/// about `dir` given where a file was expected: `ladder.yaml` when it is
/// there, else the first by name that is not hidden (`.gitlab-ci.yml` is no
/// ladder) and can be written as a word.
fn yaml_within(dir: &std::path::Path) -> Option<String> {
    let yaml = |path: &std::path::Path| {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or(".");
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        !name.starts_with('.')
            && (extension.eq_ignore_ascii_case("yaml") || extension.eq_ignore_ascii_case("yml"))
            && path.is_file()
    };
    for name in ["ladder.yaml", "ladder.yml"] {
        if dir.join(name).is_file() {
            return crate::output::escape::shell_path(&dir.join(name)).map(|w| format!("`{w}`"));
        }
    }
    // A directory of thousands of entries is not read to its end for a hint.
    let entries = std::fs::read_dir(dir).ok()?.take(10_000).flatten();
    let mut found: Vec<std::path::PathBuf> =
        entries.map(|e| e.path()).filter(|p| yaml(p)).collect();
    found.sort();
    let word = found
        .iter()
        .find_map(|p| crate::output::escape::shell_path(p))?;
    Some(format!("`{word}`"))
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

/// Whether `ladder init` could write a file at `path`: one named in a
/// directory that is there.
fn startable(path: &std::path::Path) -> bool {
    let dir = match path.parent() {
        Some(dir) if dir.as_os_str().is_empty() => std::path::Path::new("."),
        Some(dir) => dir,
        None => return false,
    };
    let named_as_dir = path.as_os_str().to_string_lossy().ends_with('/');
    path.file_name().is_some() && !named_as_dir && dir.is_dir()
}
