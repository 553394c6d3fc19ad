//! level-order: a level listed before one that is promoted into it. The file
//! lists levels from junior to senior, and `export`, the site and each
//! track's levels in `list` and `tracks` show them in its order.

use super::{Finding, Place, level_at};
use crate::ladder::{CheckedLadder, Move};

/// One finding at each promotion to a level listed above its own.
pub(super) fn level_order(ladder: &CheckedLadder, found: &mut Vec<Finding>) {
    for (i, level) in ladder.levels().iter().enumerate() {
        // A level's promotions come first among its neighbours, in `next`'s order.
        let promotions = (ladder.neighbours(i).iter())
            .take_while(|(_, way)| *way == Move::Up)
            .enumerate();
        for (k, &(to, _)) in promotions {
            if to < i {
                let (id, above) = (&level.id, &ladder.level(to).id);
                found.push(Finding {
                    rule: "level-order",
                    at: Place::Value(level_at(i).key("next").index(k)),
                    message: format!(
                        "level '{above}' is listed before '{id}', which is promoted into it; list levels from junior to senior, the order `export`, the site and each track's `list` show"
                    ),
                });
            }
        }
    }
}
