//! `ladder site`: the pages, their links, and the compare page in a real
//! headless Chromium: the diff it shows for every pair of the built-in
//! ladder's levels is `ladder diff`'s, the pages fit a phone, and a hostile
//! ladder's markup stays text.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use common::{fixture, ladder};
use serde_json::Value;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ladder-site-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Writes the site of `file` (the built-in ladder when `None`) into `dir`.
fn site(dir: &Path, file: Option<&str>) {
    let mut cmd = ladder();
    if let Some(file) = file {
        cmd.args(["--ladder", file]);
    }
    cmd.args(["site", dir.to_str().unwrap()])
        .assert()
        .success()
        .stdout("");
}

/// Every file of the site, relative to `dir`.
fn files(dir: &Path) -> BTreeSet<String> {
    let mut all = BTreeSet::new();
    for sub in ["", "levels", "skills"] {
        for entry in std::fs::read_dir(dir.join(sub)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                all.insert(
                    path.strip_prefix(dir)
                        .unwrap()
                        .to_str()
                        .unwrap()
                        .to_string(),
                );
            }
        }
    }
    all
}

#[test]
fn every_page_is_written_and_every_internal_link_resolves() {
    let dir = scratch("links");
    site(&dir, None);
    let all = files(&dir);
    for page in [
        "index.html",
        "compare.html",
        "ladder.json",
        "style.css",
        "compare.js",
        "levels/em.html",
        "skills/coaching.html",
    ] {
        assert!(all.contains(page), "{page} in {all:?}");
    }
    for page in all.iter().filter(|p| p.ends_with(".html")) {
        let text = std::fs::read_to_string(dir.join(page)).unwrap();
        let base = Path::new(page).parent().unwrap();
        for href in text
            .split("href=\"")
            .skip(1)
            .map(|h| h.split('"').next().unwrap())
        {
            if href.starts_with("https://") || href.starts_with("http://") || href.starts_with('#')
            {
                continue;
            }
            let target = href.split('#').next().unwrap();
            let resolved = dir.join(base).join(target);
            assert!(
                resolved.exists(),
                "{page} links to {href}, which is not there"
            );
        }
        // Nothing is loaded from elsewhere.
        assert!(!text.contains("src=\"http"), "{page}");
    }
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("ladder.json")).unwrap()).unwrap();
    assert_eq!(json["levels"].as_array().unwrap().len(), 8);
    // An OUT_DIR that holds files is written over only with --force.
    ladder()
        .args(["site", dir.to_str().unwrap()])
        .assert()
        .code(1);
    ladder()
        .args(["site", dir.to_str().unwrap(), "--force"])
        .assert()
        .success();
}

/// Loads `page` of the site in `dir` in headless Chromium, `width` pixels
/// wide, with `script` added after the page's own: the DOM it leaves.
fn chromium(dir: &Path, page: &str, width: u32, script: &str) -> String {
    let html = dir.join(page.split('#').next().unwrap());
    let text = std::fs::read_to_string(&html).unwrap();
    std::fs::write(dir.join("test.js"), script).unwrap();
    let tested = text.replace("</body>", "<script src=\"test.js\"></script>\n</body>");
    let copy = dir.join(format!(
        "tested-{}",
        html.file_name().unwrap().to_str().unwrap()
    ));
    std::fs::write(&copy, tested).unwrap();
    let url = format!(
        "file://{}{}",
        copy.display(),
        page.find('#').map_or("", |at| &page[at..])
    );
    let out = Process::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--virtual-time-budget=5000",
            "--dump-dom",
        ])
        .args(["--enable-logging=stderr", "--v=0"])
        .arg(format!("--window-size={width},900"))
        .arg(url)
        .output()
        .expect("chromium runs");
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{log}");
    // No script error, no request refused or failed, on any page.
    for bad in ["Uncaught", "Refused to", "Failed to load resource"] {
        assert!(
            !log.contains(bad),
            "{page}: {bad} in the browser's log:\n{log}"
        );
    }
    String::from_utf8(out.stdout).unwrap()
}

/// Saves a screenshot of `page` under target/site-screenshots, to look at.
fn screenshot(dir: &Path, page: &str, name: &str, width: u32, dark: bool) {
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/site-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let mut cmd = Process::new("chromium");
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
    ])
    .arg(format!(
        "--screenshot={}",
        shots.join(format!("{name}.png")).display()
    ))
    .arg(format!("--window-size={width},1200"));
    if dark {
        cmd.arg("--blink-settings=preferredColorScheme=0");
    }
    let out = cmd
        .arg(format!("file://{}/{page}", dir.display()))
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The text of the element `id` in `dom`.
fn element(dom: &str, id: &str) -> String {
    let start = dom
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id} in {dom}"));
    let start = start + dom[start..].find('>').unwrap() + 1;
    let end = start + dom[start..].find("</").unwrap();
    dom[start..end]
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
}

#[test]
#[ignore = "needs chromium; .ci/run installs it and runs this test"]
fn the_compare_page_shows_ladder_diff_for_every_pair_in_a_browser() {
    let dir = scratch("compare");
    site(&dir, None);
    // For each pair, pick it as a person would and read what the page shows.
    let script = r#"
var from = document.getElementById("from"), to = document.getElementById("to");
var seen = {};
Array.prototype.forEach.call(from.options, function (a) {
  Array.prototype.forEach.call(to.options, function (b) {
    from.value = a.value; to.value = b.value;
    from.dispatchEvent(new Event("change"));
    var result = document.getElementById("result");
    var lists = {};
    result.querySelectorAll("h3").forEach(function (h) {
      lists[h.textContent] = Array.prototype.map.call(h.nextElementSibling.querySelectorAll("li"), function (li) { return li.textContent; });
    });
    seen[a.value + ".." + b.value] = { title: result.querySelector("h2").textContent, hash: location.hash, lists: lists };
  });
});
var out = document.createElement("pre");
out.id = "test-out";
out.textContent = JSON.stringify(seen);
document.body.appendChild(out);
"#;
    let dom = chromium(&dir, "compare.html", 1200, script);
    let seen: Value = serde_json::from_str(&element(&dom, "test-out")).unwrap();
    let ids = common::DEFAULT_IDS;
    assert_eq!(seen.as_object().unwrap().len(), ids.len() * ids.len());
    for a in ids {
        for b in ids {
            let expected = common::json(&["diff", a, b]);
            let shown = &seen[format!("{a}..{b}")];
            assert_eq!(
                shown["hash"],
                format!("#{a}..{b}"),
                "the pair is in the address"
            );
            let names = |list: &Value| -> Vec<String> {
                list.as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s["name"].as_str().unwrap().to_string())
                    .collect()
            };
            let page = |title: &str| -> Vec<String> {
                let list = shown["lists"][title]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                list.iter()
                    .map(|s| s.as_str().unwrap().split(" (").next().unwrap().to_string())
                    .collect()
            };
            assert_eq!(
                page("Skills gained"),
                names(&expected["skills"]["gained"]),
                "{a}..{b}"
            );
            assert_eq!(
                page("Skills dropped"),
                names(&expected["skills"]["dropped"]),
                "{a}..{b}"
            );
            assert_eq!(
                page("Responsibilities gained"),
                names(&expected["responsibilities"]["gained"]),
                "{a}..{b}"
            );
            assert_eq!(
                page("Responsibilities dropped"),
                names(&expected["responsibilities"]["dropped"]),
                "{a}..{b}"
            );
        }
    }
    // A pair named in the address is shown as the page opens.
    let dom = chromium(&dir, "compare.html#staff..em", 1200, "");
    assert!(
        dom.contains("Staff Engineer → Engineering Manager"),
        "{dom}"
    );
}

#[test]
#[ignore = "needs chromium; .ci/run installs it and runs this test"]
fn pages_fit_a_phone_and_a_hostile_ladder_stays_text() {
    let dir = scratch("phone");
    site(&dir, None);
    let script = r#"
var out = document.createElement("pre");
out.id = "test-out";
out.textContent = document.documentElement.scrollWidth + " " + window.innerWidth;
document.body.appendChild(out);
"#;
    for page in [
        "index.html",
        "compare.html",
        "levels/em.html",
        "skills/coaching.html",
    ] {
        let dom = chromium(&dir, page, 375, script);
        let sizes = element(&dom, "test-out");
        let (scroll, view): (u32, u32) = {
            let mut parts = sizes.split(' ').map(|n| n.parse::<u32>().unwrap());
            (parts.next().unwrap(), parts.next().unwrap())
        };
        assert!(scroll <= view, "{page}: {scroll} wide in a {view} viewport");
    }
    // Names that are markup and script render as text, and no script of theirs runs.
    let hostile_dir = scratch("hostile");
    let text = std::fs::read_to_string(fixture("tests/fixtures/acme.yaml"))
        .unwrap()
        .replace("name: Developer", "name: \"<img src=x onerror=document.body.setAttribute('data-pwned','1')><script>document.body.setAttribute('data-pwned','1')</script>\"");
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
}

#[test]
#[ignore = "needs chromium and axe-core (npm); .ci/run installs both and runs this test"]
fn axe_finds_no_serious_accessibility_problem_and_screenshots_are_saved() {
    let axe = std::env::var("LADDER_AXE").unwrap_or_else(|_| {
        format!(
            "{}/target/npm/node_modules/axe-core/axe.min.js",
            env!("CARGO_MANIFEST_DIR")
        )
    });
    let axe = std::fs::read_to_string(&axe)
        .unwrap_or_else(|e| panic!("{axe}: {e}; run .ci/run, which installs axe-core"));
    let dir = scratch("axe");
    site(&dir, None);
    let script = format!(
        "{axe}\naxe.run(document).then(function (r) {{ var out = document.createElement('pre'); out.id = 'test-out'; \
         out.textContent = JSON.stringify(r.violations.filter(function (v) {{ return v.impact === 'serious' || v.impact === 'critical'; }}) \
         .map(function (v) {{ return v.id + ': ' + v.help; }})); document.body.appendChild(out); }});"
    );
    for page in [
        "index.html",
        "compare.html#em..director",
        "levels/em.html",
        "skills/coaching.html",
    ] {
        let dom = chromium(&dir, page, 1200, &script);
        assert_eq!(element(&dom, "test-out"), "[]", "{page}");
    }
    for (page, name, width, dark) in [
        ("index.html", "overview-desktop", 1200, false),
        ("index.html", "overview-phone", 375, false),
        ("index.html", "overview-dark", 1200, true),
        ("compare.html#em..director", "compare-desktop", 1200, false),
        ("compare.html#em..director", "compare-phone", 375, false),
    ] {
        screenshot(&dir, page, name, width, dark);
    }
}
