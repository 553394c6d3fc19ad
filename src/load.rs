//! Where a ladder comes from and how it becomes an `Index`: read the bytes with a
//! size limit, decode them, parse them, check them. Every failure is a
//! `Diagnostic` that names the file and, where it has one, the line and column.

use std::fmt;
use std::io::Read;
use std::path::PathBuf;

use crate::index::Index;
use crate::model::Ladder;
use crate::pointer::Position;
use crate::validate;
use crate::yaml;

/// The ladder compiled into the binary, as text for `validate` and positions.
pub const EMBEDDED: &str = include_str!("../data/ladder.yaml");

/// The same ladder as Rust code that builds it, checked and indexed by build.rs,
/// so that commands on the built-in ladder neither parse nor check anything.
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The largest ladder file read; a larger one is refused rather than loaded.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// How many bytes of text may be parsed again to find where problems are: all the
/// problems of an ordinary file, a few of a file of many megabytes.
const LOCATE_BUDGET: usize = 16 * 1024 * 1024;

/// Where a ladder comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Embedded,
    File(PathBuf),
    Stdin,
}

impl Origin {
    /// `-` is standard input, anything else a path.
    pub fn from_arg(arg: PathBuf) -> Self {
        if arg.as_os_str() == "-" {
            Origin::Stdin
        } else {
            Origin::File(arg)
        }
    }

    /// How a `file:line:column` prefix names this ladder.
    pub fn file_name(&self) -> String {
        match self {
            Origin::Embedded => "<default ladder>".to_string(),
            Origin::File(path) => path.display().to_string(),
            Origin::Stdin => "<stdin>".to_string(),
        }
    }
}

/// How a sentence names this ladder: "the default ladder" or "'ours.yaml'".
impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Embedded => f.write_str("the default ladder"),
            Origin::File(path) => write!(f, "'{}'", path.display()),
            Origin::Stdin => f.write_str("the ladder on standard input"),
        }
    }
}

/// One problem with a ladder file, printed as `file:line:column: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub position: Option<Position>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(Position { line, column }) => {
                write!(f, "{}:{line}:{column}: {}", self.file, self.message)
            }
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Reads, parses and checks the ladder; a broken one fails with its first
/// problem and the number of others.
pub fn load(origin: &Origin) -> anyhow::Result<Index> {
    if *origin == Origin::Embedded {
        return Ok(embedded::index());
    }
    inspect(origin).map_err(|problems| {
        let more = match problems.len() {
            1 => String::new(),
            n => format!(
                " ({} more problem{}: run `ladder validate` to see them all)",
                n - 1,
                if n > 2 { "s" } else { "" }
            ),
        };
        anyhow::anyhow!("{}{more}", problems[0])
    })
}

/// Reads, parses and checks the ladder; on failure, every problem found.
pub fn inspect(origin: &Origin) -> Result<Index, Vec<Diagnostic>> {
    let text = read(origin).map_err(|problem| vec![problem])?;
    check(origin, &text)
}

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
        Origin::Embedded => return Ok(EMBEDDED.to_string()),
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

pub(crate) fn decode(bytes: Vec<u8>) -> Result<String, (Position, String)> {
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

/// Parses and checks `text`; on failure, every problem found, in file order.
pub fn check(origin: &Origin, text: &str) -> Result<Index, Vec<Diagnostic>> {
    let file = origin.file_name();
    let diagnostic = |position, message| Diagnostic {
        file: file.clone(),
        position,
        message,
    };
    if text
        .lines()
        .all(|line| line.trim().is_empty() || line.trim_start().starts_with('#'))
    {
        let message = "the file has no content; expected a ladder with schema, title, tracks, skills and levels";
        return Err(vec![diagnostic(None, message.to_string())]);
    }
    let ladder: Ladder = yaml::parse(text)
        .map_err(|err| vec![diagnostic(err.position, plain_types(&err.message))])?;
    validate::check(ladder).map_err(|problems| {
        // Each position costs a parse of the file: past the budget, a problem
        // names only its path, so that thousands of problems cannot take minutes.
        let mut budget = LOCATE_BUDGET;
        let mut found: Vec<Diagnostic> = problems
            .into_iter()
            .map(|p| {
                let position = (budget >= text.len()).then(|| {
                    budget -= text.len();
                    yaml::locate(text, &p.pointer)
                });
                diagnostic(position.flatten(), format!("{}: {}", p.pointer, p.message))
            })
            .collect();
        found.sort_by_key(|d| d.position.map_or((usize::MAX, 0), |p| (p.line, p.column)));
        found
    })
}

/// Type names in the parser's messages, in the file format's words: `struct Level`
/// becomes `a level mapping`, `u32` a whole number.
fn plain_types(message: &str) -> String {
    let mut out = message.replace("expected u32", "expected a whole number");
    while let Some(at) = out.find("struct ") {
        let name: String = out[at + 7..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        out.replace_range(
            at..at + 7 + name.len(),
            &format!("a {} mapping", name.to_lowercase()),
        );
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The small ladder of tests/fixtures/acme.yaml, indexed.
    pub(crate) fn acme() -> Index {
        let text = std::fs::read_to_string("tests/fixtures/acme.yaml").unwrap();
        check(&Origin::File("acme.yaml".into()), &text).expect("the fixture is valid")
    }

    #[test]
    fn the_embedded_ladder_is_valid() {
        let index = check(&Origin::Embedded, EMBEDDED).expect("data/ladder.yaml is valid");
        assert!(index.find_level("em").is_some());
    }

    #[test]
    fn the_built_in_index_is_data_ladder_yaml_checked() {
        let built = embedded::index();
        let checked = check(&Origin::Embedded, EMBEDDED).expect("data/ladder.yaml is valid");
        let json = |ladder: &Ladder| serde_json::to_value(ladder).unwrap();
        assert_eq!(json(&built.ladder), json(&checked.ladder));
        assert_eq!(built.level_keys, checked.level_keys);
        assert_eq!(built.skill_ids, checked.skill_ids);
        assert_eq!(built.track_ids, checked.track_ids);
        assert_eq!(built.edges, checked.edges);
        assert_eq!(built.depth, checked.depth);
    }

    #[test]
    fn invalid_utf8_is_located() {
        let (at, message) = decode(b"schema: 1\ntitle: \xff".to_vec()).unwrap_err();
        assert_eq!(at, Position { line: 2, column: 8 });
        assert!(message.contains("0xff"), "{message}");
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        assert_eq!(
            decode("\u{feff}schema: 1".as_bytes().to_vec()).unwrap(),
            "schema: 1"
        );
    }

    #[test]
    fn type_names_read_as_the_file_format() {
        assert_eq!(
            plain_types("invalid type: sequence, expected struct Ladder"),
            "invalid type: sequence, expected a ladder mapping"
        );
        assert_eq!(
            plain_types("invalid type: string \"x\", expected u32"),
            "invalid type: string \"x\", expected a whole number"
        );
    }
}
