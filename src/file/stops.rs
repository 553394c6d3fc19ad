//! Where on its line the YAML reader stopped at a syntax error, and what is
//! there: what the advice in `yaml::error` is chosen by.

use super::position::Position;

/// Where on its line the library stopped.
pub(super) struct Stop {
    /// At the line's first character after its indentation.
    pub at_start: bool,
    /// The line's text before the stop has a quote, which may have closed a
    /// quoted value.
    pub quoted: bool,
    /// The character at the stop, when it is a closing bracket.
    pub closer: Option<char>,
    /// The line is a list item (`- `) at the stop.
    pub item: bool,
    /// The line's text before the stop is one word (`key` of `key: …`).
    pub key_first: bool,
    /// The line is indented deeper than the last line with content above it.
    pub deeper: bool,
}

pub(super) fn stop(text: &str, err: &serde_yaml::Error) -> Option<Stop> {
    let location = err.location()?;
    let mut lines = text.lines().take(location.line()).collect::<Vec<_>>();
    let line = lines.pop()?;
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    // The column counts characters, not bytes.
    let column = location.column().saturating_sub(1);
    let before = &line[..line
        .char_indices()
        .nth(column)
        .map_or(line.len(), |(i, _)| i)];
    let above =
        (lines.iter().rev()).find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    let here = line[before.len()..].chars().next();
    Some(Stop {
        quoted: before.contains(['"', '\'']),
        closer: here.filter(|c| matches!(c, ']' | '}')),
        item: before.len() == indent(line) && (line[before.len()..].starts_with("- ")),
        at_start: before.len() == indent(line),
        key_first: !before.trim().is_empty() && !before.trim().contains([' ', ':']),
        deeper: above.is_some_and(|above| indent(line) > indent(above)),
    })
}

/// What the reader took for a key with no colon after it, where it stopped
/// looking for one: the last line with content above the stop.
pub(super) enum Keyless {
    /// `key:value`, with no blank after its colon: the key and the value.
    Glued(String, String),
    /// A line of one text with no colon at all (`oops`).
    Bare(String),
}

/// The `Keyless` line above where the reader stopped, and where it starts.
pub(super) fn keyless(text: &str, err: &serde_yaml::Error) -> Option<(Keyless, Position)> {
    let line = err.location()?.line();
    let lines: Vec<&str> = text.lines().take(line.saturating_sub(1)).collect();
    let (n, l) = (lines.iter().enumerate().rev())
        .find(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))?;
    // An item of a list (`- a:b`) may be text with a colon in it.
    let rest = l.trim_start();
    if rest.starts_with('-') || rest.starts_with(['"', '\'', '[', '{']) {
        return None;
    }
    let at = Position {
        line: n + 1,
        column: l[..l.len() - rest.len()].chars().count() + 1,
    };
    let word = |k: &str| {
        !k.is_empty() && (k.chars()).all(|c| c.is_alphanumeric() || matches!(c, '_' | '-'))
    };
    let Some((key, value)) = rest.split_once(':') else {
        return Some((Keyless::Bare(rest.trim_end().to_string()), at));
    };
    let value = value.trim_end();
    let flow = ['[', ']', '{', '}', ',', '#', '&', '*', '!', '|', '>'];
    let spaced = value.starts_with([' ', '\t', '/']) || value.starts_with(flow);
    (word(key) && !value.is_empty() && !spaced)
        .then(|| (Keyless::Glued(key.to_string(), value.to_string()), at))
}

/// The name of the alias (`*name`) where the reader stopped.
pub(super) fn alias_at(text: &str, err: &serde_yaml::Error) -> Option<String> {
    let rest = text.get(err.location()?.index()..)?.strip_prefix('*')?;
    let name: String = (rest.chars())
        .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ':' | '[' | ']' | '{' | '}'))
        .collect();
    (!name.is_empty()).then_some(name)
}

/// The character where the library stopped.
pub(super) fn char_at(text: &str, err: &serde_yaml::Error) -> Option<char> {
    text.get(err.location()?.index()..)?.chars().next()
}

/// Whether the last line with content above the stop holds a ` #` outside
/// quotes after a bracket it leaves open, with a closing bracket in the
/// comment, or a comma when the comment follows an item's text: a comment
/// that hid the rest of a flow list or mapping.
pub(super) fn comment_above(text: &str, err: &serde_yaml::Error) -> bool {
    let Some(at) = err.location().map(|l| l.index()) else {
        return false;
    };
    let before = text.get(..at).unwrap_or_default();
    let this_line = before.rfind('\n').map_or(0, |i| i + 1);
    let Some(line) = (before[..this_line].lines().rev()).find(|l| !l.trim().is_empty()) else {
        return false;
    };
    // A ` #` outside quotes after a bracket it leaves open, hiding a closer,
    // or a comma right after an item's text (`b #1,`).
    let (mut open, mut last) = (0i32, ' ');
    let comment = crate::file::quotes::unquoted(line, |_, c| {
        match c {
            '[' | '{' => open += 1,
            ']' | '}' => open -= 1,
            _ => {}
        }
        last = c;
    });
    let after_text = !matches!(last, ']' | '}' | ',' | ':' | '[' | '{');
    comment.is_some_and(|at| {
        let hidden = &line[at..];
        open > 0 && (hidden.contains([']', '}']) || after_text && hidden.contains(','))
    })
}

/// Where a `-` with no blank after it starts the line the library stopped on,
/// or the last line with content above it (`-id: x`, read as a key `-id`).
pub(super) fn stuck_dash(text: &str, err: &serde_yaml::Error) -> Option<Position> {
    let line = err.location()?.line();
    let lines: Vec<&str> = text.lines().take(line).collect();
    let stuck = |n: usize| {
        let content = lines.get(n)?;
        let rest = content.trim_start_matches(' ');
        let after = rest.strip_prefix('-')?;
        (!after.is_empty() && !after.starts_with([' ', '\t', '-'])).then(|| Position {
            line: n + 1,
            column: content.len() - rest.len() + 1,
        })
    };
    let above = (0..line.saturating_sub(1))
        .rev()
        .find(|&n| !lines[n].trim().is_empty());
    // The dash's key is read with the deeper lines below it as its value;
    // a shallower line below is no such mistake (a `-` in a block's text).
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let deeper = |n: usize| indent(lines[line - 1]) > indent(lines[n]);
    stuck(line - 1).or_else(|| above.filter(|&n| deeper(n)).and_then(stuck))
}

/// Whether the line the library stopped on starts its indentation with a tab.
pub(super) fn tab_at(text: &str, err: &serde_yaml::Error) -> bool {
    let Some(line) = err.location().map(|l| l.line()) else {
        return false;
    };
    let line = text.lines().nth(line.saturating_sub(1)).unwrap_or("");
    line.trim_start_matches(' ').starts_with('\t')
}

/// Whether `text` has a directive line (`%YAML 1.2`, `%TAG …`).
pub(super) fn directive(text: &str) -> bool {
    text.lines().any(|l| l.starts_with('%'))
}

/// Where the line the library stopped on starts a key longer than the 1,024
/// characters YAML allows a plain key: its first `: ` (or a colon at its
/// end) comes later than that.
pub(super) fn long_key(text: &str, err: &serde_yaml::Error) -> Option<Position> {
    let line = err.location()?.line();
    let lines: Vec<&str> = text.lines().take(line).collect();
    let content = *lines.last()?;
    let key = content.trim_start_matches([' ', '-']);
    // A line indented deeper than the one above it, and no list item, goes
    // on with that line's value: its colon is in text, not after a key.
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let above = (lines[..lines.len() - 1].iter().rev())
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    let item = content.trim_start().starts_with("- ");
    if !item && above.is_some_and(|a| indent(content) > indent(a)) {
        return None;
    }
    let end = key
        .find(": ")
        .or_else(|| key.strip_suffix(':').map(str::len))?;
    (key[..end].chars().count() > 1024).then(|| Position {
        line,
        column: content[..content.len() - key.len()].chars().count() + 1,
    })
}

/// The first character of `text` the YAML reader refuses as a control: one
/// other than a tab, a line break or NEL.
pub(super) fn control(text: &str) -> Option<char> {
    text.chars()
        .find(|&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{85}'))
}
