//! Hostile input: every kind of broken, malicious or merely unusual ladder file.
//! Each case runs the real binary under a 100 MiB address-space limit and must end
//! with one clean `error:` line, exit code 1 and nothing on stdout; the accepted
//! ones must load. The timeout is a guard against hangs, not a measurement.

use std::fmt::Write as _;

mod common;

use common::{
    default_ladder, failed, fails, file, ladder, limited, problems_found, rejects, succeeded,
};

#[test]
fn empty_files() {
    rejects("empty.yaml", b"", "the file has no content");
    rejects(
        "blank.yaml",
        b"\n\n  \n# only a comment\n",
        "the file has no content",
    );
    // Where a ladder can be written over it, losing nothing, the message
    // says how: over blank lines, not over comments (a ladder put aside).
    let blank = file("blank.yaml", b"\n  \n");
    let out = fails(&blank);
    let start = format!(
        "; to start one there, run `ladder init --force {}`\n",
        blank.display()
    );
    assert!(out.ends_with(&start), "{out}");
    let put_aside = file("aside.yaml", b"# schema: 1\n# title: Ours\n");
    assert!(fails(&put_aside).ends_with("tracks, skills and levels\n"));
}

#[test]
fn documents_that_are_not_a_mapping() {
    rejects(
        "scalar.yaml",
        b"just some text\n",
        ":1:1: expected a ladder mapping with schema, title, tracks, skills and levels, found the text \"just some text\"",
    );
    rejects(
        "sequence.yaml",
        b"- a\n- b\n",
        ":1:1: expected a ladder mapping with schema, title, tracks, skills and levels, found a list",
    );
    rejects("null.yaml", b"~\n", "expected a ladder mapping");
}

#[test]
fn several_documents() {
    let text = format!("{}---\nschema: 1\n", default_ladder());
    let line = default_ladder().lines().count() + 1;
    rejects(
        "multi.yaml",
        text.as_bytes(),
        &format!(
            ":{line}:1: deserializing from YAML containing more than one document is not supported: a file holds one document; remove this `---` line"
        ),
    );
    // A first document that is no whole ladder is still a file of two: the
    // second is the news, not the first one's missing keys.
    rejects(
        "multi-short.yaml",
        b"schema: 1\n---\nschema: 1\n",
        ":2:1: deserializing from YAML containing more than one document is not supported",
    );
    // Placed at the `---` that starts the second, past an indented comment
    // and a `...` that ended the first; content after a `...` is a second
    // document too.
    rejects(
        "multi-comment.yaml",
        b"  # note\n---\nschema: 1\n...\n---\nx: 1\n",
        ":5:1: deserializing from YAML containing more than one document is not supported: a file holds one document; remove this `---` line",
    );
    rejects(
        "multi-end.yaml",
        b"schema: 1\n...\ntitle: x\n",
        ":3:1: deserializing from YAML containing more than one document is not supported: a file holds one document, and a `...` line above ended it",
    );
    // A first document with nothing in it is still one: the second `---`
    // starts another.
    rejects(
        "multi-empty.yaml",
        b"---\n# Our ladder, edited by the platform team\n---\nschema: 1\n",
        ":3:1: deserializing from YAML containing more than one document is not supported: a file holds one document, and the one this `---` line ends has nothing in it; remove this line or the `---` above it",
    );
    // A JSON ladder with one closing brace too many.
    rejects(
        "brace.json",
        b"{\"schema\": 1}\n}\n",
        ":2:1: this `}` comes after the document has ended, and closes or follows nothing; remove it",
    );
    // A file of another format, with no marker, is told as such, where its
    // second value starts (not at a later `---`, a rule in Markdown).
    rejects(
        "rule.md",
        b"[x]\n\ntext\n\n---\n\nfoot\n",
        ":3:1: the file is no YAML document of keys",
    );
    let path = common::file("lines.jsonl", b"{\"a\": 1}\n{\"b\": 2}\n");
    let stderr = common::fails(&path);
    assert!(
        stderr.contains("lines.jsonl:2:1: the file is no YAML document of keys: read as YAML, it holds several values at its top level (the second starts here), as JSON Lines, TOML or Markdown do"),
        "{stderr}"
    );
}

#[test]
fn syntax_errors_and_tabs() {
    rejects(
        "syntax.yaml",
        b"schema: 1\ntitle: 'unclosed\n",
        ":2:8: a quoted value opens here and is never closed: the file ends inside it; add its closing quote",
    );
    // A quote left open runs on to the next quote, lines below: the
    // problem is placed where the value opened.
    rejects(
        "run-on.yaml",
        b"schema: 1\ntitle: \"Our ladder\nsummary: the team\"s own\n",
        ":2:8: a quoted value opens here and runs on to line 3, where the \" at column 18 closes it and text follows; close the value on this line (in \"\u{2026}\", write a \" as \\\")",
    );
    rejects(
        "colon.yaml",
        b"schema: 1\ntitle: a: b\n",
        ":2:9: mapping values are not allowed in this context: a colon and a space inside a value start a key; put the value in quotes, like title: \"Ladder: v2\"",
    );
    // One space short ends the level early; the error is the line's, not a
    // key "missing" from the line above.
    let short = default_ladder().replacen("\n    role: ", "\n   role: ", 1);
    let line = short[..short.find("\n   role: ").unwrap()].lines().count() + 1;
    rejects(
        "short.yaml",
        short.as_bytes(),
        &format!(
            ":{line}:4: did not find expected '-' indicator, while parsing a block collection; indent this line as far as the lines it belongs with"
        ),
    );
    rejects(
        "tab.yaml",
        b"schema: 1\n\ttitle: x\n",
        ":2:1: a tab indents this line; YAML indents with spaces only, so replace the tab with spaces",
    );
    // Text in a flow list that YAML reads otherwise: each says to quote it.
    rejects(
        "flow-at.yaml",
        b"schema: 1\ntitle: T\ntracks: [@core]\n",
        ":3:10: found character that cannot start any token, while scanning for the next token; `@` and `` ` `` cannot start a value written without quotes: put it in quotes",
    );
    rejects(
        "flow-comment.yaml",
        b"schema: 1\ntitle: T\ntracks: [a, b #1,\n  c]\nskills: []\n",
        ":4:3: did not find expected ',' or ']', while parsing a flow sequence; a ` #` on the line above starts a comment",
    );
    // A list left open is placed at its bracket, not on the key below,
    // where the reader stopped.
    rejects(
        "flow-open.yaml",
        b"schema: 1\ntitle: T\ntracks: [{id: a, name: \"A [x]\"}\nskills: []\n",
        ":3:9: this `[` opens a list that is not closed before line 4: add its `]` where the list ends",
    );
    rejects(
        "flow-open-map.yaml",
        b"schema: 1\ntitle: T\ntracks:\n  - {id: a, name: A\nskills: []\n",
        ":4:5: this `{` opens a mapping that is not closed before line 5: add its `}` where the mapping ends",
    );
    // Closed, but with a comma missing: placed at the item, said so.
    rejects(
        "flow-comma.yaml",
        b"schema: 1\ntitle: T\ntracks: [{id: t, name: T}]\nskills: [\n  \"s1\"\n  \"s2\"\n]\n",
        ":6:3: did not find expected ',' or ']', while parsing a flow sequence; the items of a list in brackets are separated by commas: add one before this item",
    );
    // Open over lines of items that close their own brackets, and a quoted
    // text with a bracket in it: the bracket the reader holds open.
    rejects(
        "flow-open-long.yaml",
        b"schema: 1\ntitle: T\ntracks: [\n  {id: a, name: A},\n  {id: b, name: B}\nskills: []\n",
        ":3:9: this `[` opens a list that is not closed before line 6",
    );
    rejects(
        "flow-open-quoted.yaml",
        b"schema: 1\ntitle: T\ntracks: [{id: t, name: T}]\nskills: [\"s1\", \"a\n  [b\"\nlevels: []\n",
        ":4:9: this `[` opens a list that is not closed before line 6",
    );
    // Open where a list item follows, or a key of the same item.
    rejects(
        "flow-open-item.yaml",
        b"schema: 1\ntitle: T\nlevels:\n  - id: x\n    next: [a\n  - id: y\n",
        ":5:11: this `[` opens a list that is not closed before line 6",
    );
    // Closed by the other kind of bracket, or a mapping's key with no comma
    // before it: each said as it is.
    rejects(
        "flow-closer.yaml",
        b"schema: 1\ntitle: T\ntracks: [{id: t, name: T}}\n",
        ":3:26: this `}` closes a mapping, but the `[` at line 3, column 9 opened a list: close it with `]`",
    );
    rejects(
        "flow-key-comma.yaml",
        b"schema: 1\ntitle: T\ntracks:\n  - {id: a, name: A track: b}\n",
        ":4:26: did not find expected ',' or '}', while parsing a flow mapping; a comma is missing before the key this `:` ends, or, if the colon is part of the text, put the value in quotes",
    );
    // A mapping whose item wraps onto a line of its own keys: a comma is
    // missing, not a closer.
    rejects(
        "flow-wrapped.yaml",
        b"schema: 1\ntitle: T\ntracks:\n  - {id: a\n    name: A}\n",
        ":5:9: did not find expected ',' or '}', while parsing a flow mapping; a comma is missing before the key this `:` ends",
    );
    // A colon in a list's item is text to quote; a closer of the mapping
    // around a list left open is one closer short.
    rejects(
        "flow-colon-item.yaml",
        b"schema: 1\ntitle: T\nsources: [{id: s, title: T}]\nlint: {allow: [Review: Q3 plan: approved]}\n",
        "a colon and a space inside an item start a key: put the item in quotes",
    );
    rejects(
        "flow-outer.yaml",
        b"schema: 1\ntitle: T\nlint: {allow: [trailing-space}\n",
        ":3:30: the `[` at line 3, column 15 opens a list that is not closed: add its `]` before this `}`, which closes the mapping around it",
    );
    // A closer typed for another, with the collection around going on
    // after it, is to be replaced, not added to.
    rejects(
        "flow-typo-closer.yaml",
        b"schema: 1\ntitle: T\nlint: {allow: [a, b}, deny: [c]}\n",
        ":3:20: this `}` closes a mapping, but the `[` at line 3, column 15 opened a list: close it with `]`",
    );
    // An indentless list's item left open, the next key at its dash.
    rejects(
        "flow-indentless.yaml",
        b"schema: 1\ntitle: T\nroles:\n- {id: ceo, name: CEO\ncategories: []\n",
        ":4:3: this `{` opens a mapping that is not closed before line 5",
    );
    // A comment after a closed list is no text of an item: its comma hid
    // nothing, and the mapping is what is open.
    rejects(
        "flow-comment-after.yaml",
        b"schema: 1\ntitle: T\nlint: {allow: []  # a note, see the doc\nskills: []\n",
        ":3:7: this `{` opens a mapping that is not closed before line 4",
    );
    // A comment with a closer in it hid the rest of a mapping too.
    rejects(
        "flow-comment-map.yaml",
        b"schema: 1\ntitle: T\nlint: {allow: [] # a note}\nskills: []\n",
        "a ` #` on the line above starts a comment, which hides the rest of that line",
    );
    // A closed list before a comment above is no comment's doing, as on
    // every line of an assessment skeleton.
    let skeleton = common::fails(&common::file(
        "flow-after-comment.yaml",
        b"schema: 1\ntitle: T\ntracks: [{id: t, name: T}]  # one\nskills: [{id: a, name: A} {id: b, name: B}]\n",
    ));
    assert!(!skeleton.contains("starts a comment"), "{skeleton}");
    // A `-` at the start of a block scalar's line is its text.
    rejects(
        "block-dash.yaml",
        b"schema: 1\ntitle: T\nlevels:\n  - id: a\n    shift: |\n      -Take ownership\n    scope: team: x\n",
        ":7:16: mapping values are not allowed in this context: a colon and a space inside a value start a key",
    );
    // The first item of a list written `-id:` is read as a key; the line
    // below is where the reader stops, the dash where the mistake is.
    let first = default_ladder().replacen("\nlevels:\n  - id: ", "\nlevels:\n  -id: ", 1);
    let line = first[..=first.find("\n  -id: ").unwrap()]
        .matches('\n')
        .count()
        + 1;
    rejects(
        "dash-first.yaml",
        first.as_bytes(),
        &format!(
            ":{line}:3: mapping values are not allowed in this context; a `-` begins a list item only before a space"
        ),
    );
    // A `-` with no space after it is no list item.
    let stuck = default_ladder().replacen("\n  - id: em\n", "\n  -id: em\n", 1);
    let line = stuck[..=stuck.find("\n  -id: em").unwrap()]
        .matches('\n')
        .count()
        + 1;
    rejects(
        "dash.yaml",
        stuck.as_bytes(),
        &format!(
            ":{line}:3: did not find expected '-' indicator, while parsing a block collection; a `-` begins a list item only before a space: write `- ` and the item"
        ),
    );
    // A ` #` inside quotes starts no comment.
    let quoted = common::fails(&common::file(
        "flow-quoted-hash.yaml",
        b"schema: 1\ntitle: T\ntracks: [\"C #1\" c,\n  d]\n",
    ));
    assert!(!quoted.contains("comment"), "{quoted}");
    // Accented text before the stop is counted in characters.
    rejects(
        "accents.yaml",
        "schema: 1\ntitle: 'Bâtit été' en plus\n".as_bytes(),
        ":2:20: did not find expected key, while parsing a block mapping; text follows a quoted value's closing quote",
    );
    // A closer with nothing open, text after a plain value, a list item
    // among keys, a key glued to its value, an alias with no anchor.
    rejects(
        "stray-closer.yaml",
        b"schema: 1\ntitle: T\ntracks: [{id: t, name: T}]]\n",
        ":3:27: did not find expected key, while parsing a block mapping; this `]` closes nothing that is open: delete it, or add the bracket it was to close",
    );
    rejects(
        "item-among-keys.yaml",
        b"schema: 1\ntitle: T\n- oops\ntracks: []\n",
        ":3:1: did not find expected key, while parsing a block mapping; a list item (`- `) here stands among the keys of a mapping",
    );
    rejects(
        "glued.yaml",
        b"schema: 1\ntitle: T\nlevels:\n  - id: a\n    scope:team\n    role: r\n",
        ":5:5: could not find expected ':', while scanning a simple key: `scope:team` has no space after its colon, so it is not read as a key; write `scope: team`",
    );
    rejects(
        "bare-word.yaml",
        b"schema: 1\ntitle: T\nlevels:\n  - id: a\n    oops\n    role: r\n",
        ":5:5: could not find expected ':', while scanning a simple key: `oops` stands among keys with no colon after it",
    );
    // An item of a list may be text with a colon in it: no advice on it.
    rejects(
        "item-colon.yaml",
        b"schema: 1\ntitle: T\nlevels:\n  - id: a\n    aliases:\n      - sr:eng\n    oops\n    role: r\n",
        ":7:5: could not find expected ':', while scanning a simple key: `oops` stands among keys",
    );
    rejects(
        "no-anchor-key.yaml",
        b"schema: 1\ntitle: T\ntracks: [{id: t, *name: T}]\n",
        "`*name` repeats the value anchored `&name`",
    );
    rejects(
        "no-anchor.yaml",
        b"schema: 1\ntitle: *nope\n",
        ":2:8: unknown anchor: `*nope` repeats the value anchored `&nope`, and no such anchor comes before it",
    );
    rejects(
        "flow-colon.yaml",
        b"schema: 1\ntitle: T\ntracks: [{id: t, name: T}]\nskills: []\nlevels:\n  - {id: a, name: A, track: t, role: r, scope: s, responsibilities: [{id: d, name: D}], skills: [], pitfalls: [Too fast: slow down]}\n",
        "levels[0].pitfalls[0]: expected text, found a mapping; if this is text, a colon and a space in it start a key: put it in quotes",
    );
    // A closer or a comma where a flow collection wants a value.
    rejects(
        "flow-crossed.yaml",
        b"schema: 1\ntitle: [a, {]\n",
        ":2:13: the `{` at line 2, column 12 opens a mapping that is not closed: add its `}` before this `]`, which closes the list around it",
    );
    rejects(
        "flow-empty-item.yaml",
        b"schema: 1\ntitle: [a, ,]\n",
        ":2:12: did not find expected node content, while parsing a flow node; this comma follows no value: delete it, or write the value before it",
    );
    // A directive with no `---` after it, an item on its key's line, a
    // control character, a key past YAML's length, a key that is a list.
    rejects(
        "directive.yaml",
        b"%YAML 1.2\nschema: 1\n",
        ":2:1: did not find expected <document start>; a `%` directive line (such as `%YAML 1.2`) must be followed by a line `---` before the document",
    );
    rejects(
        "item-on-key-line.yaml",
        b"schema: 1\nskills: - a\n",
        ":2:9: block sequence entries are not allowed in this context; a list item (`- `) cannot follow a key on the key's line: put each item on a line of its own below the key",
    );
    rejects(
        "control.yaml",
        b"schema: 1\ntitle: a\x01b\n",
        ":2:9: control characters are not allowed: this one is U+0001; delete it",
    );
    // The one where the reader stopped, not the first of the file.
    rejects(
        "noncharacter.yaml",
        "schema: 1\ntitle: Our \u{fffe} ladder\nsummary: a\x01b\n".as_bytes(),
        ":2:12: control characters are not allowed: this one is U+FFFE; delete it",
    );
    let long = [
        ("long-key.yaml", "", "2:1"),
        ("long-key-item.yaml", "levels:\n  - ", "3:5"),
    ];
    for (name, prefix, at) in long {
        let text = format!("schema: 1\n{prefix}{}: 3\n", "k".repeat(1100));
        let said = common::fails(&common::file(name, text.as_bytes()));
        assert!(
            said.contains(&format!("{name}:{at}: "))
                && said.contains("a key is at most 1,024 characters long"),
            "{said}"
        );
    }
    // A long line that goes on with the value above is no long key.
    let prose = format!(
        "schema: 1\nsummary: Two tracks\n  {} note: this\n",
        "word ".repeat(230)
    );
    let said = common::fails(&common::file("long-prose.yaml", prose.as_bytes()));
    assert!(!said.contains("1,024"), "{said}");
    assert!(
        said.contains("a colon and a space inside a value start a key"),
        "{said}"
    );
    rejects(
        "list-key.yaml",
        b"schema: 1\n? [key]\n: 3\n",
        ":2:3: this key is a list; a key is a word, like `title`",
    );
    // After a block scalar, the reader takes a tab-indented line for more
    // of it: the same advice.
    rejects(
        "tab-after-block.yaml",
        b"schema: 1\ntitle: x\nsummary: >-\n  words\n\tscope: team\n",
        ":5:1: a tab indents this line; YAML indents with spaces only, so replace the tab with spaces",
    );
}

#[test]
fn unknown_missing_and_duplicate_keys() {
    rejects(
        "unknown.yaml",
        b"schema: 1\nbogus: 2\ntitle: x\ntracks: []\nskills: []\nlevels: []\n",
        ":2:1: bogus: unknown key 'bogus'; expected one of: schema, title,",
    );
    rejects(
        "missing.yaml",
        b"schema: 1\ntitle: x\n",
        ":1:1: missing required key 'tracks' (the career tracks, such as individual contributor and management) (2 more problems",
    );
    // The command that lists them all names the file, which `ladder
    // validate` alone would not read.
    let missing = file("missing.yaml", b"schema: 1\ntitle: x\n");
    assert!(
        fails(&missing).ends_with(&format!(
            "(2 more problems: run `ladder validate {}` to see them all)\n",
            missing.display()
        )),
        "{}",
        fails(&missing)
    );
    rejects(
        "duplicate.yaml",
        b"schema: 1\ntitle: a\ntitle: b\ntracks: []\nskills: []\nlevels: []\n",
        ":3:1: duplicate field `title`: it is given on line 2 already, and a key is given once in a mapping; keep one of the two",
    );
    // Within a list item, the first is found in the same item.
    rejects(
        "duplicate-in-item.yaml",
        b"schema: 1\ntitle: a\ntracks:\n  - id: ic\n    name: IC\n  - id: m\n    name: M\n\n    name: Manager\nskills: []\nlevels: []\n",
        ":9:5: tracks[1]: duplicate field `name`: it is given on line 7 already",
    );
}

#[test]
fn bytes_that_are_not_utf8_text() {
    rejects(
        "latin1.yaml",
        b"schema: 1\ntitle: caf\xe9\n",
        ":2:11: invalid UTF-8 (byte 0xe9); a ladder file must be UTF-8 text",
    );
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain("schema: 1\n".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    rejects(
        "utf16.yaml",
        &utf16,
        ":1:1: the file is UTF-16; save it as UTF-8",
    );
    rejects(
        "nul.yaml",
        b"schema: 1\ntitle: a\x00b\n",
        ":2:9: control characters are not allowed",
    );
    // Deterministic garbage from a linear congruential generator.
    let mut state = 0x2545_f491_u32;
    let garbage: Vec<u8> = (0..8192)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (state >> 16) as u8
        })
        .collect();
    rejects("garbage.bin", &garbage, "invalid UTF-8");
}

#[test]
fn exponential_alias_bomb() {
    let mut text = String::from(
        "schema: 1\ntitle: t\nsummary: s\nsources:\n  - {id: a, title: &a lol}\npitfalls0: &p0 [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n",
    );
    for i in 1..10 {
        let previous = format!("*p{}", i - 1);
        let _ = writeln!(text, "p{i}: &p{i} [{}]", [previous.as_str(); 9].join(", "));
    }
    rejects("laughs.yaml", text.as_bytes(), "aliases repeat");
}

#[test]
fn linear_alias_bombs() {
    let items: Vec<String> = (0..2000).map(|i| format!("pitfall {i}")).collect();
    let anchored = format!("    pitfalls: &big [{}]\n", items.join(", "));
    let aliases = format!("    pitfalls: [{}]\n", vec!["*big"; 5000].join(", "));
    let text = default_ladder()
        .replacen(
            "    pitfalls:\n      - Seeing management",
            &format!("{anchored}    x-pitfalls:\n      - Seeing management"),
            1,
        )
        .replacen(
            "    pitfalls:\n      - Remaining the quickest",
            &format!("{aliases}    y-pitfalls:\n      - Remaining the quickest"),
            1,
        );
    rejects(
        "linear-list.yaml",
        text.as_bytes(),
        "aliases expand this value",
    );
    let string = format!(
        "schema: 1\ntitle: &t \"{}\"\nsummary: [{}]\n",
        "x".repeat(100_000),
        vec!["*t"; 20_000].join(",")
    );
    rejects(
        "linear-string.yaml",
        string.as_bytes(),
        ":2:8: summary[15]: aliases expand this value until the document weighs over",
    );
}

#[test]
fn oversized_and_endless_files() {
    let line = "# a comment line that pads the file out\n";
    let big = line.repeat((16 << 20) / line.len() + 1);
    rejects(
        "big.yaml",
        big.as_bytes(),
        "larger than 16 MiB, the most a ladder file may be",
    );
    // Endless input on standard input stops at the limit.
    let stderr = failed(
        assert_cmd::Command::new("bash")
            .args(["-c", "cat /dev/zero | \"$0\" --ladder - list"])
            .arg(assert_cmd::cargo::cargo_bin("ladder"))
            .timeout(std::time::Duration::from_secs(20)),
    );
    assert!(
        stderr.contains("<stdin>: larger than 16 MiB, the most a ladder file may be"),
        "{stderr}"
    );
}

/// A value of megabytes, where a list, a mapping or the whole ladder is
/// expected, is refused with its size and place: the YAML library would
/// otherwise quote all of it, escaped, in its error (over a second for 16
/// MiB). The cap is 4 MiB, so a value of just that size is still read.
#[test]
fn values_of_megabytes() {
    let mb = |n: usize, c: &str| c.repeat((n << 20) / c.len());
    for (name, text, at) in [
        ("root.yaml", mb(15, "a"), "root.yaml:1:1: "),
        (
            "levels.yaml",
            format!("schema: 1\ntitle: t\nlevels: {}\n", mb(15, "é")),
            "levels.yaml:3:9: levels: ",
        ),
        (
            "quoted.yaml",
            format!("schema: 1\ntitle: \"{}\"\n", mb(5, "x")),
            "quoted.yaml:2:8: title: ",
        ),
    ] {
        let stderr = fails(&file(name, text.as_bytes()));
        assert!(stderr.contains(at), "{name}: {stderr}");
        assert!(
            stderr.contains("bytes; a value may be at most 4 MiB"),
            "{name}: {stderr}"
        );
        assert!(stderr.len() < 300, "{name}: {stderr}");
    }
    // Just under the cap in a file over it: read, and refused for what it is.
    let title = format!(
        "schema: 1\ntitle: {}\n{}",
        mb(4, "t"),
        "# pad\n".repeat(1 << 16)
    );
    let stderr = fails(&file("long-title.yaml", title.as_bytes()));
    assert!(!stderr.contains("a value may be at most"), "{stderr}");
}

/// A named pipe is read as standard input is, waited on a few seconds for
/// a writer, then told to have none; a device other than a terminal is
/// refused, as it may never end.
#[test]
fn named_pipes_wait_a_little_for_their_writer_and_devices_are_refused() {
    let fifo = std::env::temp_dir().join(format!("ladder-fifo-{}", std::process::id()));
    let _ = std::fs::remove_file(&fifo);
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.unwrap().success(), "mkfifo runs");
    let expected = ": this is a named pipe, and nothing was written to it within 5 seconds; \
                    start the program that writes the ladder into it, or send the ladder to \
                    standard input and name it `-`\n";
    let stderr = fails(&fifo);
    assert!(stderr.ends_with(expected), "{stderr}");
    // A writer that opens the pipe after `ladder` does is waited for.
    let writer = format!(
        "sleep 0.5; cat '{}' > '{}'",
        common::fixture("data/ladder.yaml"),
        fifo.display()
    );
    let mut writer = std::process::Command::new("sh")
        .args(["-c", &writer])
        .spawn()
        .unwrap();
    let read = succeeded(
        ladder()
            .args(["--ladder"])
            .arg(&fifo)
            .arg("list")
            .timeout(std::time::Duration::from_secs(20)),
    );
    assert_eq!(read, succeeded(ladder().arg("list")));
    assert!(writer.wait().unwrap().success());
    // The environment names regular files only, as it never names `-`.
    let from_env = failed(
        ladder()
            .env("LADDER_FILE", &fifo)
            .arg("list")
            .timeout(std::time::Duration::from_secs(20)),
    );
    assert_eq!(
        from_env,
        format!(
            "error: LADDER_FILE={}: this is a pipe; LADDER_FILE names regular files only: give \
             it to `--ladder` instead\n",
            fifo.display()
        )
    );
    std::fs::remove_file(&fifo).unwrap();
    // A device named twice is refused as a device, not as one pipe.
    let twice = problems_found(ladder().args(["validate", "/dev/null", "/dev/null"]));
    assert!(twice.contains("/dev/null: this is a device"), "{twice}");
    for device in ["/dev/zero", "/dev/ptmx"] {
        assert_eq!(
            fails(std::path::Path::new(device)),
            format!(
                "error: {device}: this is a device; only regular files, pipes and terminals are read as ladders\n"
            )
        );
    }
}

/// `--ladder /dev/stdin` and a shell's `<(…)` are read as `-` is.
#[test]
fn a_ladder_from_a_pipe_the_command_line_names() {
    let listed = succeeded;
    let expected = listed(ladder().args(["list"]));
    let stdin = listed(
        ladder()
            .args(["--ladder", "/dev/stdin", "list"])
            .write_stdin(default_ladder()),
    );
    assert_eq!(stdin, expected);
    let path = file("piped.yaml", default_ladder().as_bytes());
    let script = format!("exec \"$LADDER\" --ladder <(cat '{}') list", path.display());
    let substituted = listed(
        assert_cmd::Command::new("bash")
            .args(["-c", &script])
            .env("LADDER", assert_cmd::cargo::cargo_bin("ladder"))
            .timeout(std::time::Duration::from_secs(20)),
    );
    assert_eq!(substituted, expected);
    // A shell's pipe that ends with nothing is an empty file, as `-` is.
    let empty = failed(
        assert_cmd::Command::new("bash")
            .args(["-c", "exec \"$LADDER\" --ladder <(true) list"])
            .env("LADDER", assert_cmd::cargo::cargo_bin("ladder"))
            .timeout(std::time::Duration::from_secs(20)),
    );
    assert!(empty.ends_with(": the file has no content; expected a ladder with schema, title, tracks, skills and levels\n"), "{empty}");
    // One pipe named twice, by two names or one, is a usage error, as `-`
    // named twice is.
    for script in [
        "exec \"$LADDER\" changes - /dev/stdin < <(cat \"$FILE\")",
        "f() { exec \"$LADDER\" changes \"$1\" \"$1\"; }; f <(cat \"$FILE\")",
    ] {
        let out = assert_cmd::Command::new("bash")
            .args(["-c", script])
            .env("LADDER", assert_cmd::cargo::cargo_bin("ladder"))
            .env("FILE", &path)
            .timeout(std::time::Duration::from_secs(20))
            .assert()
            .code(2)
            .stdout("")
            .get_output()
            .stderr
            .clone();
        let stderr = String::from_utf8_lossy(&out);
        assert!(
            stderr.contains("are one pipe or terminal; it can be read once, so name it once"),
            "{script}: {stderr}"
        );
    }
}

#[test]
fn directories_and_missing_paths() {
    let dir = std::env::temp_dir().join(format!("ladder-dirs-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("empty")).unwrap();
    let empty = dir.join("empty");
    assert!(fails(&empty).ends_with(": this is a directory; expected a ladder file in YAML\n"));
    // A directory with ladders in it names the first, as a word to paste;
    // not a hidden one (`.gitlab-ci.yml`), and `ladder.yaml` before others.
    for name in ["z.yml", "b ladder.yaml", "a.txt", ".a.yml"] {
        std::fs::write(dir.join(name), "schema: 1\n").unwrap();
    }
    assert!(fails(&dir).ends_with(&format!(
        ": this is a directory; expected a ladder file in YAML, such as `'{}'` in it\n",
        dir.join("b ladder.yaml").display()
    )));
    std::fs::write(dir.join("ladder.yml"), "schema: 1\n").unwrap();
    assert!(fails(&dir).ends_with(&format!(
        ", such as `{}` in it\n",
        dir.join("ladder.yml").display()
    )));
    let missing = dir.join("ladder-no-such-file.yaml");
    // A ladder that is not there yet is started with `ladder init`.
    assert!(fails(&missing).ends_with(&format!(
        ": cannot read the ladder: No such file or directory (os error 2); to start one, run `ladder init {}`\n",
        missing.display()
    )));
    // Not so for a ladder `changes` compares, which is there or in git.
    let out = common::failure(["changes", missing.to_str().unwrap(), "-"]);
    assert_eq!(
        out,
        format!(
            "error: old ladder: {}: no such file; name a ladder file, `-` for standard input, \
             or a file as a git revision holds it, such as `HEAD:./PATH`\n",
            missing.display()
        )
    );
}

#[test]
fn thousands_of_problems_are_reported_quickly_and_counted() {
    let mut text = String::from(
        "schema: 1\ntitle: t\ntracks: [{id: t, name: T}]\nskills: [{id: s, name: S, category: technical}]\nlevels:\n",
    );
    for i in 0..3000 {
        let _ = writeln!(
            text,
            "  - {{id: l{i}, name: L{i}, track: t, role: r, scope: s, responsibilities: [{{id: d, name: D}}], skills: [nope]}}"
        );
    }
    let path = file("many-problems.yaml", text.as_bytes());
    let out = problems_found(&mut limited(&path, &["validate", path.to_str().unwrap()]));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.last(), Some(&"3000 problems in 1 of 1 file"));
    let name = path.display().to_string();
    // The first thousand are listed, each with its position (found in one
    // pass over the file, not a parse each); the others are counted.
    assert_eq!(lines.len(), 1002);
    assert!(lines[0].starts_with(&format!("{name}:6:")), "{}", lines[0]);
    assert!(
        lines[999].starts_with(&format!("{name}:1005:")),
        "{}",
        lines[999]
    );
    assert_eq!(
        lines[1000],
        format!("{name}: … and 2000 more problems, not listed: a file reports its first 1000")
    );
    assert!(
        lines[..1000]
            .iter()
            .all(|l| l.contains("unknown skill 'nope'"))
    );
    let json = limited(
        &path,
        &["validate", path.to_str().unwrap(), "--format", "json"],
    )
    .assert()
    .code(1)
    .get_output()
    .stdout
    .clone();
    let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
    // For scripts, the last entry counts what it stands for, so that the
    // counts add up to every problem.
    let json = json.as_array().unwrap();
    assert_eq!(json.len(), 1001);
    assert_eq!(
        (json[0]["count"].as_u64(), json[1000]["count"].as_u64()),
        (Some(1), Some(2000))
    );
    assert_eq!(
        json.iter().filter_map(|p| p["count"].as_u64()).sum::<u64>(),
        3000
    );
}

/// `validate` tells an assessment from a ladder by its top-level keys; a line
/// that repeats those words half a million times is read once, not once per
/// word (the timeout guards against a hang, it measures nothing).
#[test]
fn a_line_that_repeats_the_keys_is_read_once() {
    let text = format!(
        "assessment: 1\nlevel: em\n# {}\n",
        "assessment levels ".repeat(500_000)
    );
    let path = file("repeated-keys.yaml", text.as_bytes());
    let out = limited(&path, &["validate", path.to_str().unwrap()])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("repeated-keys.yaml"), "{stdout}");
}

#[test]
fn optional_text_is_text_and_not_blank_when_given() {
    let ladder = |summary: &str, track_summary: &str| {
        format!(
            "schema: 1\ntitle: T\n{summary}tracks:\n  - id: t\n    name: T\n{track_summary}skills: []\nlevels:\n  - {{id: a, name: A, track: t, role: r, scope: s, responsibilities: [{{id: d, name: D}}], skills: []}}\n"
        )
    };
    rejects(
        "summary-number.yaml",
        ladder("summary: 5\n", "").as_bytes(),
        ":3:10: summary: expected text, found the number 5; put the value in quotes",
    );
    rejects(
        "summary-blank.yaml",
        ladder("summary: \"  \"\n", "").as_bytes(),
        ":3:10: summary: summary must not be empty; leave it out instead",
    );
    rejects(
        "track-summary-blank.yaml",
        ladder("", "    summary: ''\n").as_bytes(),
        ":6:14: tracks[0].summary: summary must not be empty; leave it out instead",
    );
    let fine = file(
        "summaries.yaml",
        ladder("summary: S\n", "    summary: U\n").as_bytes(),
    );
    common::ladder()
        .args(["validate", fine.to_str().unwrap()])
        .assert()
        .success();
}
