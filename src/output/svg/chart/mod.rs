//! The ladder chart: a column per track, levels placed by seniority,
//! promotions as arrows, lateral moves dashed, each level a link.

use std::fmt::Write;

use super::{fit, two_lines, xml};
use crate::commands::graph::Graph;
use crate::ladder::hash::HashMap;

const BOX_WIDTH: usize = 180;
const BOX_HEIGHT: usize = 44;
const COLUMN: usize = 220;
const ROW: usize = 84;
const TOP: usize = 56;
const MARGIN: usize = 20;
/// How far above its row a lateral move that passes over boxes is drawn
/// (a cubic curve rises three quarters of it): within the room between rows.
const ARC: usize = 36;
/// Where the promotions that skip ranks beside one column climb, in turn:
/// the lane's distance from the boxes' right edge (within the 20 px at
/// least beside them, six lanes 3 px apart), and the heights where each leaves its box (the lower
/// half) and enters the other (the upper half), so that two skips in a row
/// do not join; none at the middle, where lateral moves leave.
const LANES: [(usize, usize, usize); 6] = [
    (3, 26, 4),
    (6, 29, 7),
    (9, 32, 10),
    (12, 35, 13),
    (15, 38, 16),
    (18, 41, 19),
];
/// The widest chart a page shrinks to fit (five tracks of one level a rank).
const WIDE: usize = 1_120;
/// From a box to the next beside it in one track and rank.
const STEP: usize = BOX_WIDTH + 20;
/// The chart of `graph`; `link` makes a level's page address from its id.
pub fn render(graph: &Graph, link: &dyn Fn(&str) -> String) -> String {
    let deepest = (graph.tracks.iter().flat_map(|t| &t.levels))
        .map(|l| l.depth)
        .max()
        .unwrap_or(0) as usize;
    // Where each level's box sits, by its place in the ladder.
    let count = graph.tracks.iter().map(|t| t.levels.len()).sum::<usize>();
    let mut at = vec![
        (0usize, 0usize);
        graph
            .tracks
            .iter()
            .flat_map(|t| &t.levels)
            .map(|l| l.index + 1)
            .max()
            .unwrap_or(0)
    ];
    // Levels of one track and one rank sit side by side: a track's column
    // is as wide as its widest rank, and the next column starts past it.
    let mut beside: HashMap<(usize, usize), usize> = HashMap::default();
    let mut wide = vec![1usize; graph.tracks.len()];
    for (column, track) in graph.tracks.iter().enumerate() {
        for level in &track.levels {
            let row = deepest - level.depth as usize;
            let n = beside.entry((column, row)).or_insert(0);
            *n += 1;
            wide[column] = wide[column].max(*n);
        }
    }
    let mut starts = Vec::with_capacity(wide.len());
    let mut x = MARGIN;
    for &n in &wide {
        starts.push(x);
        x += n * STEP + (COLUMN - STEP);
    }
    let widest = x - (COLUMN - STEP) + MARGIN;
    beside.clear();
    for (column, track) in graph.tracks.iter().enumerate() {
        for level in &track.levels {
            let row = deepest - level.depth as usize;
            let n = beside.entry((column, row)).or_insert(0);
            at[level.index] = (starts[column] + *n * STEP, TOP + row * ROW);
            *n += 1;
        }
    }
    let width = widest.max(MARGIN * 2 + COLUMN);
    let height = TOP + (deepest + 1) * ROW + MARGIN;
    let mut out = String::with_capacity(512 + count * 400);
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\"{wide} role=\"group\" aria-labelledby=\"chart-title\">\n\
         <title id=\"chart-title\">The career ladder: {tracks}, {levels}, the most senior at the top</title>\n\
         <style>\n\
         .track {{ font: bold 15px sans-serif; fill: #222; }}\n\
         .level rect {{ fill: #f4f6fb; stroke: #3d4a6b; stroke-width: 1.5; rx: 6; }}\n\
         .level text {{ font: 13px sans-serif; fill: #1b2233; }}\n\
         .level:hover rect, .level:focus rect {{ fill: #dfe7fb; }}\n\
         .promotion {{ stroke: #3d4a6b; stroke-width: 1.5; fill: none; }}\n\
         .lateral {{ stroke: #8a6d1f; stroke-width: 1.5; stroke-dasharray: 6 4; fill: none; }}\n\
         .arrow {{ fill: #3d4a6b; }}\n\
         @media (prefers-color-scheme: dark) {{\n\
         .track {{ fill: #e8ebf2; }}\n\
         .level rect {{ fill: #1e2433; stroke: #9fb0d8; }}\n\
         .level text {{ fill: #e8ebf2; }}\n\
         .level:hover rect, .level:focus rect {{ fill: #2c3650; }}\n\
         .promotion {{ stroke: #9fb0d8; }}\n\
         .arrow {{ fill: #9fb0d8; }}\n\
         .lateral {{ stroke: #d9b85c; }}\n\
         }}\n\
         </style>\n\
         <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path class=\"arrow\" d=\"M 0 0 L 10 5 L 0 10 z\"/></marker></defs>\n",
        // A chart of many tracks is shown at its size on a page, in a frame
        // that scrolls, rather than shrunk until its words cannot be read.
        wide = if width > WIDE { " class=\"wide\"" } else { "" },
        tracks = counted(graph.tracks.len(), "track"),
        levels = counted(count, "level"),
    );
    // A track's title and a level's name are drawn in a viewport of their
    // own, which hides what a name of wide letters still has past its box.
    // A text drawn wider than its room (wide letters) is pressed into it.
    for (column, track) in graph.tracks.iter().enumerate() {
        let (x, room) = (starts[column], wide[column] * STEP);
        let title = fit(track.name, 15.0 * 1.1, room - 4);
        let _ = writeln!(
            out,
            "<svg x=\"{x}\" y=\"0\" width=\"{room}\" height=\"{TOP}\"><text class=\"track\" x=\"0\" y=\"{}\">{}</text></svg>",
            TOP - 24,
            xml(&title)
        );
    }
    // Each row's boxes by x, for lateral moves that pass over one; each
    // column's by y, for promotions that skip a rank.
    let mut rows: HashMap<usize, Vec<usize>> = HashMap::default();
    let mut columns: HashMap<usize, Vec<usize>> = HashMap::default();
    for &(x, y) in &at {
        rows.entry(y).or_default().push(x);
        columns.entry(x).or_default().push(y);
    }
    for xs in rows.values_mut().chain(columns.values_mut()) {
        xs.sort_unstable();
    }
    // How many promotions have climbed beside each column.
    let mut skipped: HashMap<usize, usize> = HashMap::default();
    // How many promotions have crossed above each row.
    let mut crossed: HashMap<usize, usize> = HashMap::default();
    for edge in &graph.promotions {
        let ((ax, ay), (bx, by)) = (at[edge.ends.0], at[edge.ends.1]);
        let (x1, y1) = (ax + BOX_WIDTH / 2, ay);
        let (x2, y2) = (bx + BOX_WIDTH / 2, by + BOX_HEIGHT);
        // Straight up, unless a box sits in the way: then around it,
        // through the room beside the column.
        let skips = match ax == bx {
            true => columns.get(&ax).is_some_and(|ys| {
                let first = ys.partition_point(|&y| y <= by);
                ys.get(first).is_some_and(|&y| y < ay)
            }),
            false => crosses_a_box(&rows, (x1, y1), (x2, y2)),
        };
        let path = match skips {
            // To a box of another column: up from its own box (right of
            // the straight arrows, which leave from the middle) into the
            // room above its row, across it to the lane beside the other
            // box, up the lane and into that box's right edge.
            true if ax != bx => {
                let turn = skipped.entry(bx).or_insert(0);
                let (lane, _, enter) = LANES[*turn % LANES.len()];
                *turn += 1;
                // Each that leaves a row crosses at a height of its own, and
                // leaves its box at a place of its own, so that none runs
                // along another.
                let across = crossed.entry(ay).or_insert(0);
                let k = *across % 9;
                *across += 1;
                let (start, edge) = (ax + BOX_WIDTH * 7 / 8 - 5 * k, bx + BOX_WIDTH);
                let above = ay - 4 - 4 * k;
                format!(
                    "M {start} {y1} V {above} H {} V {} H {edge}",
                    edge + lane,
                    by + enter
                )
            }
            true => {
                // From the lower box's right edge into the room beside the
                // column (the gap to the next box or column, at least 20),
                // up it, and into the upper box's right edge: never through
                // a box, and into the box apart from the straight arrows.
                // Skips beside one column take turns between two lanes and
                // two heights, none at the middle, where lateral moves leave.
                let turn = skipped.entry(ax).or_insert(0);
                let (lane, leave, enter) = LANES[*turn % LANES.len()];
                *turn += 1;
                let edge = ax + BOX_WIDTH;
                let lane = edge + lane;
                let (from, to) = (ay + leave, by + enter);
                format!("M {edge} {from} H {lane} V {to} H {edge}")
            }
            false => format!("M {x1} {y1} L {x2} {y2}"),
        };
        let _ = writeln!(
            out,
            "<path class=\"promotion\" marker-end=\"url(#arrow)\" d=\"{path}\"/>"
        );
    }
    for edge in &graph.lateral {
        let ((ax, ay), (bx, by)) = (at[edge.ends.0], at[edge.ends.1]);
        let (left, right) = if ax <= bx {
            ((ax, ay), (bx, by))
        } else {
            ((bx, by), (ax, ay))
        };
        let between = ay == by
            && rows.get(&ay).is_some_and(|xs| {
                let first = xs.partition_point(|&x| x <= left.0);
                xs.get(first).is_some_and(|&x| x < right.0)
            });
        let path = if between {
            // Over the boxes between, from the top of one to the other's;
            // under them in the top row, whose room above holds the titles.
            let (x1, x2) = (left.0 + BOX_WIDTH * 3 / 4, right.0 + BOX_WIDTH / 4);
            let (y, bend) = match ay == TOP {
                true => (ay + BOX_HEIGHT, ay + BOX_HEIGHT + ARC),
                false => (ay, ay.saturating_sub(ARC)),
            };
            format!("M {x1} {y} C {x1} {bend} {x2} {bend} {x2} {y}")
        } else {
            let (x1, y1) = (left.0 + BOX_WIDTH, left.1 + BOX_HEIGHT / 2);
            let (x2, y2) = (right.0, right.1 + BOX_HEIGHT / 2);
            format!("M {x1} {y1} L {x2} {y2}")
        };
        let _ = writeln!(out, "<path class=\"lateral\" d=\"{path}\"/>");
    }
    for track in &graph.tracks {
        for level in &track.levels {
            let (x, y) = at[level.index];
            // A name too long for a line takes two, broken between words.
            let text = match two_lines(level.name, 13.0, BOX_WIDTH - 16) {
                (line, None) => format!(
                    "<text x=\"10\" y=\"{}\">{}</text>",
                    BOX_HEIGHT / 2 + 5,
                    xml(&line)
                ),
                (first, Some(second)) => format!(
                    "<text x=\"10\" y=\"{}\">{}</text><text x=\"10\" y=\"{}\">{}</text>",
                    BOX_HEIGHT / 2 - 3,
                    xml(&first),
                    BOX_HEIGHT / 2 + 13,
                    xml(&second)
                ),
            };
            let _ = writeln!(
                out,
                "<a class=\"level\" href=\"{}\"><title>{}</title><rect x=\"{x}\" y=\"{y}\" width=\"{BOX_WIDTH}\" height=\"{BOX_HEIGHT}\"/><svg x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{BOX_HEIGHT}\">{text}</svg></a>",
                xml(&link(level.id)),
                xml(level.name),
                BOX_WIDTH - 6,
            );
        }
    }
    out.push_str("</svg>\n");
    out
}

/// Whether the straight line from `from` (the top of a box) up to `to` (the
/// bottom of another, rows above) passes through a box of a row between:
/// each row's boxes by x, in `rows`, where the line crosses that row.
fn crosses_a_box(
    rows: &HashMap<usize, Vec<usize>>,
    from: (usize, usize),
    to: (usize, usize),
) -> bool {
    let (x1, y1, x2, y2) = (from.0 as f64, from.1 as f64, to.0 as f64, to.1 as f64);
    let x_at = |y: f64| x1 + (x2 - x1) * (y1 - y) / (y1 - y2);
    let mut row = to.1 + ROW - BOX_HEIGHT;
    while row < from.1 {
        // Where the line enters and leaves the band of this row's boxes.
        let (a, b) = (x_at((row + BOX_HEIGHT) as f64), x_at(row as f64));
        let (low, high) = (a.min(b), a.max(b));
        let hit = rows.get(&row).is_some_and(|xs| {
            let first = xs.partition_point(|&x| (x + BOX_WIDTH) as f64 <= low);
            xs.get(first).is_some_and(|&x| (x as f64) < high)
        });
        if hit {
            return true;
        }
        row += ROW;
    }
    false
}

/// `n` and `thing`, plural but for one.
fn counted(n: usize, thing: &str) -> String {
    match n {
        1 => format!("1 {thing}"),
        n => format!("{n} {thing}s"),
    }
}

#[cfg(test)]
mod tests;
