//! The domain: a career ladder as typed data, checked, with its lookups, routes
//! and seniority. Knows nothing of YAML, terminals or the command line.

pub mod assessment;
pub mod checked;
pub mod cited;
pub mod find;
pub mod hash;
pub mod id;
pub mod lists;
pub mod model;
pub mod route;
pub mod text;

pub use checked::CheckedLadder;
pub use cited::{CitedRange, Link};
pub use lists::Lists;
pub use model::{
    Category, Ladder, Level, LintSettings, Range, Responsibility, Role, Skill, Source, Track,
};
pub use route::{Direction, Move};
pub use text::{Text, fold};
