//! The lean writer on shapes a ladder has and some it could have.

use serde::Serialize;

#[derive(Serialize)]
struct Item {
    id: &'static str,
    note: Option<&'static str>,
    tags: Vec<&'static str>,
}

#[derive(Serialize)]
struct Doc {
    title: &'static str,
    count: u32,
    ratio: f64,
    missing: Option<u32>,
    empty: Vec<u32>,
    skills: Vec<u32>,
    items: Vec<Item>,
    grid: Vec<Vec<u32>>,
    maybe: Vec<Option<u32>>,
    nothing: Item,
}

#[test]
fn empty_fields_are_left_out_and_text_is_quoted_in_block_style() {
    let doc = Doc {
        title: "A \"quoted\"\ntitle: not a key",
        count: 3,
        ratio: 0.5,
        missing: None,
        empty: vec![],
        skills: vec![],
        items: vec![
            Item {
                id: "a",
                note: Some("first"),
                tags: vec!["x", "y"],
            },
            Item {
                id: "b",
                note: None,
                tags: vec![],
            },
        ],
        grid: vec![vec![1, 2], vec![]],
        maybe: vec![None, Some(4)],
        nothing: Item {
            id: "c",
            note: None,
            tags: vec![],
        },
    };
    assert_eq!(
        super::to_string(&doc).unwrap(),
        "title: \"A \\\"quoted\\\"\\ntitle: not a key\"\n\
         count: 3\n\
         ratio: 0.5\n\
         skills: []\n\
         items:\n  - id: \"a\"\n    note: \"first\"\n    tags:\n      - \"x\"\n      - \"y\"\n  - id: \"b\"\n\
         grid:\n  - \n    - 1\n    - 2\n  - []\n\
         maybe:\n  - null\n  - 4\n\
         nothing:\n  id: \"c\"\n"
    );
}

#[derive(Serialize)]
struct Later {
    first: Option<&'static str>,
    second: Vec<u8>,
    third: &'static str,
}

#[test]
fn a_list_items_first_written_key_goes_on_its_dash_and_empty_mappings_read_as_braces() {
    let later = |third| Later {
        first: None,
        second: vec![],
        third,
    };
    let keyed = std::collections::BTreeMap::from([("b key", vec![later("x")]), ("a", vec![])]);
    assert_eq!(
        super::to_string(&(vec![later("x"), later("y")], keyed)).unwrap(),
        "- \n  - third: \"x\"\n  - third: \"y\"\n- \"b key\":\n    - third: \"x\"\n"
    );
    let empty = Item {
        id: "",
        note: None,
        tags: vec![],
    };
    #[derive(Serialize)]
    struct Nothing {
        none: Option<u8>,
    }
    assert_eq!(
        super::to_string(&(Nothing { none: None }, vec![Nothing { none: None }], empty)).unwrap(),
        "- {}\n- \n  - {}\n- id: \"\"\n"
    );
    assert_eq!(super::to_string(&Vec::<u8>::new()).unwrap(), "[]\n");
    assert_eq!(super::to_string(&None::<u8>).unwrap(), "null\n");
    assert_eq!(
        super::to_string(&"\u{7f}\u{85}\u{2028}\u{1}\u{8}").unwrap(),
        "\"\\u007f\\u0085\\u2028\\u0001\\b\"\n"
    );
}
