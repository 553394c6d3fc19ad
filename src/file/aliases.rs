//! Alias expansion, weighed: an alias bomb expands a small text into a huge
//! document, so every node of the document is visited, aliases expanded, and
//! the reading stops where the weight runs past a budget that grows with the
//! text. The same visit holds each value to `MAX_VALUE`: a hostile file can
//! hold one value of megabytes, and where a list or a mapping is expected
//! the YAML library writes such a value into its error message character by
//! character, escaped for debugging (over a second for 16 MiB). Ladder files
//! are far shorter than the cap (5,000 levels make 1.4 MB), so only a file
//! that could hold a longer value is weighed for it.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, Visitor};

/// The longest a value may be: 4 MiB. The library quotes that much in about
/// a fifth of a second, and a file must be larger still to hold it, larger
/// than any of the benchmarks' sources, which the visit would slow.
pub const MAX_VALUE: usize = 4 << 20;

/// How much a document may weigh once its aliases are expanded, for a text of
/// `len` bytes: each node costs one and each scalar its length in bytes.
fn alias_budget(len: usize) -> u64 {
    4 * len as u64 + (1 << 20)
}

/// Visits every node of a document, aliases expanded, and fails at the node where
/// the weight runs past the budget.
#[derive(Clone, Copy)]
pub struct Weigh<'b> {
    left: &'b Cell<u64>,
    budget: u64,
}

impl<'b> Weigh<'b> {
    /// A weighing of a text of `len` bytes, keeping what is left of its budget in `left`.
    pub fn new(left: &'b Cell<u64>, len: usize) -> Self {
        let budget = alias_budget(len);
        left.set(budget);
        Weigh { left, budget }
    }

    fn spend<E: de::Error>(&self, cost: u64) -> Result<(), E> {
        match self.left.get().checked_sub(cost) {
            Some(left) => {
                self.left.set(left);
                Ok(())
            }
            None => Err(E::custom(format!(
                "aliases expand this value until the document weighs over {} bytes, four times \
                 its own size and more; use fewer aliases of it or write the values out",
                self.budget
            ))),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Weigh<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Weigh<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML node")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.spend(1)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.spend(1)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.spend(1)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.spend(1)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        if v.len() > MAX_VALUE {
            return Err(E::custom(format!(
                "a value of {} bytes; a value may be at most 4 MiB (4,194,304 bytes)",
                v.len()
            )));
        }
        self.spend(1 + v.len() as u64)
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.spend(1)
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.spend(1)
    }

    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_any(self)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_any(self)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.spend(1)?;
        while seq.next_element_seed(self)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.spend(1)?;
        while map.next_key_seed(self)?.is_some() {
            map.next_value_seed(self)?;
        }
        Ok(())
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        use serde::de::VariantAccess;
        let (_, variant) = data.variant_seed(self)?;
        variant.newtype_variant_seed(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_alias_budget_grows_with_the_file() {
        assert!(alias_budget(1000) > 1 << 20);
        assert_eq!(alias_budget(1 << 20) - alias_budget(0), 4 << 20);
    }
}
