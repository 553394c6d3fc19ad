//! The ladder compiled into the binary: its text, for `validate` and positions,
//! and the same ladder as Rust code, checked and indexed by build.rs, so that
//! commands on the built-in ladder neither parse nor check anything.

use crate::ladder::CheckedLadder;

/// The text of data/ladder.yaml.
pub const TEXT: &str = include_str!("../../data/ladder.yaml");

mod generated {
    include!(concat!(env!("OUT_DIR"), "/builtin.rs"));
}

/// The built-in ladder, checked.
pub fn ladder() -> CheckedLadder {
    generated::ladder()
}
