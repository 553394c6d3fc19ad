//! The JSON Schema of the ladder file format, checked against the model and
//! by an independent validator.

mod common;

use ladder::commands::schema::SCHEMA;
use ladder::file::{Origin, builtin, check, yaml};
use serde_json::Value;

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("the schema is JSON")
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft7::new(&schema()).expect("the schema is a valid draft-07 schema")
}

/// A ladder file as the JSON value the schema describes.
fn document(path: &str) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    yaml::parse(&text).unwrap_or_else(|e| panic!("{path}: {}", e.message))
}

fn keys(object: &Value) -> Vec<String> {
    let mut keys: Vec<String> = object.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    keys
}

#[test]
fn the_schema_names_exactly_the_fields_of_the_model() {
    let schema = schema();
    let index = check(&Origin::Builtin, builtin::TEXT).unwrap();
    let ladder = serde_json::to_value(index.data()).unwrap();
    let level = |id: &str| {
        let levels = ladder["levels"].as_array().unwrap().iter();
        levels.clone().find(|l| l["id"] == id).unwrap()
    };
    let (em, staff) = (level("em"), level("staff"));
    let samples = [
        ("level", em),
        ("responsibility", &staff["responsibilities"][0]),
        ("range", &em["span"]),
        ("skill", &ladder["skills"][0]),
        ("track", &ladder["tracks"][0]),
        ("source", &ladder["sources"][1]),
        ("role", &ladder["roles"][0]),
        ("category", &ladder["categories"][0]),
        ("lateral", &em["lateral"][0]),
    ];
    assert_eq!(keys(&schema["properties"]), keys(&ladder), "the top level");
    for (name, sample) in samples {
        let definition = &schema["definitions"][name];
        // A lateral move is an id or an object; the object form has the keys.
        let properties = match definition.get("anyOf") {
            Some(forms) => &forms[1]["properties"],
            None => &definition["properties"],
        };
        assert_eq!(keys(properties), keys(sample), "{name}");
    }
}

#[test]
fn the_default_ladder_and_the_fixtures_pass_an_independent_validator() {
    let validator = validator();
    for path in ["data/ladder.yaml", "tests/fixtures/acme.yaml"] {
        let doc = document(path);
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{path}: {errors:#?}");
    }
}

#[test]
fn the_schema_rejects_what_the_loader_rejects_for_shape() {
    let validator = validator();
    for name in ["unknown-key", "wrong-type", "missing-field"] {
        let doc = document(&format!("tests/fixtures/bad/{name}.yaml"));
        assert!(!validator.is_valid(&doc), "{name} should be invalid");
    }
}

#[test]
fn the_default_ladder_points_editors_at_the_schema() {
    assert!(builtin::TEXT.starts_with("# yaml-language-server: $schema=ladder.schema.json\n"));
}

#[test]
fn the_schema_checks_the_cited_forms() {
    let validator = validator();
    let doc = document("data/ladder.yaml");
    assert!(validator.is_valid(&doc));
    let em = doc["levels"]
        .as_array()
        .unwrap()
        .iter()
        .position(|l| l["id"] == "em")
        .unwrap();
    for (field, wrong) in [
        ("lateral", serde_json::json!([{"id": "staff", "by": ["x"]}])),
        ("lateral", serde_json::json!([3])),
        (
            "span",
            serde_json::json!({"min": 1, "max": 2, "sources": "x"}),
        ),
    ] {
        let mut changed = doc.clone();
        changed["levels"][em][field] = wrong.clone();
        assert!(!validator.is_valid(&changed), "{field}: {wrong}");
    }
    let mut roles = doc.clone();
    roles["roles"] = serde_json::json!([{"id": "Chief", "name": "C"}]);
    assert!(!validator.is_valid(&roles), "a role id is kebab-case");
}

/// Where `ladder validate` holds an id to kebab-case or refuses blank text,
/// so does the schema, and what it accepts (categories left null) so does the
/// schema: checked both ways on each change.
#[test]
fn the_schema_and_validate_agree_on_ids_and_blank_text() {
    let validator = validator();
    let doc = document("data/ladder.yaml");
    type Change = fn(&mut Value);
    let changes: [(&str, Change); 19] = [
        ("a track id", |d| d["tracks"][0]["id"] = "Eng_Team".into()),
        ("a skill id", |d| d["skills"][0]["id"] = "Big Skill".into()),
        ("a source id", |d| d["sources"][0]["id"] = "Src_1".into()),
        ("a duty id", |d| {
            d["levels"][0]["responsibilities"][0]["id"] = "Do_It".into()
        }),
        ("a blank summary", |d| d["summary"] = "".into()),
        ("a blank track summary", |d| {
            d["tracks"][0]["summary"] = "".into()
        }),
        ("a summary of blanks", |d| d["summary"] = " \t".into()),
        ("a detail of blanks", |d| {
            d["levels"][0]["responsibilities"][0]["detail"] = " ".into()
        }),
        ("a blank pitfall", |d| {
            d["levels"][0]["pitfalls"] = serde_json::json!([""])
        }),
        ("a title of two lines", |d| d["title"] = "A\nB".into()),
        ("a role of blanks", |d| d["levels"][0]["role"] = "  ".into()),
        // JSON Schema's `\s` takes U+FEFF for a space; Unicode does not.
        ("a title of a byte-order mark", |d| {
            d["title"] = "\u{feff}".into()
        }),
        // Nor does a name of characters that show nothing.
        ("a name of zero-width characters", |d| {
            d["levels"][0]["name"] = "\u{200b}\u{200d}\u{2060}".into()
        }),
        ("a role of a Hangul filler and a soft hyphen", |d| {
            d["levels"][0]["role"] = "\u{3164} \u{ad}".into()
        }),
        ("a title of a Braille blank", |d| {
            d["title"] = "\u{2800}".into()
        }),
        ("a scope of an Arabic letter mark", |d| {
            d["levels"][0]["scope"] = "\u{61c}\u{fff9}".into()
        }),
        ("a url that is no web address", |d| {
            d["sources"][0]["url"] = "ftp://files.example/ladder".into()
        }),
        ("a url with a space", |d| {
            d["sources"][0]["url"] = "https://example.test/a b".into()
        }),
        ("a url with a control", |d| {
            d["sources"][0]["url"] = "https://example.test/\u{85}".into()
        }),
    ];
    for (what, change) in changes {
        let mut changed = doc.clone();
        change(&mut changed);
        assert!(!validator.is_valid(&changed), "the schema takes {what}");
        let text = serde_json::to_string(&changed).unwrap();
        assert!(
            check(&Origin::Stdin, &text).is_err(),
            "validate takes {what}"
        );
    }
    // A decimal of a whole value is an integer to JSON Schema, and so to
    // validate; one with a fraction is neither.
    for (min, takes) in [(20.0, true), (20.5, false)] {
        let mut decimal = doc.clone();
        let level = (decimal["levels"].as_array_mut().unwrap().iter_mut())
            .find(|l| l["coding"]["min"] == 20)
            .expect("a level coding from 20%");
        level["coding"]["min"] = min.into();
        assert_eq!(
            validator.is_valid(&decimal),
            takes,
            "the schema on min: {min}"
        );
        let text = serde_json::to_string(&decimal).unwrap();
        assert!(
            text.contains(&format!("\"min\":{min}")),
            "{min} is written as a decimal"
        );
        let checked = check(&Origin::Stdin, &text);
        assert_eq!(checked.is_ok(), takes, "validate on min: {min}");
    }
    let mut null = doc.clone();
    null["categories"] = Value::Null;
    assert!(validator.is_valid(&null), "categories: null");
    let text = serde_json::to_string(&null).unwrap();
    assert!(
        check(&Origin::Stdin, &text).is_ok(),
        "validate takes categories: null"
    );
}

/// `ladder schema --format yaml` is the same schema, written as every view's
/// YAML is: each text double-quoted.
#[test]
fn the_schema_as_yaml_is_the_same_schema_with_texts_double_quoted() {
    let out = common::ladder()
        .args(["schema", "--format", "yaml"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.contains("\ntitle: \"ladder file\"\n"), "{text}");
    let read: Value = yaml::parse(&text).unwrap_or_else(|e| panic!("{}", e.message));
    assert_eq!(read, schema());
}
