//! The chart's layout: boxes apart, moves drawn around what they pass.

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

/// Two levels of one track and rank side by side, beside a track whose
/// level shares their rank; lateral moves from the first track to the
/// next (adjacent) and to the third (over the second's box).
#[test]
fn boxes_never_overlap_and_a_lateral_move_passes_over_the_boxes_between() {
    let level = |id: &str, track: &str, more: &str| {
        format!(
            "  - {{id: {id}, name: {id}, track: {track}, role: r, scope: s, responsibilities: [{{id: d, name: D}}], skills: []{more}}}\n"
        )
    };
    let text = format!(
        "schema: 1\ntitle: T\ntracks: [{{id: a, name: A}}, {{id: b, name: B}}, {{id: c, name: C}}]\nskills: []\nlevels:\n{}{}{}{}{}{}",
        level("x", "a", ", next: [l, r], lateral: [y, c1]"),
        level("l", "a", ""),
        level("r", "a", ""),
        level("y", "b", ", next: [z]"),
        level("z", "b", ""),
        level("c1", "c", ""),
    );
    let chart = chart_of(&text).unwrap();
    let at = |id: &str| {
        let rest = &chart[chart.find(&format!("href=\"{id}.html\"")).unwrap()..];
        let number = |key: &str| -> usize {
            let v = rest.split(key).nth(1).unwrap();
            v.split('"').next().unwrap().parse().unwrap()
        };
        (number(" x=\""), number(" y=\""))
    };
    let boxes = ["x", "l", "r", "y", "z", "c1"].map(at);
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            let apart = a.0.abs_diff(b.0) >= BOX_WIDTH || a.1.abs_diff(b.1) >= BOX_HEIGHT;
            assert!(apart, "{a:?} and {b:?} overlap: {chart}");
        }
    }
    let laterals: Vec<&str> = (chart.lines())
        .filter(|l| l.contains("class=\"lateral\""))
        .collect();
    assert_eq!(laterals.len(), 2, "{chart}");
    assert_eq!(
        laterals.iter().filter(|l| l.contains(" C ")).count(),
        1,
        "one curve, over y's box: {laterals:?}"
    );
}

/// A promotion that skips a rank of its track goes around the level
/// between, not through it.
#[test]
fn a_promotion_past_a_level_goes_around_it() {
    let text = "schema: 1\ntitle: T\ntracks: [{id: a, name: A}]\nskills: []\nlevels:\n  - {id: x, name: X, track: a, role: r, scope: s, responsibilities: [{id: d, name: D}], skills: [], next: [y, z]}\n  - {id: y, name: Y, track: a, role: r, scope: s, responsibilities: [{id: d, name: D}], skills: [], next: [z]}\n  - {id: z, name: Z, track: a, role: r, scope: s, responsibilities: [{id: d, name: D}], skills: []}\n";
    let chart = chart_of(text).unwrap();
    let promotions: Vec<&str> = (chart.lines())
        .filter(|l| l.contains("class=\"promotion\""))
        .collect();
    assert_eq!(promotions.len(), 3, "{chart}");
    let curves = promotions.iter().filter(|l| l.contains(" V ")).count();
    assert_eq!(curves, 1, "{promotions:?}");
}

/// The chart's title counts its tracks and levels in words that agree.
#[test]
fn the_title_counts_in_the_singular_for_one() {
    let text = "schema: 1\ntitle: T\ntracks: [{id: a, name: A}]\nskills: []\nlevels:\n  - {id: x, name: X, track: a, role: r, scope: s, responsibilities: [{id: d, name: D}], skills: []}\n";
    let chart = chart_of(text).unwrap();
    assert!(
        chart.contains(">The career ladder: 1 track, 1 level, the most"),
        "{chart}"
    );
    let chart = render(&graph(&builtin::ladder()), &|id| format!("{id}.html"));
    assert!(chart.contains(">The career ladder: 2 tracks, 8 levels, the most"));
}

/// Every promotion of ladders of a few tracks, whose promotions skip ranks
/// within and across tracks, runs from its box to the other without passing
/// through a third, nor across a row along another.
#[test]
fn no_promotion_passes_through_a_box() {
    let mut next = crate::testing::draws(11);
    for _ in 0..60 {
        let (count, tracks) = (4 + next(9), 1 + next(3));
        let mut text = "schema: 1\ntitle: T\ntracks: [{id: a, name: A}, {id: b, name: B}, {id: c, name: C}]\nskills: []\nlevels:\n".to_string();
        for i in 0..count {
            // Promotions to later levels only: no cycle.
            let mut next_ids: Vec<String> = (i + 1..count)
                .filter(|_| next(3) == 0)
                .map(|j| format!("l{j}"))
                .collect();
            next_ids.dedup();
            let track = ["a", "b", "c"][next(tracks)];
            text.push_str(&format!(
                "  - {{id: l{i}, name: L{i}, track: {track}, role: r, scope: s, responsibilities: [{{id: d, name: D}}], skills: [], next: [{}]}}\n",
                next_ids.join(", ")
            ));
        }
        let Some(chart) = chart_of(&text) else {
            continue;
        };
        // No two run along each other: their long level stretches apart.
        let mut runs: Vec<(f64, f64, f64)> = Vec::new();
        for line in chart.lines().filter(|l| l.contains("class=\"promotion\"")) {
            for pair in path_points(line).windows(2) {
                let (a, b) = (pair[0], pair[1]);
                // A level stretch (y, from x, to x); upright ones share six
                // lanes beside a column, which a dense chart can fill.
                let level = a.1 == b.1 && (a.0 - b.0).abs() > 25.0;
                let run = level.then(|| (a.1, a.0.min(b.0), a.0.max(b.0)));
                if let Some(run) = run {
                    let along = |r: &(f64, f64, f64)| r.0 == run.0 && r.1 < run.2 && run.1 < r.2;
                    assert!(
                        !runs.iter().any(along),
                        "{line} runs along another:\n{chart}"
                    );
                    runs.push(run);
                }
            }
        }
        for line in chart.lines().filter(|l| l.contains("class=\"promotion\"")) {
            let points = path_points(line);
            let boxes = boxes_of(&chart);
            let ends = (points[0], points[points.len() - 1]);
            for pair in points.windows(2) {
                for &(x, y) in &boxes {
                    let on = |p: (f64, f64)| {
                        p.0 >= x - 0.5
                            && p.0 <= x + BOX_WIDTH as f64 + 0.5
                            && p.1 >= y - 0.5
                            && p.1 <= y + BOX_HEIGHT as f64 + 0.5
                    };
                    if on(ends.0) || on(ends.1) {
                        continue;
                    }
                    assert!(
                        !through((x, y), pair[0], pair[1]),
                        "{line} passes through the box at {x},{y}:\n{text}"
                    );
                }
            }
        }
    }
}

/// The corners of a promotion's path (`M x y`, then `L x y`, `H x`, `V y`).
fn path_points(line: &str) -> Vec<(f64, f64)> {
    let d = line
        .split(" d=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let words: Vec<&str> = d.split(' ').collect();
    let (mut points, mut at) = (Vec::new(), 0);
    let number = |w: &str| w.parse::<f64>().unwrap();
    while at < words.len() {
        let last = points.last().copied().unwrap_or((0.0, 0.0));
        let (point, used) = match words[at] {
            "M" | "L" => ((number(words[at + 1]), number(words[at + 2])), 3),
            "H" => ((number(words[at + 1]), last.1), 2),
            "V" => ((last.0, number(words[at + 1])), 2),
            other => panic!("{other} in {d}"),
        };
        points.push(point);
        at += used;
    }
    points
}

/// Where each level's box sits.
fn boxes_of(chart: &str) -> Vec<(f64, f64)> {
    (chart.lines())
        .filter(|l| l.starts_with("<a class=\"level\""))
        .map(|l| {
            let rect = l.split("<rect ").nth(1).unwrap();
            let value = |key: &str| -> f64 {
                let v = rect.split(&format!("{key}=\"")).nth(1).unwrap();
                v.split('"').next().unwrap().parse().unwrap()
            };
            (value("x"), value("y"))
        })
        .collect()
}

/// Whether the segment from `a` to `b` passes through the inside of the box
/// at `corner` (Liang–Barsky clipping, a pixel inside its edges).
fn through(corner: (f64, f64), a: (f64, f64), b: (f64, f64)) -> bool {
    let (left, top) = (corner.0 + 1.0, corner.1 + 1.0);
    let (right, bottom) = (
        corner.0 + BOX_WIDTH as f64 - 1.0,
        corner.1 + BOX_HEIGHT as f64 - 1.0,
    );
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut low, mut high) = (0.0f64, 1.0f64);
    for (p, q) in [
        (-dx, a.0 - left),
        (dx, right - a.0),
        (-dy, a.1 - top),
        (dy, bottom - a.1),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                low = low.max(t);
            } else {
                high = high.min(t);
            }
        }
    }
    low < high
}

/// The chart of the ladder file `text`, each level linking to `ID.html`;
/// `None` when the file is not a valid ladder.
fn chart_of(text: &str) -> Option<String> {
    let origin = crate::file::Origin::File("chart.yaml".into());
    let ladder = crate::file::check(&origin, text).ok()?;
    Some(render(&graph(&ladder), &|id| format!("{id}.html")))
}
