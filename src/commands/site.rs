//! `ladder site OUT_DIR`: the ladder as a static web site for people who never
//! open a terminal: an overview with the chart, a page per level and per skill,
//! a compare page, and the ladder as JSON. Every page is laid out by the same
//! layouts the terminal and Markdown use, through the HTML backend, so all
//! text is escaped by construction; the pages load nothing from elsewhere.

use std::collections::HashSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use super::{View, diff, export, graph, list, show, skill};
use crate::file::write::write_whole_unsynced;
use crate::ladder::{CheckedLadder, Move, Text};
use crate::output::html::{Html, text_of};
use crate::output::markup::Layout;
use crate::output::svg;

const STYLE: &str = include_str!("../../data/site/style.css");
const SCRIPT: &str = include_str!("../../data/site/compare.js");
/// Up to this many levels, the compare page holds the diff of every pair;
/// past it, of the levels a promotion or a lateral move joins.
const ALL_PAIRS: usize = 24;

/// A page: the shared frame around `body`; `root` leads back to the site's top.
fn page(title: &str, root: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'\">\n\
         <title>{title}</title>\n<link rel=\"stylesheet\" href=\"{root}style.css\">\n</head>\n<body>\n\
         <a class=\"skip\" href=\"#main\">Skip to the content</a>\n\
         <header><nav aria-label=\"Site\"><a href=\"{root}index.html\">Overview</a><a href=\"{root}compare.html\">Compare two levels</a><a href=\"{root}ladder.json\">The ladder as JSON</a></nav></header>\n\
         <main id=\"main\">\n{body}</main>\n<footer>Made with <code>ladder site</code>.</footer>\n</body>\n</html>\n",
        title = text_of(title)
    )
}

/// `layout` through the HTML backend; level links go through `levels` to the
/// pages of `pages`.
fn html(layout: &dyn Layout, levels: &str, pages: &HashSet<String>) -> String {
    let mut out = Html::new(levels, pages);
    layout.layout(&mut out);
    out.finish()
}

/// Every file of the site, by its path under OUT_DIR.
pub fn files(ladder: &CheckedLadder) -> anyhow::Result<Vec<(PathBuf, String)>> {
    let data = ladder.data();
    let mut files = Vec::new();
    let pages: HashSet<String> = ladder.levels().iter().map(|l| l.id.to_string()).collect();
    // The overview: the chart, then the levels by track.
    let graph = graph::graph(ladder);
    let chart = svg::render(&graph, &|id| format!("levels/{id}.html"));
    let listing = list::run(ladder, None, &"the ladder")?;
    let mut body = format!("<h1>{}</h1>\n", text_of(&data.title));
    if let Some(summary) = &data.summary {
        body.push_str(&format!("<p>{}</p>\n", text_of(summary)));
    }
    body.push_str(&format!(
        "<h2>The ladder</h2>\n<div class=\"chart\">{chart}</div>\n<h2>Levels by track</h2>\n"
    ));
    body.push_str(&html(&listing, "levels/", &pages));
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
    files.push((PathBuf::from("index.html"), page(&data.title, "", &body)));
    // A page per level, with its skill mix drawn on the scale of the whole
    // ladder, and a page per skill.
    let mixes = Mixes::new(ladder);
    for l in 0..ladder.levels().len() {
        let view = show::view(ladder, l);
        let level = ladder.level(l);
        let title = format!("{} — {}", level.name, data.title);
        let mut body = html(&view, "", &pages);
        // The chart follows the level's skills. Text from the file is escaped,
        // so every `<h2` here is a heading of the layout.
        let after_skills = (body.find("<h2>Skills</h2>"))
            .and_then(|at| body[at + 1..].find("<h2").map(|next| at + 1 + next))
            .unwrap_or(body.len());
        body.insert_str(after_skills, &mixes.chart(ladder, &[l], 2));
        files.push((
            PathBuf::from(format!("levels/{}.html", level.id)),
            page(&title, "../", &body),
        ));
    }
    for s in ladder.skills() {
        let trail = skill::trail(ladder, s);
        let title = format!("{} — {}", s.name, data.title);
        files.push((
            PathBuf::from(format!("skills/{}.html", s.id)),
            page(&title, "../", &html(&trail, "../levels/", &pages)),
        ));
    }
    files.push((
        PathBuf::from("compare.html"),
        compare(ladder, &pages, &mixes)?,
    ));
    files.push((
        PathBuf::from("ladder.json"),
        format!("{}\n", export::run(ladder).json()?),
    ));
    files.push((PathBuf::from("style.css"), STYLE.to_string()));
    files.push((PathBuf::from("compare.js"), SCRIPT.to_string()));
    Ok(files)
}

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

/// The skill mix of every level, by category, and the largest count of any,
/// which is the scale of every mix chart of the site.
struct Mixes<'a> {
    counts: Vec<Vec<usize>>,
    most: usize,
    /// The categories' names, in the ladder's order.
    categories: Vec<&'a str>,
}

impl<'a> Mixes<'a> {
    fn new(ladder: &'a CheckedLadder) -> Self {
        let counts: Vec<Vec<usize>> = (ladder.levels().iter())
            .map(|level| ladder.skill_mix(level))
            .collect();
        let most = counts.iter().flatten().copied().max().unwrap_or(0);
        let categories = (ladder.categories().iter())
            .map(|c| c.name.as_str())
            .collect();
        Self {
            counts,
            most,
            categories,
        }
    }

    /// The chart of the levels `shown`, one bar each per category, under a
    /// heading of `depth`; nothing when none of them asks for a skill.
    fn chart(&self, ladder: &CheckedLadder, shown: &[usize], depth: usize) -> String {
        if shown.iter().all(|&l| ladder.level(l).skills.is_empty()) {
            return String::new();
        }
        let series: Vec<(&str, &[usize])> = (shown.iter())
            .map(|&l| (ladder.level(l).name.as_str(), self.counts[l].as_slice()))
            .collect();
        let names: Vec<&str> = series.iter().map(|(name, _)| *name).collect();
        let title = format!("Skills by category: {}", names.join(" → "));
        format!(
            "<h{depth}>Skill mix</h{depth}>\n<div class=\"chart\">{}</div>\n",
            svg::mix(&title, &self.categories, &series, self.most)
        )
    }
}

/// The compare page: two selects and, for a page without script, the diff of
/// each promotion and lateral move, laid out as `ladder diff` lays it out.
fn compare<'l>(
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

/// Runs `ladder site OUT_DIR`: writes every file, returns how many.
pub fn run(ladder: &CheckedLadder, dir: &Path, force: bool) -> anyhow::Result<usize> {
    let named = shown(dir);
    if dir.exists() && !dir.is_dir() {
        bail!("{named}: not a directory; name a directory to write the site into");
    }
    let files = files(ladder)?;
    let holds_files = dir.is_dir()
        && std::fs::read_dir(dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(false);
    if holds_files && !force {
        bail!(
            "{named}: the directory is not empty; pass --force to write the site over what is there"
        );
    }
    if holds_files {
        // Over a site already there, each file is replaced whole: when one
        // cannot be written, the one before stays.
        for sub in [dir.join("levels"), dir.join("skills")] {
            std::fs::create_dir_all(&sub)
                .with_context(|| format!("{}: cannot make the directory", shown(&sub)))?;
        }
        for (path, text) in &files {
            let target = dir.join(path);
            write_whole_unsynced(&target, text)
                .with_context(|| format!("{}: cannot write the page", shown(&target)))?;
        }
    } else {
        // Into a new or empty directory, straight into new files; when one
        // cannot be written, what this run made is removed again.
        let mut made = Vec::new();
        let written = write_fresh(dir, &files, &mut made);
        if written.is_err() {
            for path in made.iter().rev() {
                let _ = std::fs::remove_file(path).or_else(|_| std::fs::remove_dir(path));
            }
        }
        written?;
    }
    Ok(files.len())
}

/// A path as an error message shows it, control characters escaped.
fn shown(path: &Path) -> String {
    crate::output::escape::escape(&path.display().to_string()).into_owned()
}

/// Writes `files` into `dir`, which holds nothing, noting in `made` each
/// directory and file it makes.
fn write_fresh(
    dir: &Path,
    files: &[(PathBuf, String)],
    made: &mut Vec<PathBuf>,
) -> anyhow::Result<()> {
    for sub in [dir.to_path_buf(), dir.join("levels"), dir.join("skills")] {
        if !sub.is_dir() {
            std::fs::create_dir_all(&sub)
                .with_context(|| format!("{}: cannot make the directory", shown(&sub)))?;
            made.push(sub);
        }
    }
    for (path, text) in files {
        let target = dir.join(path);
        let mut file = std::fs::File::create_new(&target)
            .with_context(|| format!("{}: cannot write the page", shown(&target)))?;
        made.push(target.clone());
        file.write_all(text.as_bytes())
            .with_context(|| format!("{}: cannot write the page", shown(&target)))?;
    }
    Ok(())
}
