//! The hash maps and sets `ladder` keeps ids and names in: std's, with
//! foldhash's hasher. Like std's it is seeded at random in each process, so a
//! file cannot be written to make its ids collide; unlike std's SipHash it
//! hashes a short id in a few instructions, and loading a ladder builds maps
//! of every id it holds.

pub use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
