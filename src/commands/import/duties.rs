//! A Markdown matrix's duties by their wording: the same wording on two
//! levels, in any case, is one duty with one id.

use super::ids::slug;
use super::interner::Interner;
use super::unique::Unique;
use crate::ladder::text::ascii_lowercase_into;

#[derive(Default)]
pub struct Duties {
    /// Each wording met, in lower case, numbers a duty.
    wordings: Interner,
    /// The wording being looked up, in lower case.
    key: Vec<u8>,
    /// The number of each duty's id in `unique`.
    ids: Vec<usize>,
    unique: Unique,
}

impl Duties {
    /// The number of the duty `wording` names, and its id when the wording
    /// is new: a slug of it, made unique.
    pub fn number(&mut self, wording: &str) -> (usize, Option<String>) {
        if wording.is_ascii() {
            ascii_lowercase_into(&mut self.key, wording);
        } else {
            self.key = wording.to_lowercase().into_bytes();
        }
        let (number, fresh) = self.wordings.intern(&self.key);
        if !fresh {
            return (number, None);
        }
        let (id, n) = self.unique.numbered(slug(wording, "duty"));
        self.ids.push(n);
        (number, Some(id))
    }

    /// The id of duty `number`.
    pub fn id(&self, number: usize) -> String {
        self.unique.get(self.ids[number])
    }
}
