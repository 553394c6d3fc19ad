//! The plain-scalar rules against the YAML reader's own, and text read with
//! a file's scalars known against text read strictly.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};

use super::{Plain, read_plain};

/// What the YAML reader itself makes of a plain scalar.
struct Probe;

impl<'de> Visitor<'de> for Probe {
    type Value = Plain;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a scalar")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Plain, E> {
        Ok(Plain::Null)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Plain, E> {
        Ok(Plain::Bool(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Plain, E> {
        Ok(Plain::U64(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Plain, E> {
        Ok(Plain::I64(v))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Plain, E> {
        Ok(Plain::U128(v))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Plain, E> {
        Ok(Plain::I128(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Plain, E> {
        Ok(Plain::F64(v))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Plain, E> {
        Ok(Plain::Text)
    }
}

fn by_the_reader(scalar: &str) -> Option<Plain> {
    let doc = format!("- {scalar}\n");
    let mut de = serde_yaml::Deserializer::from_str(&doc);
    let one = de.next()?;
    struct First;
    impl<'de> Visitor<'de> for First {
        type Value = Plain;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a list of one scalar")
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Plain, A::Error> {
            struct Any;
            impl<'de> de::DeserializeSeed<'de> for Any {
                type Value = Plain;
                fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Plain, D::Error> {
                    d.deserialize_any(Probe)
                }
            }
            let first = seq.next_element_seed(Any)?;
            match (first, seq.next_element_seed(Any)?) {
                (Some(first), None) => Ok(first),
                _ => Err(de::Error::custom("not one scalar")),
            }
        }
    }
    one.deserialize_seq(First).ok()
}

fn same(a: Plain, b: Plain) -> bool {
    match (a, b) {
        (Plain::F64(x), Plain::F64(y)) => x.to_bits() == y.to_bits(),
        _ => a == b,
    }
}

#[test]
fn plain_scalars_read_as_the_yaml_reader_reads_them() {
    let mut scalars: Vec<String> = [
        "~",
        "null",
        "Null",
        "NULL",
        "nULL",
        "true",
        "True",
        "TRUE",
        "tRUE",
        "false",
        "no",
        "yes",
        "0",
        "00",
        "007",
        "-0",
        "+0",
        "12",
        "+12",
        "-12",
        "1_000",
        "0x1F",
        "0x",
        "-0x1F",
        "+0x1F",
        "0x-1",
        "0o17",
        "-0o17",
        "0b101",
        "-0b101",
        "0b2",
        "1.5",
        "-1.5",
        "+1.5",
        ".5",
        "5.",
        "1e3",
        "1E-3",
        "-.5e2",
        ".inf",
        "-.inf",
        "+.inf",
        ".Inf",
        "-.INF",
        ".nan",
        ".NaN",
        "-.nan",
        "inf",
        "nan",
        "NaN",
        "infinity",
        "1e999",
        "-1e999",
        "++1",
        "+-1",
        "--1",
        "-",
        "+",
        ".",
        "..",
        "1.2.3",
        "12abc",
        "0x1G",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "340282366920938463463374607431768211455",
        "340282366920938463463374607431768211456",
        "-170141183460469231731687303715884105728",
        "1:2",
        "1,2",
        "3-5",
        "20%",
        "1st",
        "v2",
        "level-00050",
        "tech-lead",
        "-a",
        ".hidden",
        "0.0.1",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // And short strings of the characters numbers are made of.
    let alphabet = [
        "0", "1", "7", "9", "+", "-", ".", "e", "E", "x", "o", "b", "_", "a", "I", "f", "n", "N",
    ];
    scalars.extend(crate::testing::mixes(&alphabet, 20_000, 7, 5));
    let mut compared = 0;
    for scalar in &scalars {
        // Only what the reader takes as one plain scalar is compared.
        let Some(reader) = by_the_reader(scalar) else {
            continue;
        };
        compared += 1;
        let ours = read_plain(scalar);
        assert!(
            same(ours, reader),
            "{scalar:?}: {ours:?}, the reader {reader:?}"
        );
    }
    assert!(compared > 15_000, "{compared}");
}

#[test]
fn text_read_with_the_scalars_known_is_text_read_strictly() {
    use crate::ladder::Text;
    use crate::ladder::text::with_scalars;
    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Doc {
        t: Vec<Text>,
        u: Option<Text>,
    }
    let values = [
        "plain words",
        "12",
        "'12'",
        "\"12\"",
        "\"1\\x32\"",
        // Escapes whose text matches the end of what is written.
        "\"\\x31\"",
        "\"\\x3100\"",
        "\"\\u0031\"",
        "\"\\\n    12\"",
        "\"\\\n    ~\"",
        "\"\\\n    \"",
        "\"\\\n\"",
        "\"\\\r\n  \"",
        "'1''2'",
        "\"a\\\"\"",
        "''",
        "\"\"",
        "~",
        "null",
        "false",
        "'false'",
        "0x10",
        ".NaN",
        "-.inf",
        "1e3",
        "007",
        "18446744073709551616",
        "-170141183460469231731687303715884105729",
        "12   # a comment",
        "&n false",
        "&m 'x'",
        "|\n    12",
        ">\n    false",
        "don't",
        "\"it's\"",
        "'it''s'",
        "a\n    12",
        "[12]",
        "{a: 1}",
        "- 12",
    ];
    let read = |doc: &str| serde_yaml::from_str::<Doc>(doc).map_err(|e| e.to_string());
    for value in values {
        for doc in [
            format!("t:\n  - {value}\nu: {value}\n"),
            format!("u: x\nt: [{value}, {value}]\n"),
            format!("{{\"t\": [{value}], \"u\": {value}}}"),
            format!("t:\n  - &a {value}\n  - *a\n"),
            "t: []\nu:\n".to_string(),
        ] {
            let fast = with_scalars(&doc, read_plain, || read(&doc));
            assert_eq!(fast, read(&doc), "{doc:?}");
        }
    }
    // An empty value right after a quote is null, not an empty quoted text.
    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct One {
        v: Text,
    }
    let read = |doc: &str| serde_yaml::from_str::<One>(doc).map_err(|e| e.to_string());
    for doc in [
        "{\"v\"}",
        "{'v'}",
        "{\"v\":\"\"}",
        "{'v':''}",
        "{v: \"\"}",
        "\"v\":",
        "v: ''",
    ] {
        let fast = with_scalars(doc, read_plain, || read(doc));
        assert_eq!(fast, read(doc), "{doc:?}");
    }
}
