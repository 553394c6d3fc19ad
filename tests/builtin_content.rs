//! The built-in ladder's content: the story its skill mix tells, its words kept
//! apart from the article it draws on, skills kept apart from duties, duties
//! that continue keeping their id, and a source for every range and pairing.

mod common;

use std::collections::HashSet;

use common::ladder;
use serde_json::Value;

/// The built-in ladder as its file says it.
fn builtin() -> Value {
    let out = ladder().args(["--format", "json", "export"]).unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

fn level<'a>(ladder: &'a Value, id: &str) -> &'a Value {
    let levels = ladder["levels"].as_array().unwrap();
    levels.iter().find(|l| l["id"] == id).unwrap()
}

/// How many of the level's skills fall in each category.
fn mix(ladder: &Value, id: &str) -> Vec<(String, usize)> {
    let category = |skill: &Value| {
        let skills = ladder["skills"].as_array().unwrap();
        let entry = skills.iter().find(|s| s["id"] == *skill).unwrap();
        entry["category"].as_str().unwrap().to_string()
    };
    let mut counts: Vec<(String, usize)> = Vec::new();
    for skill in level(ladder, id)["skills"].as_array().unwrap() {
        let category = category(skill);
        match counts.iter_mut().find(|(c, _)| *c == category) {
            Some((_, n)) => *n += 1,
            None => counts.push((category, 1)),
        }
    }
    counts
}

/// Whether `category` has more of the level's skills than any other.
fn strictly_largest(ladder: &Value, id: &str, category: &str) -> bool {
    let mix = mix(ladder, id);
    let count = |c: &str| mix.iter().find(|(k, _)| k == c).map_or(0, |(_, n)| *n);
    let own = count(category);
    own > 0 && mix.iter().all(|(c, n)| c == category || *n < own)
}

#[test]
fn the_skill_mix_tells_the_guides_story() {
    let ladder = builtin();
    for (id, category) in [
        ("tech-lead", "technical"),
        ("em", "relational"),
        ("director", "organizational"),
        ("vp", "business"),
        ("staff", "technical"),
        ("principal", "technical"),
    ] {
        assert!(
            strictly_largest(&ladder, id, category),
            "{id} should lead with {category} skills: {:?}",
            mix(&ladder, id)
        );
    }
}

/// Lower-case words, with every mark that is not a letter or digit a break.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// FNV-1a, 64 bits: a stable hash for the fingerprints of the article.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The hashes of every run of eight consecutive words of `text`.
fn runs_of_eight(text: &str) -> HashSet<u64> {
    let words = words(text);
    words.windows(8).map(|run| fnv(&run.join(" "))).collect()
}

const FINGERPRINTS: &str = "tests/fixtures/article-runs.txt";
const ARTICLE: &str = "../shared/seed";
const TITLE: &str = "The Engineering Management Career Track: A Detailed Guide";

/// The article's runs of eight words, kept as hashes so that the repository
/// holds no copy of the article.
fn article_runs() -> HashSet<u64> {
    let text = std::fs::read_to_string(FINGERPRINTS).unwrap();
    let runs = text.lines().filter(|l| !l.starts_with('#'));
    runs.map(|l| u64::from_str_radix(l, 16).unwrap()).collect()
}

#[test]
fn the_ladder_says_nothing_in_the_articles_words() {
    let article = article_runs();
    assert!(article.len() > 1000, "the fingerprints cover the article");
    let yaml = std::fs::read_to_string("data/ladder.yaml").unwrap();
    // The article's title, where the ladder cites it, is the one run allowed:
    // the text on either side of it is checked on its own.
    let mut copied = Vec::new();
    for part in yaml.split(TITLE) {
        let words = words(part);
        for run in words.windows(8) {
            if article.contains(&fnv(&run.join(" "))) {
                copied.push(run.join(" "));
            }
        }
    }
    assert!(
        copied.is_empty(),
        "runs of the article's words: {copied:#?}"
    );
}

/// The fingerprints match the article where it is at hand (the project's
/// working tree has it beside the repository; a clone alone does not).
#[test]
fn the_fingerprints_are_the_articles() {
    let Ok(entries) = std::fs::read_dir(ARTICLE) else {
        eprintln!("{ARTICLE} is not here; the stored fingerprints stand");
        return;
    };
    // The article's text files, in name order.
    let mut paths: Vec<std::path::PathBuf> = (entries.filter_map(Result::ok))
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut text = String::new();
    for path in paths {
        text.push_str(&std::fs::read_to_string(path).unwrap());
        text.push('\n');
    }
    let mut hashes: Vec<u64> = runs_of_eight(&text).into_iter().collect();
    hashes.sort_unstable();
    let mut expected = String::from(
        "# FNV-1a hashes of every run of eight words of the article the built-in ladder\n\
         # draws on (lower case, marks as breaks), written by tests/builtin_content.rs.\n",
    );
    for hash in hashes {
        expected.push_str(&format!("{hash:016x}\n"));
    }
    if std::env::var_os("LADDER_WRITE_FINGERPRINTS").is_some() {
        std::fs::write(FINGERPRINTS, &expected).unwrap();
    }
    let stored = std::fs::read_to_string(FINGERPRINTS).unwrap_or_default();
    assert!(
        stored == expected,
        "{FINGERPRINTS} is stale; run with LADDER_WRITE_FINGERPRINTS=1"
    );
}

#[test]
fn no_skill_is_a_duty_under_its_own_name() {
    let ladder = builtin();
    let fold = |v: &Value| v.as_str().unwrap().to_lowercase();
    let mut duties = HashSet::new();
    for level in ladder["levels"].as_array().unwrap() {
        for duty in level["responsibilities"].as_array().unwrap() {
            duties.insert(fold(&duty["id"]));
            duties.insert(fold(&duty["name"]));
        }
    }
    for skill in ladder["skills"].as_array().unwrap() {
        for key in [fold(&skill["id"]), fold(&skill["name"])] {
            assert!(!duties.contains(&key), "skill {key} is also a duty");
        }
    }
}

/// The ids of a plan's list of duties.
fn ids(list: &Value) -> Vec<&str> {
    let list = list.as_array().unwrap().iter();
    list.map(|d| d["id"].as_str().unwrap()).collect()
}

/// `ladder --format json COMMAND FROM TO`.
fn between(command: &str, from: &str, to: &str) -> Value {
    let out = ladder()
        .args(["--format", "json", command, from, to])
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_duty_that_continues_is_kept_not_handed_off() {
    let data = builtin();
    // For every promotion, the duties the level above still holds, in its own words.
    let continuing = [
        (
            "senior",
            "tech-lead",
            &[
                "write-code",
                "lead-projects",
                "develop-people",
                "technical-decisions",
            ][..],
        ),
        (
            "senior",
            "staff",
            &[
                "write-code",
                "lead-projects",
                "develop-people",
                "technical-decisions",
            ],
        ),
        (
            "staff",
            "principal",
            &[
                "write-code",
                "lead-projects",
                "technical-decisions",
                "solve-hard-problems",
                "develop-people",
            ],
        ),
        ("tech-lead", "em", &["develop-people"]),
        (
            "em",
            "director",
            &["develop-people", "hiring", "cross-functional-alignment"],
        ),
        (
            "director",
            "vp",
            &[
                "develop-people",
                "technical-strategy",
                "cross-functional-alignment",
                "hiring",
            ],
        ),
    ];
    for (from, to, duties) in continuing {
        let handed_off = between("plan", from, to)["hand_off"].clone();
        let kept = between("diff", from, to)["responsibilities"]["kept"].clone();
        for id in duties {
            assert!(
                !ids(&handed_off).contains(id),
                "{from} → {to} hands off {id}"
            );
            assert!(
                ids(&kept).contains(id),
                "{from} → {to} does not keep {id}: {kept}"
            );
        }
    }
    let promotions = data["levels"].as_array().unwrap().iter();
    let listed = promotions
        .map(|l| l["next"].as_array().unwrap().len())
        .sum::<usize>();
    assert_eq!(listed, continuing.len(), "every promotion has its list");
    // On every promotion, no duty handed off has the name of a duty of the
    // level above: a duty that goes on goes on under its id.
    for from in data["levels"].as_array().unwrap() {
        for to in from["next"].as_array().unwrap() {
            let (from, to) = (from["id"].as_str().unwrap(), to.as_str().unwrap());
            let names = |list: &Value| -> Vec<String> {
                let list = list.as_array().unwrap().iter();
                list.map(|d| d["name"].as_str().unwrap().to_lowercase())
                    .collect()
            };
            let above = names(&level(&data, to)["responsibilities"]);
            let plan = between("plan", from, to);
            for name in names(&plan["hand_off"]) {
                assert!(!above.contains(&name), "{from} → {to} hands off {name}");
            }
        }
    }
}

#[test]
fn every_range_and_pairing_names_its_source() {
    let ladder = builtin();
    for level in ladder["levels"].as_array().unwrap() {
        let id = &level["id"];
        for field in ["coding", "span"] {
            let range = &level[field];
            if !range.is_null() {
                assert!(
                    range["sources"].as_array().is_some_and(|s| !s.is_empty()),
                    "{id}: {field} has no source"
                );
            }
        }
        for link in level["lateral"].as_array().unwrap() {
            assert!(
                link["sources"].as_array().is_some_and(|s| !s.is_empty()),
                "{id}: lateral {link} has no source"
            );
        }
    }
}

#[test]
fn the_vp_reports_to_the_cto_or_the_ceo_and_sits_beside_the_cto() {
    let ladder = builtin();
    let vp = level(&ladder, "vp");
    assert_eq!(vp["reports_to"], serde_json::json!(["cto", "ceo"]));
    assert!(
        vp["next"].as_array().unwrap().is_empty(),
        "CTO is no promotion"
    );
    let out = between("path", "vp", "cto");
    assert_eq!(out["direction"], "across", "{out}");
}
