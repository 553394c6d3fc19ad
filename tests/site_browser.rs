//! The site `ladder site` writes, in a real headless Chromium: the compare
//! page shows `ladder diff` for every pair of the built-in ladder's levels,
//! pages fit a phone, and a hostile ladder's markup stays text.

mod common;

use common::site::{chromium, element, scratch, site};
use common::{fixture, ladder};
use serde_json::Value;

/// Asserts that what the compare page `shown` for `a..b` (its lists by
/// heading, and its skill-mix chart's words) is what `ladder diff a b` says
/// of the built-in ladder.
fn shows_ladder_diff(shown: &Value, a: &str, b: &str) {
    shows_diff_of(&[], shown, a, b);
}

/// What the page shows as a reader reads it: the marks that set names apart
/// from the text around them (U+2068, U+2069), which are not seen, left out.
fn as_read(value: Value) -> Value {
    match value {
        Value::String(text) => Value::String(text.replace(['\u{2068}', '\u{2069}'], "")),
        Value::Array(items) => Value::Array(items.into_iter().map(as_read).collect()),
        Value::Object(map) => {
            Value::Object(map.into_iter().map(|(k, v)| (k, as_read(v))).collect())
        }
        other => other,
    }
}

/// `shows_ladder_diff` for the ladder `ladder` names (`--ladder FILE`, or
/// nothing for the built-in one); where the page shows them, also the
/// direction, the route and the shifts.
fn shows_diff_of(ladder: &[&str], shown: &Value, a: &str, b: &str) {
    let expected = common::json(&[ladder, &["diff", a, b]].concat());
    if let Some(facts) = shown["facts"].as_object() {
        assert_eq!(facts["Direction"], expected["direction"], "{a}..{b}");
        let route: Vec<&str> = (expected["path"].as_array().unwrap().iter())
            .map(|id| shown["names"][id.as_str().unwrap()].as_str().unwrap())
            .collect();
        let route = match route.is_empty() {
            true => "no route joins these levels".to_string(),
            false => route.join(" → "),
        };
        assert_eq!(facts["Route"], route, "{a}..{b}");
        let shifts: Vec<String> = (expected["shifts"].as_array().unwrap().iter())
            .map(|s| {
                let name = shown["names"][s["level"].as_str().unwrap()]
                    .as_str()
                    .unwrap();
                format!("{name}: {}", s["text"].as_str().unwrap())
            })
            .collect();
        let listed = shown["lists"]["Shifts along the route"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert_eq!(
            Value::Array(listed),
            serde_json::json!(shifts),
            "{a}..{b}: shifts"
        );
        // Tracks by name, as the terminal's and Markdown's diff shows them.
        let tracks = common::json(&[ladder, &["export"]].concat())["tracks"].clone();
        let track_name = |id: &str| {
            (tracks.as_array().unwrap().iter())
                .find(|t| t["id"] == id)
                .map_or(id.to_string(), |t| t["name"].as_str().unwrap().to_string())
        };
        for (fact, field) in [("Role", "role"), ("Scope", "scope"), ("Track", "track")] {
            let change = &expected["changes"][field];
            let shown = facts.get(fact).and_then(Value::as_str);
            let told = |side: &str| {
                let value = change[side].as_str().unwrap();
                match field {
                    "track" => track_name(value),
                    _ => value.to_string(),
                }
            };
            match change["from"] == change["to"] {
                true => assert_eq!(shown, None, "{a}..{b}: {fact}"),
                false => assert_eq!(
                    shown,
                    Some(format!("{} → {}", told("from"), told("to")).as_str()),
                    "{a}..{b}: {fact}"
                ),
            }
        }
    }
    // A name, and what a kept duty was called before, as the page shows it.
    let names = |list: &Value| -> Vec<String> {
        (list.as_array().unwrap().iter())
            .map(|s| match s["was"].as_str() {
                Some(was) => format!("{} (was: {was})", s["name"].as_str().unwrap()),
                None => s["name"].as_str().unwrap().to_string(),
            })
            .collect()
    };
    // An entry, a skill's without the category the page adds in brackets.
    let page = |title: &str| -> Vec<String> {
        let list = shown["lists"][title]
            .as_array()
            .cloned()
            .unwrap_or_default();
        (list.iter())
            .map(|s| s.as_str().unwrap())
            .map(|s| match title.starts_with("Skills") {
                true => s.rsplit_once(" (").map_or(s, |(name, _)| name).to_string(),
                false => s.to_string(),
            })
            .collect()
    };
    for (list, what) in [
        ("skills", "Skills"),
        ("responsibilities", "Responsibilities"),
    ] {
        for change in ["gained", "dropped", "kept"] {
            assert_eq!(
                page(&format!("{what} {change}")),
                names(&expected[list][change]),
                "{a}..{b}: {what} {change}"
            );
        }
    }
    // The chart's words end with each category's counts, "from → to".
    let mix = expected["skill_mix"].as_object().unwrap();
    let counts: Vec<String> = (mix.values())
        .map(|m| format!("{} → {}", m["from"], m["to"]))
        .collect();
    let label = shown["mix"].as_str().unwrap_or_default();
    let words = label.rsplit(": ").next().unwrap();
    let drawn: Vec<String> = (words.split(", "))
        .map(|w| {
            let end: Vec<&str> = w.rsplitn(4, ' ').take(3).collect();
            end.into_iter().rev().collect::<Vec<_>>().join(" ")
        })
        .collect();
    assert_eq!(drawn, counts, "{a}..{b}: the skill mix in {label:?}");
}

/// A script for the compare page: picks every pair with the selects, as a
/// person would, and writes what the page shows for each into `#test-out`.
const EVERY_PAIR: &str = r#"
var from = document.getElementById("from"), to = document.getElementById("to");
var seen = {}, names = {};
Array.prototype.forEach.call(from.options, function (o) { names[o.value] = o.textContent; });
Array.prototype.forEach.call(from.options, function (a) {
  Array.prototype.forEach.call(to.options, function (b) {
    from.value = a.value; to.value = b.value;
    from.dispatchEvent(new Event("change"));
    var result = document.getElementById("result");
    var lists = {};
    result.querySelectorAll("h3").forEach(function (h) {
      lists[h.textContent] = Array.prototype.map.call(h.nextElementSibling.querySelectorAll("li"), function (li) { return li.textContent; });
    });
    var mix = result.querySelector("svg.mix");
    var facts = {};
    result.querySelectorAll("dl.facts dt").forEach(function (dt) { facts[dt.textContent] = dt.nextElementSibling.textContent; });
    seen[a.value + ".." + b.value] = { title: result.querySelector("h2").textContent, hash: location.hash, lists: lists, facts: facts, names: names, mix: mix && mix.getAttribute("aria-label") };
  });
});
var out = document.createElement("pre");
out.id = "test-out";
out.textContent = JSON.stringify(seen);
document.body.appendChild(out);
"#;

#[test]
#[ignore = "needs chromium; .ci/run installs it and runs this test"]
fn the_compare_page_shows_ladder_diff_for_every_pair_in_a_browser() {
    let dir = scratch("compare");
    site(&dir, None);
    // For each pair, pick it as a person would and read what the page shows.
    let script = EVERY_PAIR;
    let dom = chromium(&dir, "compare.html", 1200, script);
    let seen = as_read(serde_json::from_str(&element(&dom, "test-out")).unwrap());
    let ids = common::DEFAULT_IDS;
    assert_eq!(seen.as_object().unwrap().len(), ids.len() * ids.len());
    for a in ids {
        for b in ids {
            let shown = &seen[format!("{a}..{b}")];
            assert_eq!(
                shown["hash"],
                format!("#{a}..{b}"),
                "the pair is in the address"
            );
            shows_ladder_diff(shown, a, b);
        }
    }
    // A pair named in the address is shown as the page opens.
    let dom = chromium(&dir, "compare.html#staff..em", 1200, "");
    assert!(
        dom.contains("Staff Engineer → Engineering Manager"),
        "{dom}"
    );
    // An address that is not even well encoded opens the page's first pair.
    let dom = chromium(&dir, "compare.html#staff..%zz", 1200, "");
    let result = dom.split("id=\"result\"").nth(1).unwrap_or_default();
    assert!(result.contains("<h2>"), "{dom}");
    // The chart the script draws is the chart `ladder` drew for the same pair
    // in the page's no-script part: the same shapes, places and words.
    let script = r##"
function shapes(svg) {
  return [svg.getAttribute("viewBox"), svg.getAttribute("aria-label")].concat(
    Array.prototype.map.call(svg.children, function (node) {
      var attrs = Array.prototype.map.call(node.attributes, function (a) { return a.name + "=" + a.value; }).sort();
      return node.tagName + " " + attrs.join(" ") + " " + node.textContent;
    }));
}
var drawn = document.querySelector("#result svg.mix");
var label = drawn.getAttribute("aria-label");
var made = Array.prototype.filter.call(document.querySelectorAll("section svg.mix"), function (svg) {
  return !svg.closest("#result") && svg.getAttribute("aria-label") === label;
});
var out = document.createElement("pre");
out.id = "test-out";
out.textContent = JSON.stringify({ made: made.length, same: made.length === 1 && JSON.stringify(shapes(made[0])) === JSON.stringify(shapes(drawn)), drawn: shapes(drawn), rendered: made.length ? shapes(made[0]) : [] });
document.body.appendChild(out);
"##;
    for (dir, page) in [
        (dir.clone(), "compare.html#em..director"),
        (long_names(), "compare.html#dev..senior-dev"),
    ] {
        let dom = chromium(&dir, page, 1200, script);
        let charts: Value = serde_json::from_str(&element(&dom, "test-out")).unwrap();
        assert_eq!(charts["made"], 1, "{charts}");
        assert_eq!(charts["drawn"], charts["rendered"]);
        assert_eq!(charts["same"], true);
    }
}

/// The site of a ladder whose two first levels have long names that differ
/// only at their end, with wide characters and an emoji: the script and
/// `ladder` must cut them alike, and apart.
fn long_names() -> std::path::PathBuf {
    let dir = scratch("long-names");
    let name = |n: &str| format!("\"Senior Software Engineer 工程师 🚀 {n}\"");
    let text = std::fs::read_to_string(fixture("tests/fixtures/acme.yaml"))
        .unwrap()
        .replace("name: Developer", &format!("name: {}", name("II")))
        .replace("name: Senior Developer", &format!("name: {}", name("III")));
    let file = dir.with_extension("yaml");
    std::fs::write(&file, text).unwrap();
    site(&dir, Some(file.to_str().unwrap()));
    dir
}

#[test]
#[ignore = "needs chromium; .ci/run installs it and runs this test"]
fn the_compare_page_works_out_ladder_diff_for_every_pair_of_a_forked_ladder() {
    // Two tracks of twelve levels: routes up, down, across and mixed, ranges,
    // shifts, and levels no route joins to nothing but themselves.
    let dir = scratch("forked");
    let file = dir.with_extension("yaml");
    std::fs::write(&file, common::site::forked(12)).unwrap();
    site(&dir, Some(file.to_str().unwrap()));
    let dom = chromium(&dir, "compare.html", 1200, EVERY_PAIR);
    let seen = as_read(serde_json::from_str(&element(&dom, "test-out")).unwrap());
    let seen = seen.as_object().unwrap();
    assert_eq!(seen.len(), 24 * 24);
    let ladder = ["--ladder", file.to_str().unwrap()];
    for (pair, shown) in seen {
        let (a, b) = pair.split_once("..").unwrap();
        shows_diff_of(&ladder, shown, a, b);
    }
}

/// Each of `pages` of the site in `dir`, 375 px wide (or Chromium's
/// narrowest window), is no wider than its window.
fn fit_a_phone(dir: &std::path::Path, pages: &[&str]) {
    let script = r#"
var out = document.createElement("pre");
out.id = "test-out";
out.textContent = document.documentElement.scrollWidth + " " + window.innerWidth;
document.body.appendChild(out);
"#;
    for page in pages {
        let dom = chromium(dir, page, 375, script);
        let sizes = element(&dom, "test-out");
        let mut parts = sizes.split(' ').map(|n| n.parse::<u32>().unwrap());
        let (scroll, view) = (parts.next().unwrap(), parts.next().unwrap());
        assert!(scroll <= view, "{page}: {scroll} wide in a {view} viewport");
    }
}

#[test]
#[ignore = "needs chromium; .ci/run installs it and runs this test"]
fn pages_fit_a_phone_and_a_hostile_ladder_stays_text() {
    let dir = scratch("phone");
    site(&dir, None);
    let pages = [
        "index.html",
        "compare.html",
        "levels/em.html",
        "skills/coaching.html",
    ];
    fit_a_phone(&dir, &pages);
    // Long words (a compound, a long name) break rather than widen a page.
    let long_dir = scratch("long-words");
    let long = "Softwareentwicklungsingenieurinnenabteilungsleitung";
    let text = std::fs::read_to_string(fixture("tests/fixtures/acme.yaml"))
        .unwrap()
        .replace("name: Developer", &format!("name: {long}"))
        .replace(
            "name: Senior Developer",
            &format!("name: Senior {long} Expert"),
        )
        .replace("name: Rust,", &format!("name: {long},"));
    let file = long_dir.with_extension("yaml");
    std::fs::write(&file, text).unwrap();
    site(&long_dir, Some(file.to_str().unwrap()));
    let pages = [
        "index.html",
        "compare.html#dev..senior-dev",
        "levels/dev.html",
        "skills/rust.html",
    ];
    fit_a_phone(&long_dir, &pages);
    // Names that are markup and script render as text, and no script of theirs runs.
    let hostile_dir = scratch("hostile");
    let text = std::fs::read_to_string(fixture("tests/fixtures/acme.yaml"))
        .unwrap()
        .replace("name: Developer", "name: \"<!--<script><img src=x onerror=document.body.setAttribute('data-pwned','1')><script>document.body.setAttribute('data-pwned','1')</script>\"");
    let file = hostile_dir.with_extension("yaml");
    std::fs::write(&file, text).unwrap();
    site(&hostile_dir, Some(file.to_str().unwrap()));
    for page in ["index.html", "levels/dev.html", "compare.html#dev..tl"] {
        let dom = chromium(&hostile_dir, page, 1200, "");
        assert!(
            !dom.contains("data-pwned=\"1\""),
            "{page}: a script from the ladder ran"
        );
        assert!(
            dom.contains("&lt;script&gt;document.body.setAttribute"),
            "{page}: the name shows as text"
        );
    }
    // The page's own script still runs: the name's `<!--<script>` does not
    // keep the embedded data's element open over it.
    let dom = chromium(&hostile_dir, "compare.html#dev..tl", 1200, "");
    assert!(
        dom.contains("<form class=\"pick\" id=\"pick\">"),
        "the picker is shown"
    );
    assert!(
        element(&dom, "result").contains("<!--<script><img"),
        "the pair is shown, its name as text"
    );
}

#[test]
#[ignore = "needs chromium and puppeteer-core (npm); .ci/run installs both and runs this test"]
fn a_pair_picked_with_the_keyboard_shows_ladder_diff_and_pages_print_without_navigation() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let (modules, _) = common::npm_package("puppeteer-core");
    let dir = scratch("keyboard");
    site(&dir, None);
    let shots = root.join("target/site-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let saved = [
        "compare-print.png",
        "overview-print.png",
        "readme-compare.webp",
        "readme-overview.webp",
    ];
    for shot in saved {
        let _ = std::fs::remove_file(shots.join(shot));
    }
    let (a, b) = ("tech-lead", "director");
    let at = |id: &str| common::DEFAULT_IDS.iter().position(|l| *l == id).unwrap();
    let out = std::process::Command::new("node")
        .arg(root.join("tests/browser/keyboard.cjs"))
        .arg(&dir)
        .args([at(a).to_string(), at(b).to_string()])
        .arg(&shots)
        .env("NODE_PATH", &modules)
        .output()
        .expect("node runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = as_read(serde_json::from_slice(&out.stdout).unwrap());
    assert_eq!(
        report["errors"],
        serde_json::json!([]),
        "the browser's errors"
    );
    // Tab reaches both selects, and every stop on the way shows the focus.
    let stops = report["tabbed"].as_array().unwrap();
    assert!(
        stops.iter().all(|s| s["outline"] == true),
        "a focus without an outline: {stops:?}"
    );
    let shown = &report["shown"];
    assert_eq!(
        (shown["from"].as_str(), shown["to"].as_str()),
        (Some(a), Some(b))
    );
    assert_eq!(
        shown["hash"],
        format!("#{a}..{b}"),
        "the pair is in the address"
    );
    assert_eq!(shown["title"], "Tech Lead → Director of Engineering");
    shows_ladder_diff(shown, a, b);
    // On paper, neither the navigation nor the picker is printed.
    assert_eq!(report["printed"]["nav"], "none");
    assert_eq!(report["printed"]["picker"], "none");
    for shot in saved {
        assert!(shots.join(shot).is_file(), "{shot}");
    }
}

#[test]
#[ignore = "needs chromium; .ci/run installs it and runs this test"]
fn a_ladder_without_skills_says_so_on_the_compare_page() {
    // The FT's format has duties and no skills.
    let out = ladder()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "import",
            "--from",
            "ft",
            "tests/fixtures/import/ft/family.yml",
        ])
        .assert()
        .success();
    let dir = scratch("no-skills");
    let file = dir.with_extension("yaml");
    std::fs::write(&file, &out.get_output().stdout).unwrap();
    site(&dir, Some(file.to_str().unwrap()));
    let dom = chromium(&dir, "compare.html#associate..engineer", 1200, "");
    let result = dom
        .split("id=\"result\"")
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .unwrap();
    assert!(
        result.contains("Neither level lists any skill."),
        "{result}"
    );
    assert!(!result.contains("svg"), "no chart of nothing: {result}");
}

/// A shift of several paragraphs keeps its blank line on the compare page,
/// as on a level's page.
#[test]
#[ignore = "needs chromium; .ci/run installs it and runs this test"]
fn a_shift_of_paragraphs_keeps_them_apart_on_the_compare_page() {
    let text = std::fs::read_to_string(common::fixture(common::ACME))
        .unwrap()
        .replacen(
            "shift: From code to people.",
            "shift: \"From code to people.\\n\\nThen to teams.\"",
            1,
        );
    let dir = scratch("shift-paragraphs");
    let file = dir.with_extension("yaml");
    std::fs::write(&file, text).unwrap();
    site(&dir, Some(file.to_str().unwrap()));
    let script = r#"
    var li = document.querySelector("ul.texts li");
    document.body.setAttribute("data-shift", JSON.stringify({
      text: li.textContent, space: getComputedStyle(li).whiteSpace, height: li.getBoundingClientRect().height,
      line: parseFloat(getComputedStyle(li).lineHeight)
    }));
    "#;
    let dom = chromium(&dir, "compare.html#senior-dev..team-lead", 1200, script);
    let found = dom.split("data-shift=\"").nth(1).unwrap();
    let found = found[..found.find('"').unwrap()].replace("&quot;", "\"");
    let found = as_read(serde_json::from_str(&found).unwrap());
    assert_eq!(
        found["text"],
        "Team Lead: From code to people.\n\nThen to teams."
    );
    assert_eq!(found["space"], "pre-line");
    // Three lines: the first paragraph, the blank line, the second.
    let lines = found["height"].as_f64().unwrap() / found["line"].as_f64().unwrap();
    assert!((lines - 3.0).abs() < 0.5, "{found}");
}

/// An address names the pair as `ladder` takes level names: an alias or a
/// name in any case opens that pair (the address then by id); a name of no
/// level opens the first pair and says so. Names are set apart from the
/// arrows between them, so that right-to-left ones keep the route's order.
#[test]
#[ignore = "needs chromium; .ci/run installs it and runs this test"]
fn the_compare_page_takes_levels_by_alias_and_name_and_says_when_it_cannot() {
    let dir = scratch("compare-names");
    site(&dir, None);
    let script = r#"
var result = document.getElementById("result");
var note = result.querySelector("p");
var out = document.createElement("pre");
out.id = "test-out";
out.textContent = JSON.stringify({ hash: location.hash, title: result.querySelector("h2").textContent,
  note: note ? note.textContent : null });
document.body.appendChild(out);
"#;
    let seen = |address: &str| -> Value {
        let dom = chromium(&dir, &format!("compare.html#{address}"), 1200, script);
        serde_json::from_str(&element(&dom, "test-out")).unwrap()
    };
    let by_alias = seen("MANAGER..director%20of%20engineering");
    assert_eq!(by_alias["hash"], "#em..director");
    assert_eq!(
        by_alias["title"],
        "\u{2068}Engineering Manager\u{2069} → \u{2068}Director of Engineering\u{2069}"
    );
    assert_eq!(by_alias["note"], Value::Null);
    let unknown = seen("senior..nope");
    let first = seen("");
    // The first pair, the one shown with no address, and the address says it.
    assert_eq!(unknown["title"], first["title"]);
    assert_eq!(unknown["hash"], "#senior..tech-lead");
    let note = unknown["note"].as_str().unwrap();
    assert!(
        note.starts_with("No level 'nope' in this ladder: here is \u{2068}"),
        "{note}"
    );
    let empty = seen("..");
    assert_eq!(empty["title"], first["title"]);
    let note = empty["note"].as_str().unwrap();
    assert!(
        note.starts_with("The address names no pair of levels: here is "),
        "{note}"
    );
}

/// A chart of many tracks is shown at its own size in a frame that scrolls,
/// not shrunk until its words cannot be read, and the page stays as wide as
/// the window.
#[test]
#[ignore = "needs chromium; .ci/run installs it and runs this test"]
fn a_wide_chart_scrolls_in_its_frame_rather_than_shrink() {
    let dir = scratch("wide-chart");
    let tracks: Vec<String> = (0..8)
        .map(|t| format!("{{id: t{t}, name: T{t}}}"))
        .collect();
    let mut text = format!(
        "schema: 1\ntitle: T\ntracks: [{}]\nskills: []\nlevels:\n",
        tracks.join(", ")
    );
    for t in 0..8 {
        text.push_str(&format!(
            "  - {{id: l{t}, name: L{t}, track: t{t}, role: r, scope: s, responsibilities: [{{id: d, name: D}}], skills: []}}\n"
        ));
    }
    let file = dir.with_extension("yaml");
    std::fs::write(&file, text).unwrap();
    site(&dir, Some(file.to_str().unwrap()));
    let script = r#"
var svg = document.querySelector(".chart svg");
var out = document.createElement("pre");
out.id = "test-out";
out.textContent = JSON.stringify({ drawn: svg.getBoundingClientRect().width, size: Number(svg.getAttribute("width")),
  page: document.documentElement.scrollWidth, window: window.innerWidth });
document.body.appendChild(out);
"#;
    let dom = chromium(&dir, "index.html", 800, script);
    let seen: Value = serde_json::from_str(&element(&dom, "test-out")).unwrap();
    assert_eq!(seen["drawn"].as_f64(), seen["size"].as_f64(), "{seen}");
    assert!(seen["page"].as_f64() <= seen["window"].as_f64(), "{seen}");
}
