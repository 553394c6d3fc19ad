//! `ladder site`: every page is written and every internal link resolves,
//! and an OUT_DIR that holds files is written over only with --force.

mod common;

use std::path::Path;

use common::ladder;
use common::site::{chain, files, scratch, site};
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
    // Pages lead to each other: a level's skills to their pages, a skill's
    // levels to theirs, the overview's table of levels to each level.
    let read = |page: &str| std::fs::read_to_string(dir.join(page)).unwrap();
    for (page, link) in [
        (
            "levels/em.html",
            "<a href=\"../skills/coaching.html\"><bdi>Coaching</bdi></a>",
        ),
        (
            "skills/coaching.html",
            "<a href=\"../levels/em.html\"><bdi>Engineering Manager</bdi></a>",
        ),
        (
            "index.html",
            "<a href=\"levels/em.html\"><code>em</code></a>",
        ),
    ] {
        assert!(read(page).contains(link), "{link} in {page}");
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
    // A file where the site keeps its pages is named, not overwritten.
    std::fs::remove_dir_all(dir.join("levels")).unwrap();
    std::fs::write(dir.join("levels"), "mine\n").unwrap();
    let out = (ladder().args(["site", dir.to_str().unwrap(), "--force"]))
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.ends_with(
            "levels: not a directory, and the site keeps its pages there; move it out of the way\n"
        ),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("levels")).unwrap(),
        "mine\n"
    );
    // A directory where the site writes a file: nothing is written, and no
    // file of the site there is changed (they are put in place together).
    std::fs::remove_file(dir.join("levels")).unwrap();
    std::fs::remove_file(dir.join("style.css")).unwrap();
    std::fs::create_dir(dir.join("style.css")).unwrap();
    std::fs::write(dir.join("index.html"), "old\n").unwrap();
    let out = (ladder().args(["site", dir.to_str().unwrap(), "--force"]))
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.ends_with("style.css: not a file, and the site writes a file there; move it out of the way (nothing was written)\n"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("index.html")).unwrap(),
        "old\n"
    );
    let staged = |dir: &std::path::Path| -> Vec<std::path::PathBuf> {
        (walk(dir).into_iter())
            .filter(|p| p.to_string_lossy().contains(".ladder-staged."))
            .collect()
    };
    assert!(staged(&dir).is_empty(), "{:?}", staged(&dir));
    // Under a file, or at a link that leads nowhere, no site is made.
    let file = dir.join("ladder.json");
    let stderr = common::failure(["site", file.join("sub").to_str().unwrap()]);
    assert!(
        stderr.ends_with(
            "ladder.json: a file, not a directory; name a directory to write the site into\n"
        ),
        "{stderr}"
    );
    #[cfg(unix)]
    {
        let link = dir.with_extension("link");
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(dir.join("nowhere"), &link).unwrap();
        let stderr = common::failure(["site", link.to_str().unwrap()]);
        assert!(
            stderr.ends_with(
                ": a symbolic link that leads nowhere (or round in a loop); name a directory to write the site into\n"
            ),
            "{stderr}"
        );
    }
    // What a killed run left staged (named by its process id, which runs no
    // more) is the next run's to remove; a file of the user's is not.
    std::fs::remove_dir(dir.join("style.css")).unwrap();
    let gone = 4_000_000_000u32;
    std::fs::write(
        dir.join(format!("index.html.ladder-staged.{gone}")),
        "half\n",
    )
    .unwrap();
    std::fs::write(
        dir.join(format!("levels/gone.html.ladder-staged.{gone}")),
        "half\n",
    )
    .unwrap();
    std::fs::write(dir.join("notes.ladder-staged"), "mine\n").unwrap();
    ladder()
        .args(["site", dir.to_str().unwrap(), "--force"])
        .assert()
        .success();
    assert!(staged(&dir).is_empty(), "{:?}", staged(&dir));
    assert!(dir.join("notes.ladder-staged").exists());
    // A name through a directory that is not there is refused, not written
    // beside what it names.
    let stderr = common::failure(["site", dir.join("new/..").to_str().unwrap()]);
    assert!(
        stderr.ends_with(
            "new/..: '..' follows a directory that is not there; name the directory without it\n"
        ),
        "{stderr}"
    );
    assert!(!dir.join("new").exists());
    let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(index.starts_with("<!doctype html>"), "{index}");
}

/// Every file under `dir`.
fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        match path.is_dir() {
            true => found.extend(walk(&path)),
            false => found.push(path),
        }
    }
    found
}

#[test]
fn a_large_ladder_embeds_its_data_and_renders_the_diff_of_every_neighbouring_pair() {
    // The page's script works out any pair's diff from the ladder's data,
    // which grows with the levels, not with the pairs.
    let n = 30;
    let dir = scratch("large");
    let file = dir.with_extension("yaml");
    std::fs::write(&file, chain(n)).unwrap();
    site(&dir, Some(file.to_str().unwrap()));
    let page = std::fs::read_to_string(dir.join("compare.html")).unwrap();
    let data = page
        .split("id=\"ladder-data\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .unwrap();
    let data: Value = serde_json::from_str(data).unwrap();
    let levels = data["levels"].as_array().unwrap();
    assert_eq!(levels.len(), n);
    for (i, level) in levels.iter().enumerate() {
        assert_eq!(level["id"], format!("l{i}"));
        let mut edges = Vec::new();
        if i + 1 < n {
            edges.push(serde_json::json!([i + 1, "up"]));
        }
        if i > 0 {
            edges.push(serde_json::json!([i - 1, "down"]));
        }
        assert_eq!(level["edges"], Value::Array(edges), "l{i}");
        assert_eq!(level["depth"], i);
    }
    // Without script, each promotion's diff is shown in order, under its names.
    let sections: Vec<&str> = page.split("<section>").skip(1).collect();
    assert_eq!(sections.len(), n - 1);
    for (i, section) in sections.iter().enumerate() {
        let title = format!(
            "<h2><a href=\"levels/l{i}.html\"><bdi>Level {i}</bdi></a> → <a href=\"levels/l{j}.html\"><bdi>Level {j}</bdi></a></h2>",
            j = i + 1
        );
        assert!(section.starts_with(&title), "{title} opens {section}");
        assert!(section.contains("<h3>Skill mix</h3>"), "{section}");
    }
}

/// A ladder of one level has no move to lay out, and its compare page says so
/// under the heading rather than leave the heading alone.
#[test]
fn a_ladder_without_moves_says_so_on_the_compare_page() {
    let dir = scratch("one-level");
    let file = dir.with_extension("yaml");
    std::fs::write(&file, chain(1)).unwrap();
    site(&dir, Some(file.to_str().unwrap()));
    let page = std::fs::read_to_string(dir.join("compare.html")).unwrap();
    assert!(page.contains(
        "<h2>Promotions and lateral moves</h2>\n<p>No promotion or lateral move joins two levels of this ladder.</p>"
    ));
    assert!(!page.contains("<section>"));
}
