//! Byte searches that never ask the processor what it can do. The memchr
//! crate's plain functions look, at their first call in a run, for vector
//! instructions beyond SSE2, and a virtual machine answers that question
//! slowly: about 30 µs, 3% of a millisecond run of `ladder show`. SSE2 is
//! part of every x86-64 processor, so its searchers are made without asking;
//! elsewhere the plain functions are used.

#[cfg(target_arch = "x86_64")]
use memchr::arch::x86_64::sse2::memchr::{One, Three, Two};

/// The offset of the first `n` in `b`.
pub fn find(n: u8, b: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    if let Some(search) = One::new(n) {
        return search.find(b);
    }
    memchr::memchr(n, b)
}

/// The offset of the first `n1` or `n2` in `b`.
pub fn find2(n1: u8, n2: u8, b: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    if let Some(search) = Two::new(n1, n2) {
        return search.find(b);
    }
    memchr::memchr2(n1, n2, b)
}

/// The offset of the first of `n1`, `n2` or `n3` in `b`.
pub fn find3(n1: u8, n2: u8, n3: u8, b: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    if let Some(search) = Three::new(n1, n2, n3) {
        return search.find(b);
    }
    memchr::memchr3(n1, n2, n3, b)
}

/// The offsets of every `n1` or `n2` in `b`, in order.
pub fn each2(n1: u8, n2: u8, b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + find2(n1, n2, b.get(from..)?)?;
        from = at + 1;
        Some(at)
    })
}

/// The offsets of every `n1`, `n2` or `n3` in `b`, in order.
pub fn each3(n1: u8, n2: u8, n3: u8, b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + find3(n1, n2, n3, b.get(from..)?)?;
        from = at + 1;
        Some(at)
    })
}

/// The offsets of every `n` in `b`, in order.
pub fn each(n: u8, b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + find(n, b.get(from..)?)?;
        from = at + 1;
        Some(at)
    })
}

/// The offset of the last `n1` or `n2` in `b`.
pub fn rfind2(n1: u8, n2: u8, b: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    if let Some(search) = Two::new(n1, n2) {
        return search.rfind(b);
    }
    memchr::memrchr2(n1, n2, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_searches_find_what_memchr_finds() {
        let pieces = ["a", "[", "{", ":", "#", "\n", "\r", "é", "\u{feff}", "x"];
        for text in crate::testing::mixes(&pieces, 2000, 40, 3) {
            let b = text.as_bytes();
            assert_eq!(find(b'\r', b), memchr::memchr(b'\r', b));
            assert_eq!(find2(b'[', b'x', b), memchr::memchr2(b'[', b'x', b));
            assert_eq!(
                find3(b':', b'#', b'\n', b),
                memchr::memchr3(b':', b'#', b'\n', b)
            );
            let ours: Vec<usize> = each2(b'[', b'{', b).collect();
            assert_eq!(
                ours,
                memchr::memchr2_iter(b'[', b'{', b).collect::<Vec<_>>()
            );
            let ours: Vec<usize> = each3(b':', b'#', b'\n', b).collect();
            assert_eq!(
                ours,
                memchr::memchr3_iter(b':', b'#', b'\n', b).collect::<Vec<_>>()
            );
            assert_eq!(rfind2(b'\n', b'\r', b), memchr::memrchr2(b'\n', b'\r', b));
            let ours: Vec<usize> = each(b'\n', b).collect();
            assert_eq!(ours, memchr::memchr_iter(b'\n', b).collect::<Vec<_>>());
        }
    }
}
