//! Many short lists, one for each level, kept in one vector: a ladder of
//! thousands of levels gets its neighbours in two allocations instead of one
//! for each level.

/// List `i` is `items[ends[i - 1]..ends[i]]` (from 0 for the first).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lists<T> {
    ends: Vec<usize>,
    items: Vec<T>,
}

impl<T> Lists<T> {
    /// Room for `lists` lists of `items` items in all.
    pub fn with_capacity(lists: usize, items: usize) -> Self {
        Lists {
            ends: Vec::with_capacity(lists),
            items: Vec::with_capacity(items),
        }
    }

    /// The lists as their two vectors hold them: for code that builds them
    /// ahead of time (the built-in ladder's index).
    /// Panics when `ends` are not the ends of lists that cover `items`.
    pub fn from_parts(ends: Vec<usize>, items: Vec<T>) -> Self {
        let ordered = ends.windows(2).all(|w| w[0] <= w[1]);
        assert!(
            ordered && ends.last().copied().unwrap_or(0) == items.len(),
            "list ends that do not cover the items"
        );
        Lists { ends, items }
    }

    pub fn parts(&self) -> (&[usize], &[T]) {
        (&self.ends, &self.items)
    }

    /// Adds `item` to the list being made.
    pub fn push(&mut self, item: T) {
        self.items.push(item);
    }

    /// Ends the list being made; the next item starts the next list.
    pub fn close(&mut self) {
        self.ends.push(self.items.len());
    }

    /// How many lists there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// List `i`.
    pub fn get(&self, i: usize) -> &[T] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.items[start..self.ends[i]]
    }

    pub fn iter(&self) -> impl Iterator<Item = &[T]> {
        (0..self.len()).map(|i| self.get(i))
    }
}

impl<T: Copy> Lists<T> {
    /// `lists` lists of the `entries` given as (list, item), each list's items
    /// in the order they come: a counting sort, in two passes over them.
    pub fn by_list(lists: usize, entries: &[(usize, T)]) -> Self {
        let mut ends = vec![0; lists];
        for &(list, _) in entries {
            ends[list] += 1;
        }
        let mut total = 0;
        for end in &mut ends {
            total += *end;
            *end = total;
        }
        // Filled from each list's end backwards, taking entries from the last,
        // so that each list keeps their order.
        let mut next = ends.clone();
        let mut items = match entries.first() {
            Some(&(_, any)) => vec![any; total],
            None => Vec::new(),
        };
        for &(list, item) in entries.iter().rev() {
            next[list] -= 1;
            items[next[list]] = item;
        }
        Lists { ends, items }
    }
}

#[cfg(test)]
mod tests {
    use super::Lists;

    #[test]
    fn lists_keep_their_items_in_order() {
        let mut lists = Lists::with_capacity(3, 3);
        lists.push('a');
        lists.push('b');
        lists.close();
        lists.close();
        lists.push('c');
        lists.close();
        let got: Vec<&[char]> = lists.iter().collect();
        assert_eq!(got, [&['a', 'b'][..], &[], &['c']]);
        let sorted = Lists::by_list(3, &[(2, 'c'), (0, 'a'), (2, 'd'), (0, 'b')]);
        let got: Vec<&[char]> = sorted.iter().collect();
        assert_eq!(got, [&['a', 'b'][..], &[], &['c', 'd']]);
        let (ends, items) = sorted.parts();
        assert_eq!(Lists::from_parts(ends.to_vec(), items.to_vec()), sorted);
    }
}
