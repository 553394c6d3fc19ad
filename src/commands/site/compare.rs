//! The compare page: two selects over the levels, the ladder's data for the
//! page's script, which works out the diff of any pair as `ladder diff` does,
//! and the diff of every promotion and lateral move laid out for readers
//! without script.

use super::mix::Mixes;
use super::{page_end, page_start};
use crate::commands::diff;
use crate::commands::list::ListRow;
use crate::ladder::hash::HashSet;
use crate::ladder::{CheckedLadder, Move, Text};
use crate::output::html::{Html, text_of};
use crate::output::markup::Layout;
use crate::output::svg;

/// What the compare page embeds for its script (data/site/compare.js): each
/// level with what a diff compares and the routes start from, the skill
/// catalogue and categories by id and name, and the scale and geometry of the
/// mix charts. Its size is the ladder's, whatever the number of pairs.
#[derive(serde::Serialize)]
struct PageData<'a> {
    levels: Vec<LevelData<'a>>,
    skills: Vec<SkillData<'a>>,
    categories: Vec<CategoryData<'a>>,
    tracks: Vec<Named<'a>>,
    most: usize,
    mix: &'a svg::MixGeometry,
}

/// A level as the page's diff reads it. `skills` are places in the catalogue,
/// `mix` its count of skills per category, `depth` its seniority (`ladder
/// diff`'s direction) and `edges` its neighbours in the order the shortest
/// route explores them.
#[derive(serde::Serialize)]
struct LevelData<'a> {
    /// What `ladder list` says of the level: id, name, track, role, scope
    /// and ranges.
    #[serde(flatten)]
    row: ListRow<'a>,
    /// Other names for it, which an address may use as `ladder` takes them.
    aliases: &'a [Text],
    /// Its name as the mix charts show it, cut where it is long.
    short: String,
    skills: Vec<usize>,
    duties: Vec<Named<'a>>,
    shift: Option<&'a str>,
    mix: &'a [usize],
    depth: u32,
    edges: &'a [(usize, Move)],
}

/// A category, and its name as the mix charts show it.
#[derive(serde::Serialize)]
struct CategoryData<'a> {
    id: &'a str,
    name: &'a str,
    short: String,
}

#[derive(serde::Serialize)]
struct SkillData<'a> {
    id: &'a str,
    name: &'a str,
    category: &'a str,
}

#[derive(serde::Serialize)]
struct Named<'a> {
    id: &'a str,
    name: &'a str,
}

/// The compare page: two selects and, for a page without script, the diff of
/// each promotion and lateral move, laid out as `ladder diff` lays it out.
pub(super) fn compare<'l>(
    ladder: &'l CheckedLadder,
    pages: &HashSet<String>,
    mixes: &Mixes,
) -> anyhow::Result<String> {
    let levels = ladder.levels();
    // Every promotion, then every lateral move, each once.
    let mut neighbours: Vec<(usize, usize)> = Vec::new();
    for promotions in [true, false] {
        for a in 0..levels.len() {
            for &(b, step) in ladder.neighbours(a) {
                let wanted = match promotions {
                    true => step == Move::Up,
                    false => step == Move::Across && a < b,
                };
                if wanted {
                    neighbours.push((a, b));
                }
            }
        }
    }
    let named = |id: &'l Text, name: &'l Text| Named {
        id: id.as_str(),
        name: name.as_str(),
    };
    let data = PageData {
        levels: (levels.iter().enumerate())
            .map(|(l, level)| LevelData {
                row: ListRow::of(level),
                aliases: &level.aliases,
                short: svg::clip(&level.name),
                skills: (level.skills.iter())
                    .map(|id| ladder.skill_position(id))
                    .collect(),
                duties: (level.responsibilities.iter())
                    .map(|d| named(&d.id, &d.name))
                    .collect(),
                shift: level.shift.as_deref(),
                mix: mixes.counts(l),
                depth: ladder.depth(l),
                edges: ladder.neighbours(l),
            })
            .collect(),
        skills: (ladder.skills().iter())
            .map(|s| SkillData {
                id: &s.id,
                name: &s.name,
                category: &s.category,
            })
            .collect(),
        categories: (ladder.categories().iter())
            .map(|c| CategoryData {
                id: &c.id,
                name: &c.name,
                short: svg::clip(&c.name),
            })
            .collect(),
        tracks: (ladder.tracks().iter())
            .map(|t| named(&t.id, &t.name))
            .collect(),
        most: mixes.most,
        mix: &svg::MIX,
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
    let title = format!("Compare two levels — {}", ladder.data().title);
    let mut body = page_start(&title, "");
    body.push_str("<h1>Compare two levels</h1>\n");
    body.push_str(&format!(
        "<form class=\"pick\" id=\"pick\" hidden>{}{}</form>\n<section id=\"result\" aria-live=\"polite\"></section>\n",
        select("from", "From", first),
        select("to", "To", second)
    ));
    body.push_str("<noscript><p>Without script, here are the steps between neighbouring levels.</p></noscript>\n");
    // Laid out ahead of time, each move's diff is a few kilobytes: as many as
    // twice the levels, promotions first, so that a ladder of lateral peers
    // all joined to each other (a move for every pair) makes a page that
    // grows with its levels.
    let shown = neighbours.len().min(levels.len().saturating_mul(2));
    body.push_str(match (neighbours.len(), shown < neighbours.len()) {
        (0, _) => "<h2>Promotions and lateral moves</h2>\n<p>No promotion or lateral move joins two levels of this ladder.</p>\n",
        (_, true) => "<h2>Promotions and lateral moves</h2>\n",
        (_, false) => "<h2>Every promotion and lateral move</h2>\n",
    });
    for &(a, b) in &neighbours[..shown] {
        let mut out = Html::new("levels/", pages).below(1);
        diff::diff(ladder, a, b).layout(&mut out);
        body.push_str("<section>");
        body.push_str(&out.finish());
        body.push_str(&mixes.chart(ladder, &[a, b], 3));
        body.push_str("</section>\n");
    }
    if shown < neighbours.len() {
        body.push_str(&format!(
            "<p>… and {} more promotions and lateral moves, not laid out here to keep the page small: with script on, pick any two levels above.</p>\n",
            neighbours.len() - shown
        ));
    }
    body.push_str("<script type=\"application/json\" id=\"ladder-data\">");
    body.push_str(&data);
    body.push_str("</script>\n<script src=\"compare.js\"></script>\n");
    page_end(&mut body);
    Ok(body)
}
