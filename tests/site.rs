//! `ladder site`: every page is written and every internal link resolves,
//! and an OUT_DIR that holds files is written over only with --force.

mod common;

use std::path::Path;

use common::ladder;
use common::site::{files, scratch, site};
use serde_json::Value;

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
    // A level's page draws its skill mix, and says it in words.
    let em = std::fs::read_to_string(dir.join("levels/em.html")).unwrap();
    let mix = common::json(&["diff", "em", "em"])["skill_mix"].clone();
    let words: Vec<String> = (common::json(&["export"])["categories"]
        .as_array()
        .unwrap()
        .iter())
    .map(|c| {
        format!(
            "{} {}",
            c["name"].as_str().unwrap(),
            mix[c["id"].as_str().unwrap()]["to"]
        )
    })
    .collect();
    let label = format!(
        "aria-label=\"Skills by category: Engineering Manager: {}\"",
        words.join(", ")
    );
    assert!(em.contains(&label), "{label} in {em}");
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
