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
    let fail = |position, message: String| Diagnostic {
        file: origin.file_name(),
        position,
        message,
    };
    let mut bytes = Vec::new();
    let read = match origin {
        Origin::Builtin => return Ok(builtin::TEXT.to_string()),
        Origin::Stdin => std::io::stdin()
            .lock()
            .take(MAX_BYTES + 1)
            .read_to_end(&mut bytes),
        Origin::File(path) => match std::fs::File::open(path) {
            Ok(file) => match file.metadata() {
                Ok(meta) if meta.is_dir() => {
                    return Err(fail(
                        None,
                        "this is a directory; expected a ladder file in YAML".into(),
                    ));
                }
                // Room for the whole file at once; an endless one stops at the limit.
                Ok(meta) => {
                    bytes.reserve(meta.len().min(MAX_BYTES + 1) as usize);
                    file.take(MAX_BYTES + 1).read_to_end(&mut bytes)
                }
                Err(err) => Err(err),
            },
            Err(err) => Err(err),
        },
    };
    read.map_err(|err| fail(None, format!("cannot read the ladder: {err}")))?;
    if bytes.len() as u64 > MAX_BYTES {
        let message = format!(
            "larger than {} MiB, the most a ladder file may be",
            MAX_BYTES >> 20
        );
        return Err(fail(None, message));
    }
    decode(bytes).map_err(|(position, message)| fail(Some(position), message))
}

pub fn decode(bytes: Vec<u8>) -> Result<String, (Position, String)> {
    let mut text = String::from_utf8(bytes).map_err(|err| {
        let bytes = err.as_bytes();
        let valid = err.utf8_error().valid_up_to();
        let what = if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
            "the file is UTF-16; save it as UTF-8".to_string()
        } else {
            let byte = bytes[valid];
            format!("invalid UTF-8 (byte 0x{byte:02x}); a ladder file must be UTF-8 text")
        };
        let before = String::from_utf8_lossy(&bytes[..valid]);
        (Position::at(&before, before.len()), what)
    })?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}
