//! The hash maps and sets `ladder` keeps ids and names in: std's, with
//! foldhash's hasher, which hashes a short id in a few instructions where
//! std's SipHash takes many, and loading a ladder builds maps of every id it
//! holds. Each map gets its own seed, drawn per process from the address
//! space's layout and the clock (not, as std's, from the system's random
//! source): no list of ids collides in every run, which is all a file written
//! beforehand can try. foldhash does not claim to resist an attacker who
//! watches its hashes, which a single run of `ladder` never shows.

pub use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
