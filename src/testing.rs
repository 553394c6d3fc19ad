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
    (0..count).map(move |_| {
        let mut text = String::new();
        for _ in 0..seed % (most + 1) {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            text.push_str(pieces[(seed >> 8) as usize % pieces.len()]);
        }
        text
    })
}
