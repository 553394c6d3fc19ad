//! A Markdown matrix's duties by their wording: the same wording on two
//! levels, in any case, is one duty with one id.

use super::ids::slug;
use super::interner::Interner;
use super::unique::Unique;
use crate::ladder::Text;
use crate::ladder::text::ascii_lowercase_into;

pub struct Duties {
    /// Each wording met, in lower case, numbers a duty: an ASCII wording
    /// lent for the whole run is kept as it is, compared regardless of case.
    wordings: Interner,
    /// The wording being looked up, in lower case.
    key: Vec<u8>,
    /// The number of each duty's id in `unique`.
    ids: Vec<usize>,
    unique: Unique,
}

impl Default for Duties {
    fn default() -> Self {
        Duties {
            wordings: Interner::folding(),
            key: Vec::new(),
            ids: Vec::new(),
            unique: Unique::default(),
        }
    }
}

impl Duties {
    /// The number of the duty `wording` names, and its id when the wording
    /// is new: a slug of it, made unique, lent for the rest of the run.
    pub fn number(&mut self, wording: &Text) -> (usize, Option<&'static str>) {
        let (number, fresh) = match wording.lent().filter(|w| w.is_ascii()) {
            Some(lent) => {
                ascii_lowercase_into(&mut self.key, lent);
                (self.wordings).intern_lent(&self.key, lent.as_bytes())
            }
            None => {
                self.key = wording.to_lowercase().into_bytes();
                self.wordings.intern(&self.key)
            }
        };
        if !fresh {
            return (number, None);
        }
        let (id, n) = self.unique.lent(&slug(wording, "duty"));
        self.ids.push(n);
        (number, Some(id))
    }

    /// The id of duty `number`.
    pub fn id(&self, number: usize) -> &'static str {
        self.unique.get(self.ids[number])
    }
}
