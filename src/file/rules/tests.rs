//! Every validation rule, through `load::check` so that positions are checked too.

use crate::file::{self as load, Diagnostic, Origin};

const BASE: &str = "schema: 1
title: T
tracks: [{id: t, name: T}]
skills: [{id: s, name: S, category: technical}]
levels:
  - {id: a, name: A, track: t, role: r, scope: x, responsibilities: [{id: d, name: D}], skills: [s], next: [b]}
  - {id: b, name: B, track: t, role: r, scope: x, responsibilities: [{id: d, name: D}], skills: [s]}
";

/// The problems found in BASE after replacing `from` with `to`.
fn problems(from: &str, to: &str) -> Vec<Diagnostic> {
    assert!(BASE.contains(from), "{from}");
    let text = BASE.replacen(from, to, 1);
    load::check(&Origin::File("t.yaml".into()), &text).expect_err("should be invalid")
}

fn only(from: &str, to: &str) -> String {
    let found = problems(from, to);
    assert_eq!(found.len(), 1, "{found:#?}");
    found[0].to_string()
}

#[test]
fn the_base_is_valid() {
    assert!(load::check(&Origin::Builtin, BASE).is_ok());
}

#[test]
fn unknown_references_name_the_known_ids_and_the_position() {
    let found = only("skills: [s], next", "skills: [juggling], next");
    assert_eq!(
        found,
        "t.yaml:6:98: levels[0].skills[0]: unknown skill 'juggling' on level 'a'; known skills: s"
    );
    assert!(
        only(
            "track: t, role: r, scope: x, responsibilities: [{id: d, name: D}], skills: [s], next",
            "track: u, role: r, scope: x, responsibilities: [{id: d, name: D}], skills: [s], next"
        )
        .contains("unknown track 'u' on level 'a'; did you mean 't'? known tracks: t")
    );
    assert!(
        only("next: [b]", "next: [zz]")
            .contains("unknown level 'zz' on level 'a'; known levels: a, b")
    );
    assert!(
        only("category: technical}", "category: technicl}").contains(
            "unknown category 'technicl' on skill 's'; did you mean 'technical'? known categories: technical,"
        )
    );
}

#[test]
fn an_unknown_reference_names_the_level_it_aliases_or_the_ids_near_it() {
    // An alias where an id belongs: the level, and the id to write.
    let text = (BASE.replacen("{id: b, name: B,", "{id: b, name: B, aliases: [boss],", 1))
        .replacen("next: [b]", "next: [boss]", 1);
    let found = load::check(&Origin::File("t.yaml".into()), &text).expect_err("invalid");
    assert_eq!(
        found[0].to_string(),
        "t.yaml:6:109: levels[0].next[0]: unknown level 'boss' on level 'a', an alias of level 'b'; \
         a reference names a level by its id: write 'b'; known levels: a, b"
    );
    // A slip of a key: the ids a few edits away.
    assert!(
        only("next: [b]", "next: [bb]")
            .contains("unknown level 'bb' on level 'a'; did you mean 'b'? known levels: a, b")
    );
    // Past the first suggestions, an alias is still named.
    let many: Vec<String> = (0..25).map(|n| format!("zz{n}")).collect();
    let text = (BASE.replacen("{id: b, name: B,", "{id: b, name: B, aliases: [boss],", 1))
        .replacen(
            "skills: [s], next: [b]",
            &format!("skills: [s, {}], next: [boss]", many.join(", ")),
            1,
        );
    let found = load::check(&Origin::File("t.yaml".into()), &text).expect_err("invalid");
    let last = found.last().unwrap().to_string();
    assert!(
        last.contains("'boss' on level 'a', an alias of level 'b'"),
        "{last}"
    );
    let boss = only("next: [b]", "next: [b], reports_to: [bb]");
    assert!(boss.contains("'bb' under reports_to on level 'a'; did you mean 'b'? known levels"));
}

#[test]
fn duplicate_ids_and_names_are_reported() {
    let found = problems("id: b, name: B", "id: a, name: B");
    assert!(found.iter().any(|d| {
        d.to_string()
            .contains("duplicate level id 'a': levels[0] on line 6 has it already")
    }));
    assert!(
        only("id: b, name: B", "id: b, name: a")
            .contains("name 'a' of level 'b' is already the id, alias or name of level 'a'")
    );
    assert!(
        only(
            "[{id: s, name: S, category: technical}]",
            "[{id: s, name: S, category: technical}, {id: s, name: Z, category: business}]"
        )
        .contains("duplicate skill id 's'")
    );
}

#[test]
fn promotions_must_not_loop() {
    let found = only("skills: [s]}\n", "skills: [s], next: [a]}\n").replace("skills: [s]}", "");
    assert!(found.contains("promotion cycle a → b → a"), "{found}");
    assert!(only("next: [b]", "next: [a]").contains("level 'a' lists itself under next"));
    let lateral = only("skills: [s]}\n", "skills: [s], lateral: [a]}\n");
    assert!(
        lateral.contains("'b' is both a promotion and a lateral move away from 'a'"),
        "{lateral}"
    );
    // Peers through a third level are told as such, not as a lateral move.
    let chain = only(
        "skills: [s]}\n",
        "skills: [s], lateral: [c]}\n  - {id: c, name: C, track: t, role: r, scope: x, responsibilities: [{id: d, name: D}], skills: [s], lateral: [a]}\n",
    );
    assert!(
        chain.contains("'b' is a promotion from 'a', and also its peer through a chain of lateral moves (peers: a/b/c)"),
        "{chain}"
    );
}

#[test]
fn ranges_and_versions_are_checked() {
    assert!(
        only("next: [b]", "next: [b], coding: {min: 50, max: 20}")
            .contains("coding min 50 is above its max 20")
    );
    assert!(
        only("next: [b]", "next: [b], coding: {min: 0, max: 120}")
            .contains("coding max 120 is out of range; expected 0 to 100")
    );
    assert!(
        only("schema: 1", "schema: 2")
            .contains("schema version 2 is not supported; this release reads schema 1")
    );
    assert!(only("id: a,", "id: A_1,").contains("level id 'A_1' is not kebab-case"));
    // A reference to a level whose id breaks the rule is told why it is unknown.
    let found = problems("id: b,", "id: B,");
    let lines: Vec<String> = found.iter().map(|d| d.to_string()).collect();
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(
        lines[0].contains("unknown level 'b' on level 'a'; the level whose id is written 'B' would be this one, but ids must be kebab-case; known levels: a"),
        "{lines:#?}"
    );
    assert!(lines[1].contains("level id 'B' is not kebab-case"));
    // ... but not when an id in other case is known: that is the suggestion.
    let found = problems(
        "next: [b]}",
        "next: [B]}\n  - {id: B, name: C, track: t, role: r, scope: x, responsibilities: [{id: d, name: D}], skills: [s]}",
    );
    let first = found[0].to_string();
    assert!(
        first.contains("unknown level 'B' on level 'a'; did you mean one of 'b'"),
        "{first}"
    );
    // A role written in other case is told before a level a few edits away.
    let found = problems(
        "levels:\n  - {id: a, name: A,",
        "roles: [{id: A2, name: Chief executive}]\nlevels:\n  - {id: a, name: A, reports_to: [a2],",
    );
    let lines: Vec<String> = found.iter().map(|d| d.to_string()).collect();
    assert!(
        lines.iter().any(|l| l.contains("unknown level or role 'a2' under reports_to on level 'a'; the role whose id is written 'A2' would be this one")),
        "{lines:#?}"
    );
}

#[test]
fn every_problem_is_reported_in_file_order() {
    let found = problems("skills: [s], next: [b]", "skills: [x], next: [z]");
    let lines: Vec<String> = found.iter().map(|d| d.to_string()).collect();
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(lines[0].contains("unknown skill 'x'") && lines[1].contains("unknown level 'z'"));
}

#[test]
fn responsibilities_are_unique_within_a_level() {
    let found = only(
        "responsibilities: [{id: d, name: D}], skills: [s], next",
        "responsibilities: [{id: d, name: D}, {id: d, name: E}], skills: [s], next",
    );
    assert!(
        found.contains("levels[0].responsibilities[1].id: duplicate responsibility id 'd' on level 'a': levels[0].responsibilities[0] (earlier on this line) has it already"),
        "{found}"
    );
    // In a long list, found through a map, the first is named as well.
    let duties: Vec<String> = (0..30)
        .map(|i| format!("{{id: d{i}, name: D{i}}}"))
        .chain(["{id: d7, name: Again}".to_string()])
        .collect();
    let found = only(
        "responsibilities: [{id: d, name: D}], skills: [s], next",
        &format!(
            "responsibilities: [{}], skills: [s], next",
            duties.join(", ")
        ),
    );
    assert!(
        found.contains("responsibilities[30].id: duplicate responsibility id 'd7' on level 'a': levels[0].responsibilities[7] (earlier on this line) has it already"),
        "{found}"
    );
}

#[test]
fn long_lists_find_repeats_too() {
    let skills: Vec<String> = (0..40)
        .map(|i| format!("{{id: s{i}, name: S{i}, category: technical}}"))
        .collect();
    let refs: Vec<String> = (0..40)
        .map(|i| format!("s{i}"))
        .chain(["s7".to_string()])
        .collect();
    let text = BASE
        .replacen(
            "[{id: s, name: S, category: technical}]",
            &format!("[{}]", skills.join(", ")),
            1,
        )
        .replacen(
            "skills: [s], next",
            &format!("skills: [{}], next", refs.join(", ")),
            1,
        )
        .replacen("skills: [s]}", "skills: [s0]}", 1);
    let found = load::check(&Origin::File("t.yaml".into()), &text).expect_err("s7 twice");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0]
            .message
            .contains("skill 's7' is listed twice on level 'a'"),
        "{}",
        found[0].message
    );
}

#[test]
fn long_cycles_are_shortened_in_their_message() {
    let levels: Vec<String> = (0..12)
        .map(|i| {
            let next = if i == 11 { "l0".to_string() } else { format!("l{}", i + 1) };
            format!("  - {{id: l{i}, name: L{i}, track: t, role: r, scope: x, responsibilities: [{{id: d, name: D}}], skills: [s], next: [{next}]}}\n")
        })
        .collect();
    let text = format!(
        "{}levels:\n{}",
        &BASE[..BASE.find("levels:").unwrap()],
        levels.concat()
    );
    let found = load::check(&Origin::File("t.yaml".into()), &text).expect_err("a cycle");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0]
            .message
            .contains("promotion cycle l0 → l1 → l2 → l3 → … (5 more) … → l9 → l10 → l11 → l0;"),
        "{}",
        found[0].message
    );
}

#[test]
fn sources_of_facts_and_outside_roles_are_checked_where_they_are() {
    let base = "tracks: [{id: t, name: T}]";
    let cited = |level: &str| {
        let text = BASE.replacen(
            base,
            &format!("sources: [{{id: g, title: G}}]\nroles: [{{id: ceo, name: CEO}}]\n{base}"),
            1,
        );
        let text = text.replacen("skills: [s], next: [b]}", level, 1);
        load::check(&Origin::File("t.yaml".into()), &text).map(|_| ())
    };
    let fine = "skills: [s], next: [b], reports_to: [ceo], coding: {min: 1, max: 2, sources: [g]}, \
                lateral: [{id: b, sources: [g]}]}";
    // `b` as a promotion and a peer is its own problem; keep that apart.
    assert!(cited(&fine.replace("next: [b], ", "")).is_ok());
    let wrong = |level: &str| cited(level).unwrap_err()[0].to_string();
    let unknown = wrong("skills: [s], next: [b], span: {min: 1, max: 2, sources: [h]}}");
    assert!(
        unknown.contains("levels[0].span.sources[0]: unknown source 'h'"),
        "{unknown}"
    );
    let unknown = wrong("skills: [s], lateral: [{id: b, sources: [h]}]}");
    assert!(
        unknown.contains("levels[0].lateral[0].sources[0]"),
        "{unknown}"
    );
    let boss = wrong("skills: [s], next: [b], reports_to: [cfo]}");
    assert!(
        boss.contains("unknown level or role 'cfo' under reports_to on level 'a'; did you mean 'ceo'? known levels: a, b; roles: ceo"),
        "{boss}"
    );
    let duty = only(
        "responsibilities: [{id: d, name: D}], skills: [s], next",
        "responsibilities: [{id: d, name: D, sources: [x]}], skills: [s], next",
    );
    assert!(
        duty.contains("levels[0].responsibilities[0].sources[0]: unknown source 'x'"),
        "{duty}"
    );
    let clash = only(
        "tracks: [{id: t",
        "roles: [{id: b, name: Boss}]\ntracks: [{id: t",
    );
    assert!(
        clash.contains("role id 'b' also names level 'b'"),
        "{clash}"
    );
}
