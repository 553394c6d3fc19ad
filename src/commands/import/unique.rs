//! Ids made unique by a number, as an importer makes them from a source's
//! names.

use super::interner::Interner;
use crate::ladder::hash::HashMap;

/// Ids made unique: the second `x` becomes `x-2`, and so on. Each id
/// remembers the next number to try, so a thousand `x` cost a thousand steps.
#[derive(Default)]
pub struct Unique {
    /// The ids made, numbered in the order made.
    taken: Interner,
    next: HashMap<String, usize>,
}

impl Unique {
    pub fn id(&mut self, wanted: String) -> String {
        self.numbered(wanted).0
    }

    /// The id made from `wanted`, and its number, for `get`.
    pub fn numbered(&mut self, wanted: String) -> (String, usize) {
        match self.lent(&wanted) {
            (id, n) if id == wanted => (wanted, n),
            (id, n) => (id.to_string(), n),
        }
    }

    /// The id made from `wanted`, lent for the rest of the run, and its
    /// number.
    pub fn lent(&mut self, wanted: &str) -> (&'static str, usize) {
        let (n, fresh) = self.taken.intern(wanted.as_bytes());
        if fresh {
            return (self.get(n), n);
        }
        let mut next = self.next.get(wanted).copied().unwrap_or(2);
        let n = loop {
            let candidate = format!("{wanted}-{next}");
            next += 1;
            let (n, fresh) = self.taken.intern(candidate.as_bytes());
            if fresh {
                break n;
            }
        };
        self.next.insert(wanted.to_string(), next);
        (self.get(n), n)
    }

    /// Id number `n`.
    pub fn get(&self, n: usize) -> &'static str {
        // Every id was a string when it was made.
        std::str::from_utf8(self.taken.get(n)).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::Unique;

    #[test]
    fn repeats_get_the_next_free_number_and_ids_keep_theirs() {
        let mut ids = Unique::default();
        let made: Vec<(String, usize)> = ["x", "x", "x-2", "x", "y", "x-3"]
            .iter()
            .map(|w| ids.numbered(w.to_string()))
            .collect();
        let names: Vec<&str> = made.iter().map(|(id, _)| id.as_str()).collect();
        // `x-2` was made for the second `x`, so the source's own `x-2`
        // becomes `x-2-2`; likewise its own `x-3`, made for the third `x`.
        assert_eq!(names, ["x", "x-2", "x-2-2", "x-3", "y", "x-3-2"]);
        for (id, n) in &made {
            assert_eq!(ids.get(*n), id);
        }
        assert_eq!(
            made.iter().map(|(_, n)| *n).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4, 5]
        );
    }
}
