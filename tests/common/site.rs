//! Helpers of the site tests: a scratch directory, `ladder site` into it, and
//! headless Chromium loading its pages.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use super::ladder;

/// A fresh directory under the system's temporary one, for the test `name`.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ladder-site-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Writes the site of `file` (the built-in ladder when `None`) into `dir`.
pub fn site(dir: &Path, file: Option<&str>) {
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
pub fn files(dir: &Path) -> BTreeSet<String> {
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

/// Loads `page` of the site in `dir` in headless Chromium, `width` pixels
/// wide, with `script` added after the page's own: the DOM it leaves.
pub fn chromium(dir: &Path, page: &str, width: u32, script: &str) -> String {
    let html = dir.join(page.split('#').next().unwrap());
    let text = std::fs::read_to_string(&html).unwrap();
    // The copy sits beside the page, so that its links (`../style.css`) hold.
    std::fs::write(html.with_file_name("test.js"), script).unwrap();
    let tested = text.replace("</body>", "<script src=\"test.js\"></script>\n</body>");
    let copy = html.with_file_name(format!(
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
pub fn screenshot(dir: &Path, page: &str, name: &str, width: u32, dark: bool) {
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
pub fn element(dom: &str, id: &str) -> String {
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

/// A ladder of `n` levels in one chain of promotions, each with a duty and
/// one or two skills.
pub fn chain(n: usize) -> String {
    let mut out = String::from(
        "schema: 1\ntitle: A long chain\ntracks:\n  - {id: ic, name: Individual contributor}\n\
         skills:\n  - {id: craft, name: Craft, category: technical}\n  - {id: care, name: Care, category: relational}\nlevels:\n",
    );
    for i in 0..n {
        out.push_str(&format!(
            "  - id: l{i}\n    name: Level {i}\n    track: ic\n    role: Level {i} of the chain.\n    scope: scope {i}\n    \
             responsibilities:\n      - {{id: duty-{i}, name: Duty {i}}}\n    skills: [{}]\n",
            if i % 2 == 0 { "craft" } else { "craft, care" }
        ));
        if i + 1 < n {
            out.push_str(&format!("    next: [l{}]\n", i + 1));
        }
    }
    out
}

/// A ladder of two tracks of `n` levels each that fork at the first level,
/// with a lateral move between every third pair of peers, a shift on every
/// other level and a coding range on some: routes up, down, across and
/// mixed, and diffs with every field, for the compare page's script.
pub fn forked(n: usize) -> String {
    let mut out = String::from(
        "schema: 1\ntitle: A fork\ntracks:\n  - {id: ic, name: Individual contributor}\n  - {id: lead, name: Leadership}\n\
         skills:\n  - {id: craft, name: Craft, category: technical}\n  - {id: care, name: Care, category: relational}\n  - {id: plan, name: Planning, category: organizational}\nlevels:\n",
    );
    for (track, prefix) in [("ic", "a"), ("lead", "b")] {
        for i in 0..n {
            let skills = ["craft", "craft, care", "care, plan", "plan"][(i + prefix.len() * 2) % 4];
            out.push_str(&format!(
                "  - id: {prefix}{i}\n    name: {track} {i}\n    track: {track}\n    role: Role {prefix}{}.\n    scope: scope {}\n    \
                 responsibilities:\n      - {{id: duty-{}, name: Duty {}}}\n      - {{id: {prefix}-own-{i}, name: Own {prefix}{i}}}\n    skills: [{skills}]\n",
                i / 2,
                i / 3,
                i % 5,
                i % 5
            ));
            if i % 2 == 1 {
                out.push_str(&format!("    shift: Shift into {prefix}{i}.\n"));
            }
            if i % 4 == 0 {
                out.push_str(&format!("    coding: {{min: {}, max: {}}}\n", i, i + 10));
            }
            let mut next = Vec::new();
            if i + 1 < n {
                next.push(format!("{prefix}{}", i + 1));
            }
            if prefix == "a" && i == 0 {
                next.push("b0".to_string());
            }
            if !next.is_empty() {
                out.push_str(&format!("    next: [{}]\n", next.join(", ")));
            }
            if prefix == "a" && i > 0 && i % 3 == 0 {
                out.push_str(&format!("    lateral: [b{}]\n", i - 1));
            }
        }
    }
    out
}
