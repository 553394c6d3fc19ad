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
    let origin = crate::file::Origin::File("chart.yaml".into());
    let ladder = crate::file::check(&origin, &text).unwrap();
    let chart = render(&graph(&ladder), &|id| format!("{id}.html"));
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
    let origin = crate::file::Origin::File("skip.yaml".into());
    let ladder = crate::file::check(&origin, text).unwrap();
    let chart = render(&graph(&ladder), &|id| format!("{id}.html"));
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
    let origin = crate::file::Origin::File("one.yaml".into());
    let ladder = crate::file::check(&origin, text).unwrap();
    let chart = render(&graph(&ladder), &|id| format!("{id}.html"));
    assert!(
        chart.contains(">The career ladder: 1 track, 1 level, the most"),
        "{chart}"
    );
    let chart = render(&graph(&builtin::ladder()), &|id| format!("{id}.html"));
    assert!(chart.contains(">The career ladder: 2 tracks, 8 levels, the most"));
}
