//! The site `ladder site` writes, checked by axe-core in headless Chromium
//! for serious accessibility problems; the screenshots this saves under
//! target/site-screenshots are the ones to look at.

mod common;

use common::site::{chromium, element, scratch, screenshot, site};

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
        ("levels/em.html", "level-desktop", 1200, false),
        ("compare.html#em..director", "compare-desktop", 1200, false),
        ("compare.html#em..director", "compare-dark", 1200, true),
        ("compare.html#em..director", "compare-phone", 375, false),
    ] {
        screenshot(&dir, page, name, width, dark);
    }
}
