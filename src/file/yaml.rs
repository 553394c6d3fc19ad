//! Everything that calls the YAML library lives here, so that swapping it out
//! changes one file: parsing a ladder, finding where a value sits, writing YAML.

use std::cell::Cell;

use serde::Serialize;
use serde::de::{DeserializeOwned, DeserializeSeed};

use super::aliases::{self, Weigh};
use super::documents::Second;
use super::flow;
use super::guard;
use super::locate::{Seek, Target};
use super::position::{Pointer, Position};
use super::scalar;
use super::stops::{
    Keyless, Stop, alias_at, char_at, comment_above, control, directive, keyless, long_key, stop,
    stuck_dash, tab_at,
};

/// Why a document could not be read into typed data, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub message: String,
    pub position: Option<Position>,
}

/// Reads one YAML document into `T`, refusing documents that nest too deeply or
/// whose aliases expand far beyond the size of the text.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, ParseError> {
    parse_in(text, None)
}

/// `parse` of a text that lasts for the whole run: its text scalars are
/// borrowed from it (see `ladder::text::with_lasting_scalars`).
pub fn parse_lasting<T: DeserializeOwned>(text: &'static str) -> Result<T, ParseError> {
    parse_in(text, Some(text))
}

fn parse_in<T: DeserializeOwned>(
    text: &str,
    lasting: Option<&'static str>,
) -> Result<T, ParseError> {
    let survey = crate::file::survey::survey(text);
    if let Some((offset, what)) = survey
        .odd_breaks
        .then(|| guard::odd_line_break(text))
        .flatten()
    {
        return Err(ParseError {
            message: format!(
                "{what} breaks the line here; end lines with LF or CRLF, and inside double \
                 quotes write such a character as an escape like \\u2028"
            ),
            position: Some(Position::at(text, offset)),
        });
    }
    if let Some((offset, tag)) = survey.tags.then(|| guard::dropped_tag(text)).flatten() {
        return Err(ParseError {
            message: format!(
                "the tag {tag} is not read as it says (its value would be taken as plain \
                 text); ladder files use no tags, so write the value without it"
            ),
            position: Some(Position::at(text, offset)),
        });
    }
    let (values, most) = (survey.values, guard::max_values(text.len()));
    if values > most {
        return Err(ParseError {
            message: format!(
                "the file may hold up to {values} values (YAML nodes), more than the {most} \
                 that a file of its size can hold to be read within 100 MiB of memory"
            ),
            position: None,
        });
    }
    if let Some(offset) = flow::too_deep(text) {
        return Err(ParseError {
            message: format!(
                "collections nest more than {} levels deep; a ladder file needs only a few",
                flow::MAX_NESTING
            ),
            position: Some(Position::at(text, offset)),
        });
    }
    // Without an anchor (`&`) there is nothing for an alias to expand, and
    // only a text longer than the cap on a value can hold a longer one.
    if text.contains('&') || text.len() > aliases::MAX_VALUE {
        let left = Cell::new(0);
        let de = serde_yaml::Deserializer::from_str(text);
        Weigh::new(&left, text.len())
            .deserialize(de)
            .map_err(|err| error(text, &err))?;
    }
    // Without a tag, every scalar is a plain or quoted string of the text,
    // and text fields can be read as such (see `ladder::text::with_scalars`).
    let read = || serde_yaml::from_str(text).map_err(|err| error(text, &syntax_first(text, err)));
    match lasting {
        _ if survey.tags => read(),
        Some(text) => crate::ladder::text::with_lasting_scalars(text, scalar::read_plain, read),
        None => crate::ladder::text::with_scalars(text, scalar::read_plain, read),
    }
}

/// Writes `value` as a YAML document.
pub fn to_string<T: Serialize>(value: &T) -> anyhow::Result<String> {
    Ok(serde_yaml::to_string(value)?)
}

/// Finds where the value at `pointer` starts in `text`, at the cost of one parse.
pub fn locate(text: &str, pointer: &Pointer) -> Option<Position> {
    seek(text, Seek(pointer.steps(), Target::Value))
}

fn seek(text: &str, seek: Seek) -> Option<Position> {
    let err = seek
        .deserialize(serde_yaml::Deserializer::from_str(text))
        .err()?;
    err.location().map(|l| Position {
        line: l.line(),
        column: l.column(),
    })
}

/// The syntax error in `text` when it has one, else `err`. The library reads
/// a document's events up to its first syntax error and hands out that error
/// only when the typed reading gets that far: a line indented one space short
/// ends its mapping early, and the reading stops first at a field "missing"
/// from that mapping, a line above the real mistake. Reading the events alone
/// reaches the syntax error; it costs a parse, on the way to an error only.
/// A second document is such an error too: the first one's missing fields
/// are no news to a file that holds two.
fn syntax_first(text: &str, err: serde_yaml::Error) -> serde_yaml::Error {
    match serde_yaml::from_str::<serde::de::IgnoredAny>(text) {
        Err(syntax) if syntax.location().is_some() => syntax,
        Err(two) if two.to_string().contains("more than one document") => two,
        _ => err,
    }
}

/// The library's error as a message without position, and the best position for it.
fn error(text: &str, err: &serde_yaml::Error) -> ParseError {
    let raw = err.to_string();
    // A quoted value left open is placed where it opened, lines above: when
    // the reader stopped at text after what it took for the closing quote.
    let after_quote = ["did not find expected", "expected <block end>"];
    let stopped =
        (err.location().map(|l| l.index())).filter(|_| after_quote.iter().any(|m| raw.contains(m)));
    if let Some(run_on) = stopped.and_then(|at| crate::file::quotes::run_on(text, at)) {
        let message = run_on.message();
        let position = Some(run_on.opened);
        return ParseError { message, position };
    }
    if let Some(opened) = crate::file::quotes::never_closed(&raw) {
        let message = "a quoted value opens here and is never closed: the file ends inside it; \
                       add its closing quote"
            .to_string();
        let position = Some(opened);
        return ParseError { message, position };
    }
    // A flow list or mapping left open is placed at its bracket, which the
    // reader passed lines before it stopped on the next key.
    let open_flow = [
        "did not find expected ',' or ']'",
        "did not find expected ',' or '}'",
    ];
    let in_flow = open_flow.iter().any(|m| raw.contains(m)) && !comment_above(text, err);
    let open = in_flow
        .then(|| crate::file::brackets::open_at_error(text))
        .flatten();
    if let Some(crate::file::brackets::Open {
        at: opened,
        bracket,
        stop,
        ..
    }) = open
        && crate::file::brackets::ran_on(text, opened, stop)
    {
        let (what, close) = match bracket {
            '[' => ("list", ']'),
            _ => ("mapping", '}'),
        };
        let before = match crate::file::brackets::at_end(text, stop) {
            true => "the file ends".to_string(),
            false => format!("line {}", stop.line),
        };
        let message = format!(
            "this `{bracket}` opens a {what} that is not closed before {before}: add its `{close}` where the {what} ends"
        );
        return ParseError {
            message,
            position: Some(opened),
        };
    }
    // A `-` begins a list item only before a blank: `-id: x` is no item. The
    // reader stops on it, or, when it was read as a key, on the line below.
    let block = [
        "did not find expected '-' indicator",
        "did not find expected key",
        "expected <block end>",
        "mapping values are not allowed",
    ];
    if block.iter().any(|m| raw.contains(m))
        && let Some(dash) = stuck_dash(text, err)
    {
        let message = format!(
            "{}; a `-` begins a list item only before a space: write `- ` and the item",
            bare_message(&raw)
        );
        return ParseError {
            message,
            position: Some(dash),
        };
    }
    let message = match bare_message(&raw) {
        // A block mapping or list nested past the reader's limit (flow
        // collections are measured before it runs).
        m if m.ends_with("recursion limit exceeded") => format!(
            "collections nest more than {} levels deep; a ladder file needs only a few",
            flow::MAX_NESTING
        ),
        m if m.ends_with("repetition limit exceeded") => {
            "aliases repeat so often that expanding them is refused; use fewer aliases".to_string()
        }
        // `@` and `` ` `` are reserved: no plain value may start with them.
        m if m.contains("found character that cannot start any token")
            && matches!(char_at(text, err), Some('@' | '`')) =>
        {
            format!(
                "{m}; `@` and `` ` `` cannot start a value written without quotes: put it in quotes"
            )
        }
        // A ` #` in a flow list begins a comment: the rest of the line is
        // not read, and the list is found unclosed on the next line.
        m if open_flow.iter().any(|o| m.contains(o)) && comment_above(text, err) => format!(
            "{m}; a ` #` on the line above starts a comment, which hides the rest of that line: put the text with the `#` in quotes"
        ),
        // Stopped inside the collection: a closer of the other kind, a
        // colon, or an item with no comma before it.
        m if let Some(open) = open => {
            let then = (err.location())
                .and_then(|l| text.get(l.index()..))
                .and_then(|rest| {
                    let mut chars = rest.chars().skip(1);
                    chars.find(|c| !c.is_whitespace())
                });
            crate::file::brackets::inside(&m, open, (char_at(text, err), then))
        }
        m if m.contains("found a tab character that violates indentation")
            || m.contains("found a tab character where an indentation space is expected")
            || m.contains("found character that cannot start any token") && tab_at(text, err) =>
        {
            "a tab indents this line; YAML indents with spaces only, so replace the tab with spaces"
                .to_string()
        }
        // A block collection that stops where it should go on: at the start
        // of a line, one indented unlike the lines beside it; within one,
        // text after a quoted value's closing quote.
        m if m.contains("did not find expected '-' indicator")
            || m.contains("did not find expected key")
            || m.contains("expected <block end>") =>
        {
            match stop(text, err) {
                // A closer with nothing open.
                Some(Stop {
                    closer: Some(c), ..
                }) => format!(
                    "{m}; this `{c}` closes nothing that is open: delete it, or add the bracket \
                     it was to close"
                ),
                Some(Stop {
                    at_start: false,
                    quoted: true,
                    ..
                }) => format!(
                    "{m}; text follows a quoted value's closing quote: put the whole value in \
                     quotes (in '…', write a ' as '')"
                ),
                Some(Stop {
                    at_start: false, ..
                }) => format!(
                    "{m}; more text follows the value here: put the whole value in quotes, or \
                     start a new line for the next key"
                ),
                // A list item among a mapping's keys, at their indentation.
                Some(Stop { item: true, .. }) => format!(
                    "{m}; a list item (`- `) here stands among the keys of a mapping: a list goes \
                     under its key, indented deeper (`key:`, then `  - item`)"
                ),
                _ => format!("{m}; indent this line as far as the lines it belongs with"),
            }
        }
        // A key is at most 1,024 characters long; past that the reader
        // looks on for its colon, or reads the colon as in a value.
        m if long_key(text, err).is_some()
            && (m.contains("could not find expected ':'")
                || m.contains("mapping values are not allowed")) =>
        {
            format!(
                "{m}: a key is at most 1,024 characters long (YAML's limit for a key not \
                 introduced by `? `), and this line's is \
             longer: shorten it (ids and keys are short words)"
            )
        }
        // A colon and a space start a key: in a value, or on a line indented
        // deeper than the key above, whose value it then continues.
        m if m.contains("mapping values are not allowed") => match stop(text, err) {
            Some(Stop {
                key_first: true,
                deeper: true,
                ..
            }) => format!(
                "{m}: this line is indented deeper than the one above, so it reads as more of \
                 that line's value; indent it as far as the lines it belongs with"
            ),
            _ => format!(
                "{m}: a colon and a space inside a value start a key; put the value in quotes, \
                 like title: \"Ladder: v2\""
            ),
        },
        // A file that is no YAML mapping is told so in words of its own.
        m if m.contains("more than one document") => match Second::of(text) {
            second if second.alone() => second.advice(),
            second => format!("{m}: {}", second.advice()),
        },
        // A key with no blank after its colon reads as one plain word, and
        // the reader looks for the colon on: the stop is often a line below.
        m if m.contains("could not find expected ':'") => match keyless(text, err) {
            Some((Keyless::Glued(key, value), _)) => format!(
                "{m}: `{key}:{value}` has no space after its colon, so it is not read as a key; \
                 write `{key}: {value}`"
            ),
            Some((Keyless::Bare(line), _)) => format!(
                "{m}: `{line}` stands among keys with no colon after it: write it as `key: value`, \
                 or, if it continues the value above, indent it under that value's key"
            ),
            None => format!("{m}: a key is followed by a colon and a space, like `scope: team`"),
        },
        // A closer or a comma where a flow collection wants a value.
        m if m.contains("did not find expected node content") => match char_at(text, err) {
            Some(c @ (']' | '}')) => match crate::file::brackets::open_at_error(text) {
                Some(open) if (open.bracket == '[') != (c == ']') => {
                    crate::file::brackets::inside(&m, open, (Some(c), None))
                }
                _ => format!(
                    "{m}; this `{c}` ends a collection where a value was expected: delete the \
                     comma before it, or write the value"
                ),
            },
            Some(',') => {
                format!("{m}; this comma follows no value: delete it, or write the value before it")
            }
            _ => m,
        },
        // Directives (`%YAML 1.2`) stand before a `---` that starts the document.
        m if m.contains("did not find expected <document start>") && directive(text) => format!(
            "{m}; a `%` directive line (such as `%YAML 1.2`) must be followed by a line `---` \
             before the document: add it, or delete the directive"
        ),
        m if m.contains("block sequence entries are not allowed in this context") => format!(
            "{m}; a list item (`- `) cannot follow a key on the key's line: put each item on a \
             line of its own below the key, indented (`skills:`, then `  - a`), or write the \
             list in brackets (`skills: [a]`)"
        ),
        m if m.contains("control characters are not allowed") => match reader_offset(&raw)
            .and_then(|at| text.get(at..))
            .and_then(|rest| rest.chars().next())
            .or_else(|| control(text))
        {
            Some(c) => format!(
                "{m}: this one is U+{:04X}; delete it (a tab or a line break may be written \
                 `\\t` or `\\n` inside double quotes)",
                u32::from(c)
            ),
            None => m,
        },
        m if m.starts_with("unknown anchor") => match alias_at(text, err) {
            Some(name) => format!(
                "{m}: `*{name}` repeats the value anchored `&{name}`, and no such anchor comes \
                 before it; write the value out, or anchor it above with `&{name}`"
            ),
            None => m,
        },
        m if is_repeated_key(&m) => match repeated_key(text, &m, 0) {
            Some(first) => format!(
                "{m}: it is given on line {} already, and a key is given once in a mapping; keep one of the two",
                first.line
            ),
            None => format!("{m}: a key is given once in a mapping; keep one of the two"),
        },
        m => m,
    };
    // A key glued to its value is placed at it, often a line above the stop.
    let glued = long_key(text, err).or_else(|| {
        (raw.contains("could not find expected ':'"))
            .then(|| keyless(text, err).map(|(_, at)| at))
            .flatten()
    });
    let position = glued.or_else(|| better_position(text, &raw)).or_else(|| {
        err.location().map(|l| Position {
            line: l.line(),
            column: l.column(),
        })
    });
    ParseError { message, position }
}

/// Positions the library gets wrong or leaves out: a reader error names a byte
/// offset, a second document has none, and a repeated key is placed at the start
/// of its mapping rather than at the repeated key.
fn better_position(text: &str, message: &str) -> Option<Position> {
    if let Some(offset) = reader_offset(message) {
        return Some(Position::at(text, offset));
    }
    if message.contains("more than one document") {
        return Second::of(text).position();
    }
    // An assessment's id rated twice: placed at the second, as a repeated
    // field is.
    if let Some((path, rest)) = message.split_once(": '")
        && let Some((key, _)) = rest.split_once("' is rated twice")
    {
        return seek(
            text,
            Seek(Pointer::parse(path)?.steps(), Target::Key(key, 1)),
        );
    }
    repeated_key(text, message, 1)
}

/// Whether `message` is the reader's for a key given twice in a mapping.
pub fn is_repeated_key(message: &str) -> bool {
    message.starts_with("duplicate field `") || message.contains(": duplicate field `")
}

/// The byte offset a reader error (`… at position N`) names.
fn reader_offset(message: &str) -> Option<usize> {
    let (_, rest) = message.rsplit_once(" at position ")?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Where the key a "duplicate field" message names is given the `nth` time
/// (from 0) in its mapping.
fn repeated_key(text: &str, message: &str, nth: usize) -> Option<Position> {
    let (path, rest) = message
        .split_once(": duplicate field `")
        .unwrap_or((".", message));
    let key = rest
        .strip_prefix("duplicate field `")
        .unwrap_or(rest)
        .split('`')
        .next()?;
    if !message.contains("duplicate field `") {
        return None;
    }
    let pointer = Pointer::parse(path)?;
    seek(text, Seek(pointer.steps(), Target::Key(key, nth)))
}

/// The library puts " at line L column C" (or " at position N") into its
/// messages, at the end or before a clause; the caller prints the position in
/// front instead, as `file:line:column`.
fn bare_message(message: &str) -> String {
    let mut out = message.to_string();
    for marker in [" at line ", " at position "] {
        let mut from = 0;
        while let Some(found) = out[from..].find(marker) {
            let at = from + found;
            let rest = &out[at + marker.len()..];
            let mut end = rest.bytes().take_while(u8::is_ascii_digit).count();
            if marker == " at line " {
                end = match rest[end..].strip_prefix(" column ") {
                    Some(after) => {
                        rest.len() - after.len()
                            + after.bytes().take_while(u8::is_ascii_digit).count()
                    }
                    None => 0,
                };
            }
            if end == 0 {
                from = at + marker.len();
            } else {
                out = format!("{}{}", &out[..at], &rest[end..]);
                from = at;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "a: 1\nlevels:\n  - id: x\n    skills: [p, q]\n  - id: y\n    skills:\n      - r\n      - s\n";

    fn at(pointer: &Pointer) -> Option<(usize, usize)> {
        locate(DOC, pointer).map(|p| (p.line, p.column))
    }

    fn parse_err(text: &str) -> ParseError {
        parse::<serde_json::Value>(text).unwrap_err()
    }

    #[test]
    fn locates_values_by_pointer() {
        let levels = Pointer::root().key("levels");
        assert_eq!(at(&levels.index(0).key("skills").index(1)), Some((4, 17)));
        assert_eq!(at(&levels.index(1).key("skills").index(1)), Some((8, 9)));
        assert_eq!(at(&levels.index(1).key("id")), Some((5, 9)));
        assert_eq!(at(&Pointer::root().key("a")), Some((1, 4)));
    }

    #[test]
    fn a_missing_path_has_no_position() {
        assert_eq!(at(&Pointer::root().key("nothing")), None);
    }

    #[test]
    fn parse_errors_carry_a_position_and_a_bare_message() {
        let err = parse_err("a: 1\nb: [");
        assert!(err.position.is_some());
        assert!(!err.message.contains(" at line "), "{}", err.message);
    }

    #[test]
    fn the_position_is_cut_from_the_middle_of_a_message_too() {
        let message =
            "found unexpected end of stream at line 4 column 1, while scanning a quoted scalar";
        assert_eq!(
            bare_message(message),
            "found unexpected end of stream, while scanning a quoted scalar"
        );
        assert_eq!(bare_message("x: bad at line 2 column 10"), "x: bad");
        assert_eq!(
            bare_message("control characters are not allowed at position 18"),
            "control characters are not allowed"
        );
        assert_eq!(bare_message("no position here"), "no position here");
        let two =
            "found a tab at line 2 column 1, while scanning a plain scalar at line 1 column 9";
        assert_eq!(
            bare_message(two),
            "found a tab, while scanning a plain scalar"
        );
        assert_eq!(
            bare_message("seen at line 7 of the file"),
            "seen at line 7 of the file"
        );
    }

    #[test]
    fn reader_errors_and_second_documents_are_placed() {
        let nul = parse_err("a: 1\nb: x\u{0}y\n");
        assert_eq!(nul.position, Some(Position { line: 2, column: 5 }));
        let two = parse_err("# c\na: 1\n---\nb: 2\n");
        assert_eq!(two.position, Some(Position { line: 3, column: 1 }));
    }

    #[test]
    fn a_line_indented_short_is_placed_at_its_syntax_error() {
        // `role` one space short ends the level's mapping early: the typed
        // reading alone reports `role` missing from the line above.
        let text = "levels:\n  - id: a\n    name: A\n   role: R\n    scope: s\n";
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Level {
            id: String,
            name: String,
            role: String,
        }
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Doc {
            levels: Vec<Level>,
        }
        let err = parse::<Doc>(text).unwrap_err();
        assert_eq!(err.position, Some(Position { line: 4, column: 4 }));
        assert!(
            err.message
                .ends_with("indent this line as far as the lines it belongs with"),
            "{}",
            err.message
        );
    }

    #[test]
    fn the_advice_follows_where_on_its_line_the_reader_stopped() {
        let cases = [
            // A key one space deeper continues the value above it.
            (
                "a:\n  name: N\n   role: R\n",
                (3, 8),
                "this line is indented deeper than the one above",
            ),
            // A colon and a space inside a value.
            ("title: Ladder: v2\n", (1, 14), "put the value in quotes"),
            // Text after a closing quote, in either kind of quotes.
            (
                "a: \"Big\" deal\nb: 1\n",
                (1, 10),
                "text follows a quoted value's closing quote",
            ),
            (
                "a: 'Ada's'\nb: 1\n",
                (1, 9),
                "text follows a quoted value's closing quote",
            ),
        ];
        for (text, (line, column), advice) in cases {
            let err = parse_err(text);
            assert_eq!(err.position, Some(Position { line, column }), "{text:?}");
            assert!(err.message.contains(advice), "{text:?}: {}", err.message);
        }
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let err = parse_err(&format!("a: {}", "[".repeat(20_000)));
        assert!(
            err.message.contains("nest more than 128 levels"),
            "{}",
            err.message
        );
        assert_eq!(
            err.position,
            Some(Position {
                line: 1,
                column: 132
            })
        );
    }

    #[test]
    fn alias_expansion_is_weighed() {
        let big = "x".repeat(10_000);
        let bomb = format!("a: &a \"{big}\"\nb: [{}]\n", vec!["*a"; 1000].join(","));
        let err = parse_err(&bomb);
        let budget = 4 * bomb.len() + (1 << 20);
        let expected = format!(
            "b[109]: aliases expand this value until the document weighs over {budget} bytes"
        );
        assert!(err.message.starts_with(&expected), "{}", err.message);
        // The position is the anchored value that is expanded too often.
        assert_eq!(err.position.map(|p| p.line), Some(1));
        // A few aliases are fine.
        assert!(parse::<serde_json::Value>("a: &a [1, 2]\nb: [*a, *a]\n").is_ok());
    }
}
