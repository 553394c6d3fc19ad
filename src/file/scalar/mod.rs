//! How YAML reads a scalar written without quotes: what `Text` needs to take
//! each scalar as the string it is and still refuse `~`, `false` or `0x10`
//! written where text belongs.
//!
//! The rules are those of the YAML reader in use (serde_yaml 0.9.34, pinned
//! in Cargo.toml), written out here because it keeps them private; a test
//! holds the two to the same answers.

use std::num::ParseIntError;

use crate::ladder::text::Plain;

/// What a plain scalar reads as: null, a boolean, an integer (decimal, or
/// `0x`, `0o`, `0b`), a finite float or `.inf`/`.nan`, or else text.
pub fn read_plain(v: &str) -> Plain {
    match v {
        "" | "~" | "null" | "Null" | "NULL" => return Plain::Null,
        "true" | "True" | "TRUE" => return Plain::Bool(true),
        "false" | "False" | "FALSE" => return Plain::Bool(false),
        _ => {}
    }
    // A number begins with a digit, a sign or a point; most text does not.
    if !v.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '+' | '-' | '.')) {
        return Plain::Text;
    }
    if let Some(n) = unsigned(v, u64::from_str_radix) {
        return Plain::U64(n);
    }
    if let Some(n) = negative(v, i64::from_str_radix) {
        return Plain::I64(n);
    }
    if let Some(n) = unsigned(v, u128::from_str_radix) {
        return Plain::U128(n);
    }
    if let Some(n) = negative(v, i128::from_str_radix) {
        return Plain::I128(n);
    }
    if !digits_but_not_number(v)
        && let Some(n) = float(v)
    {
        return Plain::F64(n);
    }
    Plain::Text
}

/// An unsigned integer, with an optional `+` and a radix prefix.
fn unsigned<T>(v: &str, radix: fn(&str, u32) -> Result<T, ParseIntError>) -> Option<T> {
    let unpositive = v.strip_prefix('+').unwrap_or(v);
    for (prefix, base) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(rest) = unpositive.strip_prefix(prefix) {
            if rest.starts_with(['+', '-']) {
                return None;
            }
            if let Ok(n) = radix(rest, base) {
                return Some(n);
            }
        }
    }
    if unpositive.starts_with(['+', '-']) || digits_but_not_number(v) {
        return None;
    }
    radix(unpositive, 10).ok()
}

/// A negative integer, with an optional radix prefix after the sign.
fn negative<T>(v: &str, radix: fn(&str, u32) -> Result<T, ParseIntError>) -> Option<T> {
    for (prefix, base) in [("-0x", 16), ("-0o", 8), ("-0b", 2)] {
        if let Some(rest) = v.strip_prefix(prefix)
            && let Ok(n) = radix(&format!("-{rest}"), base)
        {
            return Some(n);
        }
    }
    if digits_but_not_number(v) {
        return None;
    }
    radix(v, 10).ok()
}

/// A float: finite, or one of YAML's spellings of infinity and NaN.
fn float(v: &str) -> Option<f64> {
    let unpositive = match v.strip_prefix('+') {
        Some(rest) if rest.starts_with(['+', '-']) => return None,
        Some(rest) => rest,
        None => v,
    };
    if let ".inf" | ".Inf" | ".INF" = unpositive {
        return Some(f64::INFINITY);
    }
    if let "-.inf" | "-.Inf" | "-.INF" = v {
        return Some(f64::NEG_INFINITY);
    }
    if let ".nan" | ".NaN" | ".NAN" = v {
        return Some(f64::NAN.copysign(1.0));
    }
    unpositive.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// Leading zeros before more digits make a string in YAML 1.2 (`0123`).
fn digits_but_not_number(v: &str) -> bool {
    let v = v.strip_prefix(['-', '+']).unwrap_or(v);
    v.len() > 1 && v.starts_with('0') && v[1..].bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests;
