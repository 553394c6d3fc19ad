//! The rules for text fields: a name, role, scope or title is one line of
//! text, and a source's address is a web address.

use super::Checker;
use crate::file::position::Pointer;
use crate::ladder::text::{blank, printable_ascii};
use crate::ladder::{Ladder, Level};

/// Characters that break a line, in YAML or on a terminal.
const LINE_BREAKS: [char; 5] = ['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}'];

/// The first line break in `value`; printable ASCII, which most text is, has none.
fn line_break(value: &str) -> Option<char> {
    // Every line break is '\n', '\r', or begins with 0xC2 or 0xE2 in UTF-8.
    let maybe = |b| matches!(b, b'\n' | b'\r' | 0xc2 | 0xe2);
    if printable_ascii(value) || !value.bytes().any(maybe) {
        return None;
    }
    value.chars().find(|c| LINE_BREAKS.contains(c))
}

impl Checker {
    /// `value` of `field` must have text, on one line: a line break in it
    /// would print as a line of its own, one that could pass for the tool's.
    pub(super) fn one_line(&mut self, at: impl FnOnce() -> Pointer, field: &str, value: &str) {
        if blank(value) {
            self.report(at(), format!("{field} must not be empty"));
        } else if let Some(c) = line_break(value) {
            let message = format!(
                "{field} must be one line, but it has a line break (U+{:04X}); \
                 write it on one line",
                u32::from(c)
            );
            self.report(at(), message);
        }
    }

    /// Text that may be left out must have text when it is there.
    pub(super) fn not_blank(
        &mut self,
        at: impl FnOnce() -> Pointer,
        field: &str,
        value: Option<&str>,
    ) {
        if value.is_some_and(blank) {
            self.report(
                at(),
                format!("{field} must not be empty; leave it out instead"),
            );
        }
    }
}

/// Checks the text of level `i`: its one-line fields, and that no text that may
/// be left out is there but empty.
pub(super) fn check_level(c: &mut Checker, i: usize, level: &Level) {
    let at = || Pointer::root().key("levels").index(i);
    c.one_line(|| at().key("name"), "name", &level.name);
    c.one_line(|| at().key("role"), "role", &level.role);
    c.one_line(|| at().key("scope"), "scope", &level.scope);
    c.not_blank(|| at().key("summary"), "summary", level.summary.as_deref());
    c.not_blank(|| at().key("shift"), "shift", level.shift.as_deref());
    for (j, duty) in level.responsibilities.iter().enumerate() {
        let duty_at = || at().key("responsibilities").index(j);
        c.one_line(|| duty_at().key("name"), "name", &duty.name);
        c.not_blank(|| duty_at().key("detail"), "detail", duty.detail.as_deref());
    }
    for (j, pitfall) in level.pitfalls.iter().enumerate() {
        c.not_blank(|| at().key("pitfalls").index(j), "a pitfall", Some(pitfall));
    }
}

/// Checks the text of the ladder outside its levels, and that every source's
/// address is a web address.
pub(super) fn check(c: &mut Checker, ladder: &Ladder) {
    let root = Pointer::root;
    c.one_line(|| root().key("title"), "title", &ladder.title);
    c.not_blank(
        || root().key("summary"),
        "summary",
        ladder.summary.as_deref(),
    );
    for (i, track) in ladder.tracks.iter().enumerate() {
        c.one_line(
            || root().key("tracks").index(i).key("name"),
            "name",
            &track.name,
        );
        c.not_blank(
            || root().key("tracks").index(i).key("summary"),
            "summary",
            track.summary.as_deref(),
        );
    }
    for (i, role) in ladder.roles.iter().enumerate() {
        c.one_line(
            || root().key("roles").index(i).key("name"),
            "name",
            &role.name,
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
        if !web_address(url) {
            let message = format!(
                "url '{url}' is not a web address; expected one that starts with https:// or \
                 http://, without spaces"
            );
            c.report(at().key("url"), message);
        }
    }
}

/// Whether `url` is a source's web address by the format's rule: it starts
/// with https:// or http:// (in any case) and has no space or control in it.
pub fn web_address(url: &str) -> bool {
    let web = ["https://", "http://"].iter().any(|scheme| {
        url.get(..scheme.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
    });
    // As the schema's pattern holds it, with JSON Schema's `\s`: the
    // invisible U+FEFF counts as a space there.
    let odd = |c: char| c.is_whitespace() || c.is_control() || c == '\u{feff}';
    web && !url.chars().any(odd)
}
