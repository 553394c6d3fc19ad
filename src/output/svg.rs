//! The ladder chart as SVG, drawn by `ladder` itself: a column per track,
//! levels placed by seniority (the rank `diff` uses), promotions as arrows,
//! lateral moves dashed, each level a link to its page. It follows the
//! system's dark mode, and every text from the ladder is escaped as XML.

use std::fmt::Write;

use crate::commands::graph::Graph;

const BOX_WIDTH: usize = 180;
const BOX_HEIGHT: usize = 44;
const COLUMN: usize = 220;
const ROW: usize = 84;
const TOP: usize = 56;
const MARGIN: usize = 20;
/// The most characters of a name shown in a box; the whole name is its title.
const SHOWN: usize = 24;

/// Text as XML character data or an attribute value: markup escaped, and the
/// characters XML 1.0 does not allow replaced.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    xml_into(&mut out, text);
    out
}

/// `xml(text)` written at the end of `out`: runs of plain text are copied
/// whole. The bytes that may need a change are found first: ASCII markup and
/// controls, and the lead bytes of U+0080–U+009F (c2) and U+FFFE–U+FFFF (ef);
/// only there is a character decoded.
pub fn xml_into(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut plain = 0;
    let mut at = 0;
    while let Some(skip) = bytes[at..].iter().position(|&b| {
        b < 0x20 || matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'' | 0x7f | 0xc2 | 0xef)
    }) {
        at += skip;
        let c = text[at..].chars().next().unwrap_or_default();
        let escaped = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            c if (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
                || matches!(c, '\u{fffe}' | '\u{ffff}') =>
            {
                "\u{fffd}"
            }
            _ => {
                at += c.len_utf8();
                continue;
            }
        };
        out.push_str(&text[plain..at]);
        out.push_str(escaped);
        at += c.len_utf8();
        plain = at;
    }
    out.push_str(&text[plain..]);
}

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
    let mut shift_by_row: std::collections::HashMap<(usize, usize), usize> =
        std::collections::HashMap::new();
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

/// The geometry of a skill-mix chart, which the compare page's script is
/// given to draw the same chart for the pair a person picks
/// (data/site/compare.js): the label column, the longest bar, a bar's row, the
/// gap between categories, and the most characters of a name shown.
#[derive(Debug, serde::Serialize)]
pub struct MixGeometry {
    pub label: usize,
    pub bar: usize,
    pub row: usize,
    pub gap: usize,
    pub shown: usize,
}

pub const MIX: MixGeometry = MixGeometry {
    label: 170,
    bar: 200,
    row: 14,
    gap: 12,
    shown: SHOWN,
};

/// A bar chart of skill mixes: for each category, one bar per series (a
/// level) of how many of its skills the level asks for, on the scale `most`,
/// so that charts of different levels compare at a glance. With two series, a
/// legend names them.
pub fn mix(title: &str, categories: &[&str], series: &[(&str, &[usize])], most: usize) -> String {
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
    // Charts are many on a large ladder's site: written piece by piece.
    let mut out = String::with_capacity(400 + categories.len() * (80 + series.len() * 150));
    out.push_str("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mix\" viewBox=\"0 0 ");
    let (width, height) = (label + longest + 30, legend + categories.len() * group + 4);
    push_numbers(&mut out, &[width, height], " ");
    out.push_str("\" width=\"");
    push_numbers(&mut out, &[width], "");
    out.push_str("\" height=\"");
    push_numbers(&mut out, &[height], "");
    // What the chart shows, in words, for those who cannot see it.
    out.push_str("\" role=\"img\" aria-label=\"");
    xml_into(&mut out, title);
    out.push_str(": ");
    for (c, category) in categories.iter().enumerate() {
        if c > 0 {
            out.push_str(", ");
        }
        xml_into(&mut out, category);
        out.push(' ');
        let counts: Vec<usize> = (0..series.len()).map(|s| count(s, c)).collect();
        push_numbers(&mut out, &counts, " → ");
    }
    out.push_str("\">\n");
    if series.len() > 1 {
        for (s, (name, _)) in series.iter().enumerate() {
            let y = 4 + s * 18;
            out.push_str("<rect x=\"0\" y=\"");
            push_numbers(&mut out, &[y], "");
            out.push_str("\" width=\"12\" height=\"12\" class=\"mix-bar mix-");
            push_numbers(&mut out, &[s], "");
            out.push_str("\"/><text x=\"18\" y=\"");
            push_numbers(&mut out, &[y + 11], "");
            out.push_str("\" class=\"mix-label\">");
            xml_into(&mut out, &clip(name));
            out.push_str("</text>\n");
        }
    }
    for (c, category) in categories.iter().enumerate() {
        let top = legend + c * group;
        out.push_str("<text x=\"0\" y=\"");
        push_numbers(&mut out, &[top + series.len() * row / 2 + 5], "");
        out.push_str("\" class=\"mix-label\">");
        xml_into(&mut out, &clip(category));
        out.push_str("</text>\n");
        for s in 0..series.len() {
            let n = count(s, c);
            let y = top + s * row;
            let bar = longest * n.min(most) / most;
            out.push_str("<rect x=\"");
            push_numbers(&mut out, &[label], "");
            out.push_str("\" y=\"");
            push_numbers(&mut out, &[y + 1], "");
            out.push_str("\" width=\"");
            push_numbers(&mut out, &[bar], "");
            out.push_str("\" height=\"");
            push_numbers(&mut out, &[row - 2], "");
            out.push_str("\" class=\"mix-bar mix-");
            push_numbers(&mut out, &[s], "");
            out.push_str("\"/><text x=\"");
            push_numbers(&mut out, &[label + bar + 4], "");
            out.push_str("\" y=\"");
            push_numbers(&mut out, &[y + row - 1], "");
            out.push_str("\" class=\"mix-count\">");
            push_numbers(&mut out, &[n], "");
            out.push_str("</text>\n");
        }
    }
    out.push_str("</svg>\n");
    out
}

/// `numbers` in decimal at the end of `out`, `between` each two; without the
/// formatting machinery, which a large site's charts would feel.
fn push_numbers(out: &mut String, numbers: &[usize], between: &str) {
    for (i, &n) in numbers.iter().enumerate() {
        if i > 0 {
            out.push_str(between);
        }
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut rest = n;
        loop {
            at -= 1;
            digits[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        out.extend(digits[at..].iter().map(|&d| char::from(d)));
    }
}

/// A name cut to what fits a box.
fn clip(name: &str) -> String {
    match name.char_indices().nth(SHOWN) {
        Some((at, _)) => format!("{}…", name[..at].trim_end()),
        None => name.to_string(),
    }
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

    #[test]
    fn text_from_the_ladder_is_escaped() {
        assert_eq!(
            xml("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
        assert_eq!(xml("bell\u{7}"), "bell\u{fffd}");
    }

    #[test]
    fn xml_escapes_markup_and_replaces_what_xml_does_not_allow() {
        assert_eq!(xml("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;", "markup");
        // Controls (C0 but tab and line ends, DEL, C1) and the two
        // non-characters become U+FFFD; the rest stays, whatever its bytes.
        assert_eq!(
            xml("\u{1}\t\n\r\u{7f}\u{85}\u{9f}"),
            "\u{fffd}\t\n\r\u{fffd}\u{fffd}\u{fffd}"
        );
        assert_eq!(xml("x\u{fffe}\u{ffff}"), "x\u{fffd}\u{fffd}");
        let kept = "© é ¡ ！ \u{fffd} → — 日本";
        assert_eq!(xml(kept), kept);
        assert_eq!(xml(""), "");
        assert_eq!(xml("<"), "&lt;");
    }
}
