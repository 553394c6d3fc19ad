//! The ladder chart: a column per track, levels placed by seniority,
//! promotions as arrows, lateral moves dashed, each level a link.

use std::fmt::Write;

use super::{clip, xml};
use crate::commands::graph::Graph;

const BOX_WIDTH: usize = 180;
const BOX_HEIGHT: usize = 44;
const COLUMN: usize = 220;
const ROW: usize = 84;
const TOP: usize = 56;
const MARGIN: usize = 20;
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
    let mut shift_by_row: crate::ladder::hash::HashMap<(usize, usize), usize> =
        crate::ladder::hash::HashMap::default();
    let mut widest = 0;
    for (column, track) in graph.tracks.iter().enumerate() {
        for level in &track.levels {
            let row = deepest - level.depth as usize;
            // Levels of one track and one rank sit side by side.
            let beside = shift_by_row.entry((column, row)).or_insert(0);
            let x = MARGIN + column * COLUMN + *beside * (BOX_WIDTH + 20);
            *beside += 1;
            widest = widest.max(x + BOX_WIDTH + MARGIN);
            at[level.index] = (x, TOP + row * ROW);
        }
    }
    let width = widest.max(MARGIN * 2 + graph.tracks.len() * COLUMN);
    let height = TOP + (deepest + 1) * ROW + MARGIN;
    let mut out = String::with_capacity(512 + count * 400);
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"group\" aria-labelledby=\"chart-title\">\n\
         <title id=\"chart-title\">The career ladder: {} tracks, {count} levels, the most senior at the top</title>\n\
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
        graph.tracks.len()
    );
    for (column, track) in graph.tracks.iter().enumerate() {
        let x = MARGIN + column * COLUMN;
        let _ = writeln!(
            out,
            "<text class=\"track\" x=\"{x}\" y=\"{}\">{}</text>",
            TOP - 24,
            xml(&clip(track.name))
        );
    }
    for edge in &graph.promotions {
        let ((ax, ay), (bx, by)) = (at[edge.ends.0], at[edge.ends.1]);
        let (x1, y1) = (ax + BOX_WIDTH / 2, ay);
        let (x2, y2) = (bx + BOX_WIDTH / 2, by + BOX_HEIGHT);
        let _ = writeln!(
            out,
            "<path class=\"promotion\" marker-end=\"url(#arrow)\" d=\"M {x1} {y1} L {x2} {y2}\"/>"
        );
    }
    for edge in &graph.lateral {
        let ((ax, ay), (bx, by)) = (at[edge.ends.0], at[edge.ends.1]);
        let (left, right) = if ax <= bx {
            ((ax, ay), (bx, by))
        } else {
            ((bx, by), (ax, ay))
        };
        let (x1, y1) = (left.0 + BOX_WIDTH, left.1 + BOX_HEIGHT / 2);
        let (x2, y2) = (right.0, right.1 + BOX_HEIGHT / 2);
        let _ = writeln!(
            out,
            "<path class=\"lateral\" d=\"M {x1} {y1} L {x2} {y2}\"/>"
        );
    }
    for track in &graph.tracks {
        for level in &track.levels {
            let (x, y) = at[level.index];
            let _ = writeln!(
                out,
                "<a class=\"level\" href=\"{}\"><title>{}</title><rect x=\"{x}\" y=\"{y}\" width=\"{BOX_WIDTH}\" height=\"{BOX_HEIGHT}\"/><text x=\"{}\" y=\"{}\">{}</text></a>",
                xml(&link(level.id)),
                xml(level.name),
                x + 10,
                y + BOX_HEIGHT / 2 + 5,
                xml(&clip(level.name)),
            );
        }
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::graph::graph;
    use crate::file::builtin;

    #[test]
    fn levels_sit_by_seniority_in_their_track_and_link_to_their_pages() {
        let ladder = builtin::ladder();
        let chart = render(&graph(&ladder), &|id| format!("levels/{id}.html"));
        assert_eq!(
            chart.matches("<a class=\"level\"").count(),
            ladder.levels().len()
        );
        assert_eq!(chart.matches("class=\"lateral\"").count(), 3);
        assert_eq!(chart.matches("class=\"promotion\"").count(), 6);
        assert!(chart.contains("href=\"levels/em.html\""));
        // The most senior level is drawn highest: a smaller y.
        let y = |id: &str| {
            let at = chart.find(&format!("href=\"levels/{id}.html\"")).unwrap();
            let rect = &chart[at..];
            let y = rect.split("y=\"").nth(1).unwrap();
            y.split('"').next().unwrap().parse::<usize>().unwrap()
        };
        assert!(y("vp") < y("director") && y("director") < y("em") && y("em") < y("tech-lead"));
        assert_eq!(y("vp"), y("cto"), "lateral peers share a rank");
    }
}
