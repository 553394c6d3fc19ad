//! The rules for text fields: a name, role, scope or title is one line of
//! text, and a source's address is a web address.

use super::Checker;
use crate::file::position::Pointer;
use crate::ladder::Ladder;

/// Characters that break a line, in YAML or on a terminal.
const LINE_BREAKS: [char; 5] = ['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}'];

impl Checker {
    /// `value` of `field` must have text, on one line: a line break in it
    /// would print as a line of its own, one that could pass for the tool's.
    pub(super) fn one_line(&mut self, at: impl FnOnce() -> Pointer, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(at(), format!("{field} must not be empty"));
        } else if let Some(c) = value.chars().find(|c| LINE_BREAKS.contains(c)) {
            let message = format!(
                "{field} must be one line, but it has a line break (U+{:04X}); \
                 write it on one line",
                u32::from(c)
            );
            self.report(at(), message);
        }
    }
}

/// Checks the one-line fields of the ladder outside its levels, and that every
/// source's address is a web address.
pub(super) fn check(c: &mut Checker, ladder: &Ladder) {
    let root = Pointer::root;
    c.one_line(|| root().key("title"), "title", &ladder.title);
    for (i, track) in ladder.tracks.iter().enumerate() {
        c.one_line(
            || root().key("tracks").index(i).key("name"),
            "name",
            &track.name,
        );
    }
    for (i, skill) in ladder.skills.iter().enumerate() {
        c.one_line(
            || root().key("skills").index(i).key("name"),
            "name",
            &skill.name,
        );
    }
    for (i, source) in ladder.sources.iter().enumerate() {
        let at = || root().key("sources").index(i);
        c.one_line(|| at().key("title"), "title", &source.title);
        let Some(url) = &source.url else { continue };
        let web = ["https://", "http://"].iter().any(|scheme| {
            url.get(..scheme.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
        });
        if !web || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            let message = format!(
                "url '{url}' is not a web address; expected one that starts with https:// or \
                 http://, without spaces"
            );
            c.report(at().key("url"), message);
        }
    }
}
