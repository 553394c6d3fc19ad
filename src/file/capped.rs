//! A cap on the length of one value. A ladder's texts are lines and
//! paragraphs, but a hostile file can hold a single value of megabytes, and
//! where a list or a mapping is expected the YAML library writes such a value
//! into its error message character by character, escaped for debugging:
//! over a second for 16 MiB. A value longer than the cap is refused before
//! the typed reading, with its place. Only a file longer than the cap can hold
//! one, and ladder files are far shorter (5,000 levels make 1.4 MB), so the
//! check costs nothing on the files teams keep.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess};
use serde::de::{VariantAccess, Visitor};

/// The longest a value may be: 4 MiB. The library quotes that much in about
/// a fifth of a second, and a file must be larger still to hold it, larger
/// than any of the benchmarks' sources, which the check would slow.
pub const MAX_VALUE: usize = 4 << 20;

/// Reads a document and fails at its first value longer than `MAX_VALUE`.
pub struct Capped;

impl<'de> DeserializeSeed<'de> for Capped {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_any(Capped)
    }
}

/// `Ok` for a value of `len` bytes within the cap.
fn within<E: de::Error>(len: usize) -> Result<(), E> {
    match len > MAX_VALUE {
        true => Err(E::custom(format!(
            "a value of {len} bytes; a value may be at most 4 MiB (4,194,304 bytes)"
        ))),
        false => Ok(()),
    }
}

impl<'de> Visitor<'de> for Capped {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        within(v.len())
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<(), E> {
        within(v.len())
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        Capped.deserialize(de)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Capped)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key_seed(Capped)?.is_some() {
            map.next_value_seed(Capped)?;
        }
        Ok(())
    }

    /// A tagged value: its tag is a short name, its value is weighed.
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        let (_, value) = data.variant::<de::IgnoredAny>()?;
        value.newtype_variant_seed(Capped)
    }
}
