//! What the unit tests share: many varied strings, the same on every run.

/// `count` strings, each of up to `most` of `pieces` chosen by a fixed
/// sequence from `seed`: for holding a fast function to the plain one it
/// replaces on every mix of the pieces that matter to it.
pub fn mixes<'p>(
    pieces: &'p [&'p str],
    count: usize,
    most: u32,
    mut seed: u32,
) -> impl Iterator<Item = String> + 'p {
    let mut next = move || {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        seed >> 8
    };
    // The length is drawn from the sequence too: were it the seed's own
    // remainder, a seed that divides evenly would make every string empty.
    (0..count).map(move |_| {
        let len = next() % (most + 1);
        (0..len)
            .map(|_| pieces[next() as usize % pieces.len()])
            .collect()
    })
}

/// A fixed sequence of numbers below the `n` asked for each time, from
/// `seed` (xorshift): for tests that generate their cases.
pub fn draws(mut seed: u32) -> impl FnMut(usize) -> usize {
    move |n| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed as usize % n
    }
}
