//! The skill-mix chart: for each category, a bar per level of how many of
//! its skills the level asks for, on one scale so that charts compare.

use super::{clip, push_numbers, xml_into};

/// The geometry of a skill-mix chart, which the compare page's script is
/// given to draw the same chart for the pair a person picks
/// (data/site/compare.js): the label column, the longest bar, a bar's row, the
/// gap between categories.
#[derive(Debug, serde::Serialize)]
pub struct MixGeometry {
    pub label: usize,
    pub bar: usize,
    pub row: usize,
    pub gap: usize,
}

pub const MIX: MixGeometry = MixGeometry {
    label: 170,
    bar: 200,
    row: 14,
    gap: 12,
};

/// A category as the mix charts write it: its name escaped for the chart's
/// words, and cut to fit and escaped for its label; made once for all the
/// charts of a site.
pub struct MixCategory {
    words: String,
    label: String,
}

impl MixCategory {
    pub fn new(name: &str) -> Self {
        let (mut words, mut label) = (String::new(), String::new());
        xml_into(&mut words, name);
        xml_into(&mut label, &clip(name));
        MixCategory { words, label }
    }
}

/// A bar chart of skill mixes, written at the end of `out`, titled by the
/// pieces of `title` one after another: for each category, one bar per series (a
/// level) of how many of its skills the level asks for, on the scale `most`,
/// so that charts of different levels compare at a glance. With two series, a
/// legend names them.
pub fn mix(
    out: &mut String,
    title: &[&str],
    categories: &[MixCategory],
    series: &[(&str, &[usize])],
    most: usize,
) {
    let most = most.max(1);
    let legend = if series.len() > 1 {
        series.len() * 18 + 6
    } else {
        0
    };
    let MixGeometry {
        label,
        bar: longest,
        row,
        gap,
        ..
    } = MIX;
    let group = series.len() * row + gap;
    let count = |s: usize, c: usize| series[s].1.get(c).copied().unwrap_or(0);
    // Charts are many on a large ladder's site: written piece by piece, at
    // the end of the page that shows them.
    out.reserve(400 + categories.len() * (80 + series.len() * 150));
    out.push_str("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mix\" viewBox=\"0 0 ");
    let (width, height) = (label + longest + 30, legend + categories.len() * group + 4);
    push_numbers(out, &[width, height], " ");
    out.push_str("\" width=\"");
    push_numbers(out, &[width], "");
    out.push_str("\" height=\"");
    push_numbers(out, &[height], "");
    // What the chart shows, in words, for those who cannot see it.
    out.push_str("\" role=\"img\" aria-label=\"");
    for piece in title {
        xml_into(out, piece);
    }
    out.push_str(": ");
    for (c, category) in categories.iter().enumerate() {
        if c > 0 {
            out.push_str(", ");
        }
        out.push_str(&category.words);
        out.push(' ');
        for s in 0..series.len() {
            if s > 0 {
                out.push_str(" → ");
            }
            push_numbers(out, &[count(s, c)], "");
        }
    }
    out.push_str("\">\n");
    if series.len() > 1 {
        for (s, (name, _)) in series.iter().enumerate() {
            let y = 4 + s * 18;
            out.push_str("<rect x=\"0\" y=\"");
            push_numbers(out, &[y], "");
            out.push_str("\" width=\"12\" height=\"12\" class=\"mix-bar mix-");
            push_numbers(out, &[s], "");
            out.push_str("\"/><text x=\"18\" y=\"");
            push_numbers(out, &[y + 11], "");
            out.push_str("\" class=\"mix-label\">");
            xml_into(out, &clip(name));
            out.push_str("</text>\n");
        }
    }
    for (c, category) in categories.iter().enumerate() {
        let top = legend + c * group;
        out.push_str("<text x=\"0\" y=\"");
        push_numbers(out, &[top + series.len() * row / 2 + 5], "");
        out.push_str("\" class=\"mix-label\">");
        out.push_str(&category.label);
        out.push_str("</text>\n");
        for s in 0..series.len() {
            let n = count(s, c);
            let y = top + s * row;
            let bar = longest * n.min(most) / most;
            out.push_str("<rect x=\"");
            push_numbers(out, &[label], "");
            out.push_str("\" y=\"");
            push_numbers(out, &[y + 1], "");
            out.push_str("\" width=\"");
            push_numbers(out, &[bar], "");
            out.push_str("\" height=\"");
            push_numbers(out, &[row - 2], "");
            out.push_str("\" class=\"mix-bar mix-");
            push_numbers(out, &[s], "");
            out.push_str("\"/><text x=\"");
            push_numbers(out, &[label + bar + 4], "");
            out.push_str("\" y=\"");
            push_numbers(out, &[y + row - 1], "");
            out.push_str("\" class=\"mix-count\">");
            push_numbers(out, &[n], "");
            out.push_str("</text>\n");
        }
    }
    out.push_str("</svg>\n");
}
