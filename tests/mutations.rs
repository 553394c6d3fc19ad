//! A randomized test: mutated copies of the built-in ladder (bytes flipped, the
//! text cut short, YAML punctuation inserted, lines repeated or dropped) must
//! end in a loaded ladder or in clean problems, and a loaded one must survive
//! every command in every format. Never a panic.

use ladder::cli::command::{DiffArgs, ListArgs, ShowArgs};
use ladder::cli::{Command, Format, Sub};
use ladder::commands;
use ladder::file::{self as load, Origin, builtin};
use ladder::output::{self, Style};
use proptest::prelude::*;
use proptest::sample::Index as At;

#[derive(Debug, Clone)]
enum Mutation {
    Flip(At, u8),
    Truncate(At),
    Insert(At, &'static str),
    RepeatLine(At),
    DropLine(At),
}

/// Text that means something to YAML or to a ladder, for insertion.
const FRAGMENTS: &[&str] = &[
    ":",
    "- ",
    " ",
    "\n",
    "\t",
    "[",
    "]",
    "{",
    "}",
    ",",
    "#",
    "'",
    "\"",
    "&a ",
    "*a",
    "---\n",
    "~",
    "!!str ",
    "? ",
    "|\n",
    ">-\n",
    "\u{0}",
    "\u{feff}",
    "\r\n",
    "id: em",
    "next: [cto]",
    "lateral: [senior]",
    "skills: []",
    "9999999999",
    "-1",
    "null",
    "\u{1b}[31m",
    "\u{202e}",
    "!",
    "&",
    "*",
    "|",
    ">",
    "%",
    "@",
    "`",
    "-'",
    ":'",
    "x'",
    "['",
    "#'",
    "\\\"",
    "''",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<At>(), 0u8..8).prop_map(|(at, bit)| Mutation::Flip(at, bit)),
        any::<At>().prop_map(Mutation::Truncate),
        (any::<At>(), proptest::sample::select(FRAGMENTS))
            .prop_map(|(at, text)| Mutation::Insert(at, text)),
        any::<At>().prop_map(Mutation::RepeatLine),
        any::<At>().prop_map(Mutation::DropLine),
    ]
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
    let lines = |bytes: &[u8]| {
        bytes
            .split_inclusive(|&b| b == b'\n')
            .map(<[u8]>::to_vec)
            .collect::<Vec<_>>()
    };
    match mutation {
        Mutation::Flip(at, bit) if !bytes.is_empty() => {
            let at = at.index(bytes.len());
            bytes[at] ^= 1 << bit;
        }
        Mutation::Truncate(at) => bytes.truncate(at.index(bytes.len() + 1)),
        Mutation::Insert(at, text) => {
            let at = at.index(bytes.len() + 1);
            bytes.splice(at..at, text.bytes());
        }
        Mutation::RepeatLine(at) | Mutation::DropLine(at) if !bytes.is_empty() => {
            let mut all = lines(bytes);
            let at = at.index(all.len());
            match mutation {
                Mutation::RepeatLine(_) => all.insert(at, all[at].clone()),
                _ => drop(all.remove(at)),
            }
            *bytes = all.concat();
        }
        _ => {}
    }
}

/// Loads `bytes` and, when they load, runs every command on them in every format.
fn exercise(bytes: Vec<u8>) {
    let origin = Origin::File("mutated.yaml".into());
    let Ok(text) = load::decode(bytes, "ladder") else {
        return;
    };
    let index = match load::check(&origin, &text) {
        Ok(index) => index,
        Err(problems) => {
            assert!(!problems.is_empty());
            assert!(
                problems
                    .iter()
                    .all(|p| p.file == "mutated.yaml" && !p.message.is_empty())
            );
            return;
        }
    };
    let ids: Vec<String> = index.levels().iter().map(|l| l.id.to_string()).collect();
    let (first, last) = (ids[0].clone(), ids[ids.len() - 1].clone());
    let mut commands = vec![
        Command::List(Sub::new(ListArgs { track: None })),
        Command::Diff(Sub::new(DiffArgs {
            from: first.clone(),
            to: last.clone(),
        })),
    ];
    commands.push(Command::Diff(Sub::new(DiffArgs {
        from: last,
        to: first,
    })));
    commands.extend(
        ids.into_iter()
            .map(|level| Command::Show(Sub::new(ShowArgs { level }))),
    );
    let mut held = commands::Held::with_ladder(index);
    let style = Style {
        color: true,
        width: 60,
    };
    for command in &commands {
        let report = commands::run(command, &origin, &mut held)
            .expect("a loaded ladder answers every command");
        for format in [Format::Table, Format::Json, Format::Yaml] {
            let out = output::render(&report, format, &style).expect("every report renders");
            assert!(!out.is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_ladders_load_cleanly_or_fail_cleanly(mutations in proptest::collection::vec(mutation(), 1..4)) {
        let mut bytes = builtin::TEXT.as_bytes().to_vec();
        for mutation in &mutations {
            apply(&mut bytes, mutation);
        }
        exercise(bytes);
    }
}
