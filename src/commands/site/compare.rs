//! The compare page: two selects over the levels, the diffs `ladder diff`
//! computes embedded for the page's script, and the diff of every promotion
//! and lateral move laid out for readers without script.

use std::collections::HashSet;

use super::mix::Mixes;
use super::page;
use crate::commands::diff;
use crate::ladder::{CheckedLadder, Move, Text};
use crate::output::html::{Html, text_of};
use crate::output::markup::Layout;
use crate::output::svg;

/// Up to this many levels, the compare page holds the diff of every pair;
/// past it, of the levels a promotion or a lateral move joins.
const ALL_PAIRS: usize = 24;

/// What the compare page embeds for its script: the levels and categories by
/// id and name, the scale and geometry of the mix charts, and the diffs by
/// `from..to`.
#[derive(serde::Serialize)]
struct PageData<'a> {
    levels: Vec<Named<'a>>,
    categories: Vec<Named<'a>>,
    most: usize,
    mix: &'a svg::MixGeometry,
    diffs: Pairs<'a>,
}

#[derive(serde::Serialize)]
struct Named<'a> {
    id: &'a str,
    name: &'a str,
}

/// Diffs keyed by their pair, serialized as one JSON object.
struct Pairs<'a>(&'a [(String, diff::Diff<'a>)]);

impl serde::Serialize for Pairs<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(key, diff)| (key, diff)))
    }
}

/// The compare page: two selects and, for a page without script, the diff of
/// each promotion and lateral move, laid out as `ladder diff` lays it out.
pub(super) fn compare<'l>(
    ladder: &'l CheckedLadder,
    pages: &HashSet<String>,
    mixes: &Mixes,
) -> anyhow::Result<String> {
    let levels = ladder.levels();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    if levels.len() <= ALL_PAIRS {
        for a in 0..levels.len() {
            for b in 0..levels.len() {
                pairs.push((a, b));
            }
        }
    }
    let mut neighbours: Vec<(usize, usize)> = Vec::new();
    for a in 0..levels.len() {
        for &(b, step) in ladder.neighbours(a) {
            if matches!(step, Move::Up) || (step == Move::Across && a < b) {
                neighbours.push((a, b));
            }
        }
    }
    if levels.len() > ALL_PAIRS {
        pairs.extend(neighbours.iter().flat_map(|&(a, b)| [(a, b), (b, a)]));
    }
    let diffs: Vec<(String, diff::Diff)> = (pairs.iter())
        .map(|&(a, b)| {
            let key = format!("{}..{}", levels[a].id, levels[b].id);
            (key, diff::diff(ladder, a, b))
        })
        .collect();
    let named = |id: &'l Text, name: &'l Text| Named {
        id: id.as_str(),
        name: name.as_str(),
    };
    let data = PageData {
        levels: levels.iter().map(|l| named(&l.id, &l.name)).collect(),
        categories: (ladder.categories().iter())
            .map(|c| named(&c.id, &c.name))
            .collect(),
        most: mixes.most,
        mix: &svg::MIX,
        diffs: Pairs(&diffs),
    };
    // In a script element, `</script>` would end it and `<!--` could keep a
    // later `</script>` from doing so: every `<` is written `\u003c`, which
    // JSON reads the same (outside strings JSON has no `<`).
    let mut data = crate::output::json_escaped(serde_json::to_string(&data)?);
    if data.contains('<') {
        data = data.replace('<', "\\u003c");
    }
    let options: String = (levels.iter())
        .map(|l| {
            format!(
                "<option value=\"{}\">{}</option>",
                text_of(&l.id),
                text_of(&l.name)
            )
        })
        .collect();
    let (first, second) = neighbours.first().map_or((0, 0), |&(a, b)| (a, b));
    let select = |id: &str, label: &str, chosen: usize| {
        let options = options.replacen(
            &format!("value=\"{}\"", text_of(&levels[chosen].id)),
            &format!("value=\"{}\" selected", text_of(&levels[chosen].id)),
            1,
        );
        format!("<label for=\"{id}\">{label}<select id=\"{id}\">{options}</select></label>")
    };
    let mut body = String::from("<h1>Compare two levels</h1>\n");
    body.push_str(&format!(
        "<form class=\"pick\" id=\"pick\" hidden>{}{}</form>\n<section id=\"result\" aria-live=\"polite\"></section>\n",
        select("from", "From", first),
        select("to", "To", second)
    ));
    body.push_str("<noscript><p>Without script, here are the steps between neighbouring levels.</p></noscript>\n<h2>Every promotion and lateral move</h2>\n");
    // The diffs of neighbours are among those embedded: every pair, row by
    // row, or each neighbouring pair both ways, in the order of `neighbours`.
    for (k, &(a, b)) in neighbours.iter().enumerate() {
        let at = if levels.len() > ALL_PAIRS {
            2 * k
        } else {
            a * levels.len() + b
        };
        let view = &diffs[at].1;
        let mut out = Html::new("levels/", pages).below(1);
        view.layout(&mut out);
        body.push_str(&format!(
            "<section>{}{}</section>\n",
            out.finish(),
            mixes.chart(ladder, &[a, b], 3)
        ));
    }
    body.push_str(&format!(
        "<script type=\"application/json\" id=\"ladder-diffs\">{data}</script>\n<script src=\"compare.js\"></script>\n"
    ));
    Ok(page(
        &format!("Compare two levels — {}", ladder.data().title),
        "",
        &body,
    ))
}
