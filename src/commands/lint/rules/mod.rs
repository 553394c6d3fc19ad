//! The lint rules: advice on a valid ladder, each finding at the value it is
//! about. Every rule costs time linear in the ladder: lookups by hashed key,
//! never a comparison of every pair.

mod apart;
mod graph;
mod order;
mod reach;
mod steps;
mod tabs;
mod text;
mod unused;
mod wording;

use self::apart::separate_groups;
use self::graph::{rank_gaps, ranks};
use self::order::level_order;
use self::reach::unreachable;
use self::steps::uneven_steps;
use self::tabs::tabs_in_values;
use self::text::{mixed_spellings, trailing_spaces};
use self::unused::unused_entries;
use self::wording::{no_own_duty, overlapping};
use crate::file::position::Pointer;
use crate::ladder::CheckedLadder;

/// Every rule, by its stable name, with what it looks for.
pub const RULES: [(&str, &str); 12] = [
    (
        "uneven-step",
        "a promotion that changes much less or much more than the steps beside it",
    ),
    (
        "overlapping-wording",
        "two duties or two skills worded the same but for case, order or small words",
    ),
    (
        "skill-mirrors-duty",
        "a skill named like a responsibility: the same thing listed twice",
    ),
    (
        "no-own-duty",
        "a level whose every duty is word for word another level's",
    ),
    (
        "unreachable-level",
        "a level no promotion or lateral move leads to, not the first of its track, or one cut off from where the tracks start",
    ),
    (
        "separate-group",
        "levels no promotion or lateral move joins to the rest of the ladder, which no route reaches",
    ),
    (
        "level-order",
        "a level listed before one that is promoted into it",
    ),
    (
        "lateral-rank-gap",
        "a lateral move between levels two or more promotions apart",
    ),
    (
        "unused-entry",
        "a track no level is on, a skill no level asks for, or a category no skill is in",
    ),
    ("trailing-space", "a line that ends in spaces or tabs"),
    (
        "tab-in-text",
        "a tab within a value, which a text shows as \\t",
    ),
    (
        "mixed-spelling",
        "one word spelled two ways, such as organisation and organization",
    ),
];

/// One piece of advice: its rule, where (a pointer, or a line and column of
/// the text) and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static str,
    pub at: Place,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Value(Pointer),
    Text { line: usize, column: usize },
}

fn level_at(i: usize) -> Pointer {
    Pointer::root().key("levels").index(i)
}

/// Every finding on `ladder`, whose file text is `text`, rule by rule.
pub fn lint(ladder: &CheckedLadder, text: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    // Where each level stands across the ladder, which two rules read.
    let ranks = ranks(ladder);
    uneven_steps(ladder, &mut found);
    overlapping(ladder, &mut found);
    no_own_duty(ladder, &ranks.placed, &mut found);
    unreachable(ladder, &mut found);
    separate_groups(ladder, &mut found);
    level_order(ladder, &mut found);
    rank_gaps(ladder, &ranks, &mut found);
    unused_entries(ladder, &mut found);
    trailing_spaces(text, &mut found);
    tabs_in_values(text, &mut found);
    mixed_spellings(text, &mut found);
    found
}
