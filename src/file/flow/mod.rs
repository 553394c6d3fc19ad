//! How deep flow collections (`[` and `{`) nest, found before the YAML reader
//! runs: libyaml's scanner spends time that grows with the square of that depth,
//! so a file that nests deeper than `MAX_NESTING` is refused instead.
//!
//! A quick scan splits the text into tokens by libyaml's own rules: quoted
//! scalars, comments, tags and plain scalars are skipped exactly where libyaml
//! skips them, so a bracket or quote inside text never misleads it. Where those
//! rules depend on more than it follows (a line that may continue a plain scalar
//! of the line before, a block scalar whose indentation it cannot place, tabs
//! in indentation) it is unsure, and then libyaml's scanner itself counts the
//! depth, stopping as soon as it passes the limit, which keeps its cost linear.
//!
//! The scan takes only LF and CR for line breaks. libyaml also breaks lines at
//! NEL, LS and PS, so a text with one of those must be refused before the scan
//! runs, as `yaml::parse` does: a comment that such a character ends would
//! otherwise hide the brackets after it.

use std::mem::MaybeUninit;

mod line;
mod quick;
mod scan;
mod skip;

use self::scan::{Scan, Verdict};
use crate::ladder::text::bytes;

/// The deepest flow nesting accepted: the YAML reader's own recursion limit, far
/// beyond the five levels a ladder needs.
pub const MAX_NESTING: usize = 128;

/// Where flow collections first nest deeper than `MAX_NESTING`, as a byte
/// offset; `None` when they never do.
pub fn too_deep(text: &str) -> Option<usize> {
    deeper_than(text, MAX_NESTING)
}

/// Where flow collections first nest deeper than `limit`.
fn deeper_than(text: &str, limit: usize) -> Option<usize> {
    // Each collection opens with a bracket: a text with no more brackets than
    // the limit cannot nest deeper, whatever they stand for. Most ladder
    // files, written in block style, have fewer than that.
    let brackets = bytes::each2(b'[', b'{', text.as_bytes());
    if brackets.take(limit + 1).count() <= limit {
        return None;
    }
    // libyaml skips a byte-order mark at the start of any line; the quick scan
    // would read one as text, so libyaml counts where there is one.
    if text.contains("\u{feff}") {
        return scanned_depth(text, limit);
    }
    match Scan::new(text.as_bytes(), limit).run() {
        Verdict::Within => None,
        Verdict::Deeper(at) => Some(at),
        Verdict::Unsure => scanned_depth(text, limit),
    }
}

/// The depth as libyaml's scanner counts it: the offset of the first flow
/// collection that passes `MAX_NESTING`, or `None`, also when the text does
/// not scan (the reader then reports why). Stops at the limit, so its cost
/// grows with the text, not with the square of the depth.
fn scanned_depth(text: &str, limit: usize) -> Option<usize> {
    libyaml_depth(text, limit).0
}

/// `scanned_depth`, and whether libyaml stopped at an error in the text.
fn libyaml_depth(text: &str, limit: usize) -> (Option<usize>, bool) {
    let mut parser = MaybeUninit::<unsafe_libyaml::yaml_parser_t>::uninit();
    // SAFETY: the parser is initialised before use and deleted once; the input
    // outlives it; every token scanned is deleted before the next.
    unsafe {
        if unsafe_libyaml::yaml_parser_initialize(parser.as_mut_ptr()).fail {
            return (None, true);
        }
        let mut parser = parser.assume_init();
        unsafe_libyaml::yaml_parser_set_input_string(
            &raw mut parser,
            text.as_ptr(),
            text.len() as u64,
        );
        let mut depth = 0usize;
        let found = loop {
            let mut token = MaybeUninit::<unsafe_libyaml::yaml_token_t>::uninit();
            if unsafe_libyaml::yaml_parser_scan(&raw mut parser, token.as_mut_ptr()).fail {
                break (None, true);
            }
            let mut token = token.assume_init();
            let (kind, at) = (token.type_, token.start_mark.index);
            unsafe_libyaml::yaml_token_delete(&raw mut token);
            match kind {
                unsafe_libyaml::YAML_FLOW_SEQUENCE_START_TOKEN
                | unsafe_libyaml::YAML_FLOW_MAPPING_START_TOKEN => {
                    depth += 1;
                    if depth > limit {
                        break (usize::try_from(at).ok(), false);
                    }
                }
                unsafe_libyaml::YAML_FLOW_SEQUENCE_END_TOKEN
                | unsafe_libyaml::YAML_FLOW_MAPPING_END_TOKEN => {
                    depth = depth.saturating_sub(1);
                }
                unsafe_libyaml::YAML_STREAM_END_TOKEN => break (None, false),
                _ => {}
            }
        };
        unsafe_libyaml::yaml_parser_delete(&raw mut parser);
        found
    }
}

#[cfg(test)]
mod tests;
