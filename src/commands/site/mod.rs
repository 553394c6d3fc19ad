//! `ladder site OUT_DIR`: the ladder as a static web site for people who never
//! open a terminal: an overview with the chart, a page per level and per skill,
//! a compare page, and the ladder as JSON. Every page is laid out by the same
//! layouts the terminal and Markdown use, through the HTML backend, so all
//! text is escaped by construction; the pages load nothing from elsewhere.

mod compare;
mod mix;
mod write;

use std::path::PathBuf;

use self::compare::compare;
use self::mix::Mixes;
pub use self::write::run;
use super::{graph, list, show, skill};
use crate::ladder::CheckedLadder;
use crate::ladder::hash::HashSet;
use crate::output::html::{Html, text_of};
use crate::output::markup::{Layout, Markup as _};
use crate::output::svg;

const STYLE: &str = include_str!("../../../data/site/style.css");
const SCRIPT: &str = include_str!("../../../data/site/compare.js");
/// The site's icon, which browsers ask every site for.
const ICON: &str = include_str!("../../../data/site/favicon.svg");

/// A page: the shared frame around `body`; `root` leads back to the site's top.
fn page(title: &str, root: &str, body: &str) -> String {
    let mut out = page_start(title, root);
    out.push_str(body);
    page_end(&mut out);
    out
}

/// The shared frame of a page up to its body, for a page written piece by
/// piece after it: a large ladder's compare page is not copied once more.
fn page_start(title: &str, root: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'\">\n\
         <title>{title}</title>\n<link rel=\"stylesheet\" href=\"{root}style.css\">\n<link rel=\"icon\" href=\"{root}favicon.svg\" type=\"image/svg+xml\">\n</head>\n<body>\n\
         <a class=\"skip\" href=\"#main\">Skip to the content</a>\n\
         <header><nav aria-label=\"Site\"><a href=\"{root}index.html\">Overview</a><a href=\"{root}compare.html\">Compare two levels</a><a href=\"{root}ladder.json\">The ladder as JSON</a></nav></header>\n\
         <main id=\"main\">\n",
        title = text_of(title)
    )
}

/// The shared frame of a page after its body.
fn page_end(out: &mut String) {
    out.push_str(
        "</main>\n<footer>Made with <code>ladder site</code>.</footer>\n</body>\n</html>\n",
    );
}

/// `layout` through `out`, an HTML backend.
fn html(layout: &dyn Layout, mut out: Html) -> String {
    layout.layout(&mut out);
    out.finish()
}

/// What takes each file of the site as it is made: its path under OUT_DIR,
/// and its text.
type Emit<'e> = dyn FnMut(PathBuf, String) -> anyhow::Result<()> + 'e;

/// The overview, `index.html`: the chart, the levels by track, the skills.
fn overview(
    ladder: &CheckedLadder,
    pages: &HashSet<String>,
    emit: &mut Emit,
) -> anyhow::Result<()> {
    let data = ladder.data();
    let graph = graph::graph(ladder);
    let chart = svg::render(&graph, &|id| format!("levels/{id}.html"));
    let listing = list::run(ladder, None, &"the ladder")?;
    let mut body = format!("<h1>{}</h1>\n", text_of(&data.title));
    if let Some(summary) = &data.summary {
        // Through the HTML backend, as every other text, for its paragraphs.
        let mut html = Html::new("levels/", pages);
        html.paragraph(0, &summary.as_str().into());
        body.push_str(&html.finish());
    }
    body.push_str(&format!(
        "<h2>The ladder</h2>\n<div class=\"chart\">{chart}</div>\n<h2>Levels by track</h2>\n"
    ));
    // Each level's id in the table leads to its page.
    body.push_str(&html(&listing, Html::new("levels/", pages).linked_ids()));
    let skills: Vec<String> = (ladder.skills().iter())
        .map(|s| {
            format!(
                "<li><a href=\"skills/{}.html\">{}</a></li>",
                text_of(&s.id),
                text_of(&s.name)
            )
        })
        .collect();
    body.push_str(&format!(
        "<h2>Skills</h2>\n<ul>\n{}\n</ul>\n",
        skills.join("\n")
    ));
    emit(PathBuf::from("index.html"), page(&data.title, "", &body))
}

/// Makes every file of the site and hands each to `emit`, with its path under
/// OUT_DIR, as soon as it is made, so that no more than one page is held at a
/// time; stops at the first error `emit` returns.
pub fn files(ladder: &CheckedLadder, emit: &mut Emit) -> anyhow::Result<()> {
    let data = ladder.data();
    let pages: HashSet<String> = ladder.levels().iter().map(|l| l.id.to_string()).collect();
    // The overview: the chart, then the levels by track; its parts, which
    // grow with the moves, are let go once it is written.
    overview(ladder, &pages, emit)?;
    // A page per level, with its skill mix drawn on the scale of the whole
    // ladder, and a page per skill.
    let mixes = Mixes::new(ladder);
    let moves = show::Moves::new(ladder);
    for l in 0..ladder.levels().len() {
        let view = moves.view(ladder, l);
        let level = ladder.level(l);
        let title = format!("{} — {}", level.name, data.title);
        let mut body = html(&view, Html::new("", &pages).skills_at("../skills/"));
        // The chart follows the level's skills. Text from the file is escaped,
        // so every `<h2` here is a heading of the layout.
        let after_skills = (body.find("<h2>Skills</h2>"))
            .and_then(|at| body[at + 1..].find("<h2").map(|next| at + 1 + next))
            .unwrap_or(body.len());
        body.insert_str(after_skills, &mixes.chart(ladder, &[l], 2));
        emit(
            PathBuf::from(format!("levels/{}.html", level.id)),
            page(&title, "../", &body),
        )?;
    }
    for s in ladder.skills() {
        let trail = skill::trail(ladder, s);
        let title = format!("{} — {}", s.name, data.title);
        emit(
            PathBuf::from(format!("skills/{}.html", s.id)),
            page(
                &title,
                "../",
                &html(&trail, Html::new("../levels/", &pages)),
            ),
        )?;
    }
    emit(
        PathBuf::from("compare.html"),
        compare(ladder, &pages, &mixes)?,
    )?;
    // The ladder file as `ladder export --format json` writes it.
    let mut json = serde_json::to_string_pretty(&ladder.data)?;
    json.push('\n');
    emit(PathBuf::from("ladder.json"), json)?;
    emit(PathBuf::from("style.css"), STYLE.to_string())?;
    emit(PathBuf::from("compare.js"), SCRIPT.to_string())?;
    emit(PathBuf::from("favicon.svg"), ICON.to_string())
}
