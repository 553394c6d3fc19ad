//! Costs that must grow no faster than the input: each case is a file built to
//! make some part of ladder quadratic or unbounded, run through the binary
//! under the 100 MiB limit harness, whose timeout is a guard against a hang,
//! not a measurement. Each asserts the exit code and the message.

mod common;

use std::fmt::Write as _;

use common::{file, limited};

/// A ladder of `levels`, each line `level(i)` (a flow mapping's inside), with
/// one track and `skills` and `sources` in the catalogue.
fn ladder(levels: usize, level: impl Fn(usize) -> String, skills: usize, sources: usize) -> String {
    let mut text = String::from("schema: 1\ntitle: t\ntracks: [{id: t, name: T}]\nskills:\n");
    for i in 0..skills.max(1) {
        let _ = writeln!(text, "  - {{id: s{i}, name: S{i}, category: technical}}");
    }
    text.push_str("sources:\n");
    for i in 0..sources {
        let _ = writeln!(text, "  - {{id: c{i}, title: C{i}}}");
    }
    text.push_str("levels:\n");
    for i in 0..levels {
        let _ = writeln!(
            text,
            "  - {{id: l{i}, name: L{i}, track: t, role: r, scope: s, responsibilities: [{{id: d, name: D}}], skills: [s0], {}}}",
            level(i)
        );
    }
    text
}

/// Runs `ladder --ladder FILE ARGS` on `text` and returns (exit code, stdout, stderr).
fn run(name: &str, text: &str, args: &[&str]) -> (i32, String, String) {
    let path = file(name, text.as_bytes());
    let out = limited(&path, args).output().unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (
        out.status.code().unwrap_or(-1),
        text(out.stdout),
        text(out.stderr),
    )
}

#[test]
fn a_large_peer_group_is_named_once_and_short() {
    // Every level is a lateral peer of l0 and a promotion of the one before.
    let peer = |i: usize| if i == 0 { "" } else { "lateral: [l0], " };
    let text = ladder(
        5_000,
        |i| format!("{}next: [l{}]", peer(i), (i + 1) % 5_000),
        1,
        0,
    );
    let (code, out, _) = run("peers.yaml", &text, &["validate"]);
    assert_eq!(code, 1);
    let first = out.lines().next().unwrap();
    assert!(
        first.contains("is both a promotion and a lateral move away from")
            && first.contains("(peers: l0/l1/l2/l3/… (5000 levels))"),
        "{first}"
    );
    assert!(first.len() < 300, "{first}");
    assert!(out.contains("more problems, not listed: a file reports its first 1000"));
}

#[test]
fn unknown_references_by_the_hundred_thousand_are_counted_not_listed() {
    let many = vec!["nope"; 150_000].join(", ");
    let text = ladder(1, |_| format!("next: [{many}]"), 1, 0);
    let (code, out, _) = run("references.yaml", &text, &["validate"]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 1002, "1000 listed, a count, a summary");
    assert!(
        out.ends_with("150000 problems in 1 of 1 file\n"),
        "{}",
        &out[out.len() - 200..]
    );
}

/// Each unknown reference could be compared with every known id for a
/// suggestion: among thousands of skills, only the first few are.
#[test]
fn unknown_references_among_thousands_of_ids_get_few_suggestions() {
    let unknown: Vec<String> = (0..50).map(|j| format!("t{j}")).collect();
    let refs = unknown.join(", ");
    let text = ladder(2000, |_| format!("next: [{refs}]"), 3000, 0);
    let (code, out, _) = run("near.yaml", &text, &["validate"]);
    assert_eq!(code, 1);
    assert!(
        out.ends_with("100000 problems in 1 of 1 file\n"),
        "{}",
        &out[out.len() - 200..]
    );
    let hinted = out.lines().filter(|l| l.contains("did you mean")).count();
    assert_eq!(hinted, 20, "{}", &out[..400]);
}

/// `changes` places a level reached only sideways beside its peer: a chain
/// of thousands of such levels, each also beside many levels of another
/// track, must cost a pass or so, not a pass per link of the chain.
#[test]
fn a_long_chain_of_lateral_moves_is_ranked_in_near_linear_time() {
    let (chain, fan) = (3000, 10);
    let mut text = String::from(
        "schema: 1\ntitle: t\ntracks: [{id: t, name: T}, {id: u, name: U}]\nskills: []\nlevels:\n",
    );
    for i in 0..fan {
        let _ = writeln!(
            text,
            "  - {{id: u{i}, name: U{i}, track: u, role: r, scope: s, responsibilities: [{{id: d, name: D}}], skills: []}}"
        );
    }
    let fan_ids: Vec<String> = (0..fan).map(|i| format!("u{i}")).collect();
    for i in 0..chain {
        let before = if i == 0 {
            String::new()
        } else {
            format!("c{}, ", i - 1)
        };
        let _ = writeln!(
            text,
            "  - {{id: c{i}, name: C{i}, track: t, role: r, scope: s, responsibilities: [{{id: d, name: D}}], skills: [], lateral: [{before}{}]}}",
            fan_ids.join(", ")
        );
    }
    assert!(changes_of("lateral-chain", &text, &text).contains("No changes."));
}

/// A level of the one track `t` of a generated ladder, with `more` fields.
fn track_level(id: String, more: String) -> String {
    format!(
        "  - {{id: {id}, name: {id}, track: t, role: r, scope: s, responsibilities: [{{id: d, name: D}}], skills: []{more}}}\n"
    )
}

/// `ladder changes` from ladder text `old` to `new`, which must succeed: its
/// output.
fn changes_of(name: &str, old: &str, new: &str) -> String {
    let (one, other) = (
        file(&format!("{name}-a.yaml"), old.as_bytes()),
        file(&format!("{name}-b.yaml"), new.as_bytes()),
    );
    let out = common::limited_line(&["changes", one.to_str().unwrap(), other.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// Ranks do not depend on the order the file lists its levels in: levels
/// reached sideways at rising depths, each promoted into one long chain,
/// listed one way and the other, compare as no change.
#[test]
fn ranks_of_levels_reached_sideways_do_not_depend_on_file_order() {
    let (k, l) = (30, 200);
    let level = track_level;
    let build = |reversed: bool| {
        let mut text =
            String::from("schema: 1\ntitle: t\ntracks: [{id: t, name: T}]\nskills: []\nlevels:\n");
        for i in 0..=k {
            let next = if i < k {
                format!(", next: [p{}]", i + 1)
            } else {
                String::new()
            };
            text += &level(format!("p{i}"), next);
        }
        let mut xs: Vec<usize> = (1..=k).collect();
        if reversed {
            xs.reverse();
        }
        for i in xs {
            text += &level(format!("x{i}"), format!(", lateral: [p{i}], next: [h0]"));
        }
        for j in 0..=l {
            let next = if j < l {
                format!(", next: [h{}]", j + 1)
            } else {
                String::new()
            };
            text += &level(format!("h{j}"), next);
        }
        text
    };
    let out = changes_of("order", &build(false), &build(true));
    assert!(out.contains("No changes."), "{out}");
}

/// Thousands of levels each re-ranked with its number kept, each naming
/// what moved below it: sets, not a scan of one list per level.
#[test]
fn many_re_ranks_that_keep_their_numbers_cost_no_scan_per_level() {
    let n = 800;
    let level = track_level;
    let write = |beside: bool| {
        let mut text =
            String::from("schema: 1\ntitle: T\ntracks: [{id: t, name: T}]\nskills: []\nlevels:\n");
        for i in 0..n {
            let next = if i + 1 < n {
                format!(", next: [c{}]", i + 1)
            } else {
                String::new()
            };
            text += &level(format!("c{i}"), next);
        }
        for i in 0..n {
            let lateral = if beside {
                format!(", lateral: [c{i}]")
            } else {
                String::new()
            };
            text += &level(format!("x{i}"), lateral);
        }
        text
    };
    let table = changes_of("reranks", &write(true), &write(false));
    assert!(
        table.contains("    2 → 2 (now above x1, x2, x3, x4, x5 and 794 more)\n"),
        "{}",
        &table[..600]
    );
}

#[test]
fn tabs_after_long_indentation_cost_no_more_than_their_length() {
    let text = format!("{}a:{}b\n", " ".repeat(200_000), "\t".repeat(200_000));
    let (code, out, stderr) = run("tabs.yaml", &text, &["validate"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        out.contains("a: unknown key 'a'"),
        "{}",
        &out[..out.len().min(200)]
    );
}

/// `lint`'s search for tabs within values reads a line once, however many
/// tabs separate two items of a list in brackets.
#[test]
fn tabs_between_items_cost_lint_no_more_than_their_length() {
    let text = ladder(
        2,
        |i| match i {
            0 => format!("next: [l1{}]", "\t".repeat(300_000)),
            _ => String::new(),
        },
        1,
        0,
    )
    .replace(", }", "}");
    let (code, out, stderr) = run("tab-items.yaml", &text, &["lint", "-f", "json"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        !out.contains("tab-in-text"),
        "{}",
        &out[..out.len().min(300)]
    );
}

#[test]
fn search_is_linear_in_the_text_and_the_terms() {
    let long = "a".repeat(1_000_000);
    let text = ladder(1, |_| format!("summary: {long}"), 1, 0);
    let term = format!("{}b", "a".repeat(100_000));
    let mut args = vec!["search", term.as_str()];
    args.extend(["A"; 200]);
    let (code, _, stderr) = run("search.yaml", &text, &args);
    assert_eq!(code, 1);
    assert!(stderr.starts_with("error: nothing in "), "{stderr}");
}

#[test]
fn suggestions_for_an_unknown_name_are_bounded() {
    let name = "n".repeat(60);
    let text = ladder(5_000, |i| format!("aliases: [{name}-{i}]"), 1, 0);
    let typo = format!("{}x", "n".repeat(59));
    let (code, _, stderr) = run("suggest.yaml", &text, &["show", &typo]);
    assert_eq!(code, 1);
    assert!(stderr.contains("did you mean one of"), "{}", &stderr[..200]);
    let long = "n".repeat(100_000);
    let (code, _, stderr) = run("suggest.yaml", &text, &["show", &long]);
    assert_eq!(code, 1);
    assert!(
        !stderr.contains("did you mean"),
        "no suggestion for a name that long"
    );
}

#[test]
fn tables_take_a_very_long_word_in_their_stride() {
    let word = "w".repeat(1_000_000);
    let text = ladder(
        2,
        |i| {
            if i == 0 {
                format!("scope: {word}")
            } else {
                String::new()
            }
        },
        1,
        0,
    )
    .replacen("scope: s, ", "", 1);
    let (code, out, stderr) = run("word.yaml", &text, &["list"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        out.lines().all(|l| l.chars().count() <= 80),
        "every line fits"
    );
    let text = text.replacen("name: S0,", &format!("name: {word},"), 1);
    let (code, _, stderr) = run("word.yaml", &text, &["skill"]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn a_level_with_tens_of_thousands_of_sources_shows_them_all() {
    let cited: Vec<String> = (0..15_000).map(|i| format!("c{i}")).collect();
    let cited = cited.join(", ");
    let text = ladder(1, |_| format!("sources: [{cited}]"), 1, 15_000);
    for args in [&["show", "l0"][..], &["export"]] {
        let (code, out, stderr) = run("sources.yaml", &text, args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        assert!(out.contains("C14999"), "{args:?}");
    }
}

/// The YAML reader keeps every value of a file in memory, about 130 bytes
/// each: a file is read only when its values fit in 100 MiB, and the tiniest
/// values, packed up to that limit, still read within the harness's 100 MiB.
#[test]
fn memory_stays_within_its_limit_for_every_file_admitted() {
    use ladder::file::guard::{max_values, values_bound};
    // Flow scalars, empty mappings, one-pair mappings, and implicit one-pair
    // mappings, which the bound counts a third short.
    for item in ["a, ", "{}, ", "{a: b}, ", "a: b, ", "\"\":, "] {
        let build = |n: usize| format!("x: [{}]\n", item.repeat(n));
        let mut n = 1000;
        while values_bound(&build(n * 2)) <= max_values(build(n * 2).len()) {
            n *= 2;
        }
        while values_bound(&build(n + n / 16)) <= max_values(build(n + n / 16).len()) {
            n += n / 16;
        }
        // So dense a file is read once, typed: it gets its first problem.
        let (code, out, stderr) = run("values.yaml", &build(n), &["validate"]);
        assert_eq!(code, 1, "{item}: {stderr}");
        assert!(
            out.contains(":1:1: unknown key 'x'; expected one of: schema, title,")
                && !out.contains("missing required key"),
            "{item}: read, then refused: {out}{stderr}"
        );
        // With half as many values, it is read again as a tree, for every
        // problem of shape, still within the limit.
        let (code, out, stderr) = run("values.yaml", &build(n / 2), &["validate"]);
        assert_eq!(code, 1, "{item}: {stderr}");
        assert!(
            out.contains("x: unknown key 'x'") && out.contains("missing required key 'schema'"),
            "{item}: {out}{stderr}"
        );
        let (code, _, stderr) = run("values.yaml", &build(n * 2), &["list"]);
        assert_eq!(code, 1, "{item}");
        assert!(
            stderr.contains("within 100 MiB of memory"),
            "{item}: {stderr}"
        );
    }
}

/// A Markdown matrix of thousands of tracks, or of levels, of one name:
/// names told apart by their track remember the next number to try, tracks
/// are kept by a set of those in use, and a level's track is the one made
/// last, so the import is linear in them (the release build took 6 s for
/// 10,000 levels of one name before, 0.05 s after).
#[test]
fn an_import_of_many_levels_of_one_name_is_linear() {
    let mut tracks = String::from("# T\n\n");
    for i in 0..6_000 {
        let _ = write!(tracks, "## S{i}\n\n### C\n\n#### K\n\n- duty {i}\n\n");
    }
    let mut levels = String::from("# T\n\n");
    for i in 0..5_000 {
        let _ = write!(levels, "## C\n\n- duty {i}\n\n");
    }
    for (name, text, depth, told) in [
        ("tracks.md", &tracks, "3", "name: \"C (S1)\""),
        ("tracks.md", &tracks, "4", "name: \"C (tracks 5999)\""),
        ("levels.md", &levels, "2", "name: \"C (T 4999)\""),
    ] {
        let path = file(name, text.as_bytes());
        let out = assert_cmd::Command::cargo_bin("ladder")
            .unwrap()
            .args([
                "import",
                "--from",
                "markdown-matrix",
                "--level-heading",
                depth,
            ])
            .arg(&path)
            .timeout(std::time::Duration::from_secs(20))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let head = &stderr[..stderr.len().min(300)];
        assert_eq!(out.status.code(), Some(0), "{name} {depth}: {head}");
        // The last name told apart is in the ladder; of the warnings that
        // say so, the first thousand are listed and the rest counted.
        let ladder = String::from_utf8_lossy(&out.stdout);
        assert!(ladder.contains(told), "{name} {depth}: {told}");
        assert!(
            stderr.contains("more warnings, not listed"),
            "{name} {depth}: {head}"
        );
    }
}

/// Unknown keys are read as the keys meant, or left out, one mapping at a
/// time: tens of thousands in one mapping cost a pass, not a pass each.
#[test]
fn many_unknown_keys_in_one_mapping_are_linear() {
    let mut text = ladder(1, |_| String::new(), 1, 0);
    for i in 0..70_000 {
        let _ = writeln!(text, "k{i}: v");
    }
    let (code, out, stderr) = run("unknown-keys.yaml", &text, &["validate"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        out.contains(": … and 69001 more problems, not listed: a file reports its first 1000\n")
            && out.ends_with("70001 problems in 1 of 1 file\n"),
        "{}",
        &out[out.len().saturating_sub(400)..]
    );
}

/// Lateral peers all joined to each other (each pair declared once, by the
/// first of the two) make a move for every pair: a level's page and the
/// export list each level's peers, which is as much as the file says, but
/// nothing may cost the cube of the levels (looking up each move in every
/// peer's list, or searching the ladder for the route of each neighbouring
/// pair), and the compare page lays out two moves a level ahead of time, the
/// rest left to its picker.
#[test]
fn peers_all_joined_to_each_other_cost_their_moves_and_no_more() {
    // The last two levels are a promotion, after all the peers.
    let n = 300;
    let peers = |i: usize| match i {
        i if i == n - 2 => format!("next: [l{}]", n - 1),
        i if i == n - 1 => String::new(),
        i => {
            let later: Vec<String> = (i + 1..n - 2).map(|j| format!("l{j}")).collect();
            format!("lateral: [{}]", later.join(", "))
        }
    };
    let text = ladder(n, peers, 1, 0);
    let path = file("all-peers.yaml", text.as_bytes());
    let site = path.with_extension("site");
    let args = ["site", site.to_str().unwrap(), "--force"];
    limited(&path, &args).assert().success();
    let compare = std::fs::read_to_string(site.join("compare.html")).unwrap();
    let pairs = (n - 2) * (n - 3) / 2 + 1;
    assert_eq!(compare.matches("<section>").count(), 2 * n);
    let told = format!(
        "… and {} more promotions and lateral moves, not laid out here",
        pairs - 2 * n
    );
    let laid_out = &compare[..compare.find(&told).expect("the rest are counted")];
    assert!(
        laid_out.contains(&format!("l{}.html", n - 1)),
        "the promotion is laid out before the lateral moves"
    );
    // The last peer's page lists every peer, though it declares none.
    let last = std::fs::read_to_string(site.join(format!("levels/l{}.html", n - 3))).unwrap();
    assert_eq!(last.matches("href=\"l").count(), n - 3);
    for format in ["json", "markdown"] {
        let out = limited(&path, &["export", "--format", format])
            .assert()
            .success()
            .get_output()
            .stdout
            .len();
        assert!(out > pairs, "{format}: every move is written");
    }
    std::fs::remove_dir_all(&site).unwrap();
}
