//! Exact fixed-point numbers for points and percentages.
//!
//! A [`Decimal`] is an integer count of ten-thousandths (four fractional digits). Points in real
//! criteria sets come in steps of 0.25 or 0.5 and leaf scores are rounded to two decimals, so four
//! digits hold every stored value exactly; divisions (ratios, proportional bands, the index) are done
//! on exact integers (`i128`) and rounded once, half away from zero ("làm tròn lên từ 5").
//!
//! Why not a general decimal crate: this type needs exactly one scale, exact parsing of JSON numbers
//! without turning on serde_json's global `arbitrary_precision`, and stays a few hundred bytes of wasm.
//!
//! In JSON a `Decimal` is written as a number (`87.5`) and read from a number or a string
//! (`"87,5"` or `"87.5"`). A number with more than four decimals is rejected, not rounded.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub};
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Number of fractional digits a [`Decimal`] keeps.
pub const FRACTION_DIGITS: u32 = 4;
const SCALE: i64 = 10_i64.pow(FRACTION_DIGITS);
/// Largest magnitude accepted, so every value converts to and from `f64` exactly (< 2^53 units).
const MAX_UNITS: i64 = 9_000_000_000_000_000 / 1000;

/// An exact decimal with four fractional digits.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Decimal(i64);

/// Why a text or number is not a valid [`Decimal`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecimalError {
    #[error("“{0}” không phải là số")]
    NotANumber(String),
    #[error("“{0}” có quá {FRACTION_DIGITS} chữ số thập phân")]
    TooManyDecimals(String),
    #[error("“{0}” quá lớn")]
    TooLarge(String),
}

impl Decimal {
    pub const ZERO: Decimal = Decimal(0);
    pub const ONE: Decimal = Decimal(SCALE);
    pub const HUNDRED: Decimal = Decimal(100 * SCALE);

    /// A value from its count of ten-thousandths: `from_units(8750)` is 0.875.
    pub const fn from_units(units: i64) -> Self {
        Decimal(units)
    }

    /// A whole number.
    pub const fn from_int(value: i64) -> Self {
        Decimal(value * SCALE)
    }

    /// The count of ten-thousandths.
    pub const fn units(self) -> i64 {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    pub fn is_negative(self) -> bool {
        self.0 < 0
    }

    pub fn abs(self) -> Self {
        Decimal(self.0.abs())
    }

    /// Whether the value is a whole number.
    pub fn is_integer(self) -> bool {
        self.0 % SCALE == 0
    }

    /// Whether the value has at most `decimals` fractional digits.
    pub fn has_at_most_decimals(self, decimals: u32) -> bool {
        decimals >= FRACTION_DIGITS || self.0 % 10_i64.pow(FRACTION_DIGITS - decimals) == 0
    }

    /// Rounds half away from zero to `decimals` fractional digits (0–4).
    pub fn round(self, decimals: u32) -> Self {
        if decimals >= FRACTION_DIGITS {
            return self;
        }
        let step = 10_i64.pow(FRACTION_DIGITS - decimals);
        Decimal(div_round(self.0 as i128, step as i128) as i64 * step)
    }

    /// `self × numerator ÷ denominator`, computed exactly and rounded once to `decimals` digits.
    /// Returns `None` when the denominator is zero.
    pub fn mul_div(self, numerator: Decimal, denominator: Decimal, decimals: u32) -> Option<Self> {
        (denominator.0 != 0).then(|| {
            Decimal::from_units_ratio(
                self.0 as i128 * numerator.0 as i128,
                denominator.0 as i128,
                decimals,
            )
        })
    }

    /// The value `units_numerator ÷ denominator` ten-thousandths, rounded once (never twice) half
    /// away from zero to `decimals` digits. `denominator` must not be zero.
    pub(crate) fn from_units_ratio(
        units_numerator: i128,
        denominator: i128,
        decimals: u32,
    ) -> Self {
        let step = 10_i128.pow(FRACTION_DIGITS - decimals.min(FRACTION_DIGITS));
        let steps = div_round(units_numerator, denominator * step);
        Decimal((steps * step).clamp(-MAX_UNITS as i128, MAX_UNITS as i128) as i64)
    }

    /// `self × n` for a whole number of occurrences, saturating instead of overflowing.
    pub fn times(self, n: u32) -> Self {
        Decimal(self.0.saturating_mul(n as i64).clamp(-MAX_UNITS, MAX_UNITS))
    }

    /// Formats with exactly `decimals` fractional digits and the given decimal separator.
    pub fn format_with(self, decimals: u32, separator: char) -> String {
        let mut out = String::new();
        self.write_with(decimals, separator, &mut out);
        out
    }

    /// [`Decimal::format_with`] at the end of `out` (a writer of many figures keeps one buffer).
    pub fn write_with(self, decimals: u32, separator: char, out: &mut String) {
        use std::fmt::Write;
        let rounded = self.round(decimals);
        let sign = if rounded.0 < 0 { "-" } else { "" };
        let units = rounded.0.unsigned_abs();
        let whole = units / SCALE as u64;
        // Writing to a String cannot fail.
        if decimals == 0 {
            let _ = write!(out, "{sign}{whole}");
            return;
        }
        let shown = decimals.min(FRACTION_DIGITS);
        let fraction = (units % SCALE as u64) / 10_u64.pow(FRACTION_DIGITS - shown);
        let _ = write!(
            out,
            "{sign}{whole}{separator}{fraction:0width$}",
            width = shown as usize
        );
    }

    /// Vietnamese format: comma as decimal separator, e.g. `87,50`.
    pub fn format_vi(self, decimals: u32) -> String {
        self.format_with(decimals, ',')
    }

    /// As a figure is written in `lang`, thousands grouped, no trailing zeros: 1.230 and 90,5
    /// in Vietnamese, 1,230 and 90.5 in English.
    pub fn format_figure(self, lang: crate::Lang) -> String {
        let text = self.to_string();
        let (sign, digits) = match text.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", text.as_str()),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let grouped = crate::lang::group_thousands(whole, lang);
        match (fraction, lang) {
            ("", _) => format!("{sign}{grouped}"),
            (fraction, crate::Lang::Vi) => format!("{sign}{grouped},{fraction}"),
            (fraction, crate::Lang::En) => format!("{sign}{grouped}.{fraction}"),
        }
    }

    /// Points as a table shows them in `lang`: two decimals, 87,50 or 87.50.
    pub fn format_points(self, lang: crate::Lang) -> String {
        match lang {
            crate::Lang::Vi => self.format_vi(2),
            crate::Lang::En => self.format_with(2, '.'),
        }
    }

    /// Vietnamese format without trailing zeros: `1`, `0,5`, `0,25`.
    pub fn format_vi_short(self) -> String {
        self.to_string().replace('.', ",")
    }

    /// Parses `12`, `-0.25`, `87,5` (Vietnamese comma) or `87.5`; surrounding spaces are ignored.
    pub fn parse(text: &str) -> Result<Self, DecimalError> {
        let trimmed = text.trim();
        let not_a_number = || DecimalError::NotANumber(trimmed.to_string());
        let (negative, digits) = match trimmed.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, trimmed.strip_prefix('+').unwrap_or(trimmed)),
        };
        let (whole, fraction) = match digits.find(['.', ',']) {
            Some(at) => (&digits[..at], &digits[at + 1..]),
            None => (digits, ""),
        };
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if (whole.is_empty() && fraction.is_empty()) || !all_digits(whole) || !all_digits(fraction)
        {
            return Err(not_a_number());
        }
        if digits.contains('.') && digits.contains(',') || digits.ends_with(['.', ',']) {
            return Err(not_a_number());
        }
        let fraction = fraction.trim_end_matches('0');
        if fraction.len() > FRACTION_DIGITS as usize {
            return Err(DecimalError::TooManyDecimals(trimmed.to_string()));
        }
        let too_large = || DecimalError::TooLarge(trimmed.to_string());
        let whole: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| too_large())?
        };
        let fraction_units: i64 = if fraction.is_empty() {
            0
        } else {
            fraction.parse::<i64>().map_err(|_| not_a_number())?
                * 10_i64.pow(FRACTION_DIGITS - fraction.len() as u32)
        };
        let units = whole
            .checked_mul(SCALE)
            .and_then(|w| w.checked_add(fraction_units))
            .filter(|u| *u <= MAX_UNITS)
            .ok_or_else(too_large)?;
        Ok(Decimal(if negative { -units } else { units }))
    }

    /// Converts a JSON number exactly; fails if it has more than four decimals.
    pub fn from_f64_exact(value: f64) -> Result<Self, DecimalError> {
        // The common case without writing the text: within our range (below 10^9) two numbers
        // of four decimals are never the same float, so a float that is exactly the nearest to
        // `units` / 10^4 is what that decimal reads as, and its shortest text is that decimal's.
        let scaled = value * SCALE as f64;
        if scaled.abs() <= MAX_UNITS as f64 {
            let units = scaled.round();
            if units.abs() <= MAX_UNITS as f64 && units / SCALE as f64 == value {
                return Ok(Decimal(units as i64));
            }
        }
        Self::from_f64_text(value)
    }

    /// [`Decimal::from_f64_exact`] by way of the float's shortest text.
    fn from_f64_text(value: f64) -> Result<Self, DecimalError> {
        // serde_json's Number prints the shortest form (zmij), already in every build;
        // `format!("{value}")` would add core's larger float formatter to the web download.
        let text =
            || serde_json::Number::from_f64(value).map_or_else(|| "NaN".into(), |n| n.to_string());
        if !value.is_finite() {
            return Err(DecimalError::NotANumber(text()));
        }
        let scaled = value * SCALE as f64;
        if scaled.abs() > MAX_UNITS as f64 {
            return Err(DecimalError::TooLarge(text()));
        }
        // The shortest text that reads back as this float is what the file said (79.99995 stays
        // 79.99995, not 80): read that text, so a fifth decimal is refused at any magnitude.
        let written = text();
        Decimal::parse(&written).map_err(|_| DecimalError::TooManyDecimals(written))
    }
}

/// Integer division rounded half away from zero.
pub(crate) fn div_round(numerator: i128, denominator: i128) -> i128 {
    debug_assert!(denominator != 0);
    let (n, d) = if denominator < 0 {
        (-numerator, -denominator)
    } else {
        (numerator, denominator)
    };
    let quotient = n / d;
    let remainder = n % d;
    if remainder.abs() * 2 >= d {
        quotient + n.signum()
    } else {
        quotient
    }
}

impl Add for Decimal {
    type Output = Decimal;
    fn add(self, rhs: Self) -> Self {
        Decimal(self.0.saturating_add(rhs.0))
    }
}

impl AddAssign for Decimal {
    fn add_assign(&mut self, rhs: Self) {
        *self = *self + rhs;
    }
}

impl Sub for Decimal {
    type Output = Decimal;
    fn sub(self, rhs: Self) -> Self {
        Decimal(self.0.saturating_sub(rhs.0))
    }
}

impl Neg for Decimal {
    type Output = Decimal;
    fn neg(self) -> Self {
        Decimal(-self.0)
    }
}

impl Sum for Decimal {
    fn sum<I: Iterator<Item = Decimal>>(iter: I) -> Self {
        iter.fold(Decimal::ZERO, Add::add)
    }
}

impl<'a> Sum<&'a Decimal> for Decimal {
    fn sum<I: Iterator<Item = &'a Decimal>>(iter: I) -> Self {
        iter.copied().sum()
    }
}

/// Shortest exact form with a dot: `87.5`, `0.25`, `3`.
impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let full = self.format_with(FRACTION_DIGITS, '.');
        let trimmed = full.trim_end_matches('0').trim_end_matches('.');
        f.write_str(trimmed)
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl FromStr for Decimal {
    type Err = DecimalError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Decimal::parse(s)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.is_integer() {
            serializer.serialize_i64(self.0 / SCALE)
        } else {
            // Exact: |units| < 2^53, and the shortest f64 representation of units/10^4 has ≤ 4 decimals.
            serializer.serialize_f64(self.0 as f64 / SCALE as f64)
        }
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number with at most four decimals")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Decimal, E> {
                v.checked_mul(SCALE)
                    .filter(|u| u.abs() <= MAX_UNITS)
                    .map(Decimal)
                    .ok_or_else(|| E::custom(DecimalError::TooLarge(v.to_string())))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Decimal, E> {
                let signed = i64::try_from(v)
                    .map_err(|_| E::custom(DecimalError::TooLarge(v.to_string())))?;
                self.visit_i64(signed)
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Decimal, E> {
                Decimal::from_f64_exact(v).map_err(E::custom)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Decimal, E> {
                Decimal::parse(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Decimal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An exact decimal with at most four fractional digits.",
            "type": "number"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The float read without its text gives what reading its text gives.
        #[test]
        fn a_float_reads_as_its_shortest_text(
            units in any::<i64>(),
            bits in any::<u64>(),
            scale in 0u32..9,
        ) {
            let decimal = (units % 10_i64.pow(13)) as f64 / 10f64.powi(scale as i32);
            for value in [decimal, f64::from_bits(bits), decimal + 1e-9, -0.0] {
                prop_assert_eq!(
                    Decimal::from_f64_exact(value).ok(),
                    Decimal::from_f64_text(value).ok()
                );
            }
        }
    }

    fn d(text: &str) -> Decimal {
        Decimal::parse(text).unwrap()
    }

    #[test]
    fn parses_both_separators_and_signs() {
        assert_eq!(d("87,5"), Decimal::from_units(875_000));
        assert_eq!(d("87.50"), d("87,5"));
        assert_eq!(d("-0.25"), Decimal::from_units(-2_500));
        assert_eq!(d(" 3 "), Decimal::from_int(3));
        assert_eq!(d(".5"), Decimal::from_units(5_000));
        assert_eq!(
            d("1.00000"),
            Decimal::ONE,
            "trailing zeros beyond four digits are exact"
        );
    }

    #[test]
    fn rejects_what_is_not_an_exact_number() {
        for bad in ["", "abc", "1,2,3", "1.2,3", "1.", "--1", "1e3", "12a"] {
            assert!(
                matches!(Decimal::parse(bad), Err(DecimalError::NotANumber(_))),
                "{bad}"
            );
        }
        assert!(matches!(
            Decimal::parse("0.12345"),
            Err(DecimalError::TooManyDecimals(_))
        ));
        assert!(matches!(
            Decimal::parse("99999999999999999999"),
            Err(DecimalError::TooLarge(_))
        ));
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(d("0.125").round(2), d("0.13"));
        assert_eq!(d("0.1249").round(2), d("0.12"));
        assert_eq!(d("-0.125").round(2), d("-0.13"));
        assert_eq!(d("2.5").round(0), d("3"));
    }

    #[test]
    fn two_thirds_of_one_point_rounds_to_0_67() {
        assert_eq!(Decimal::ONE.mul_div(d("2"), d("3"), 2), Some(d("0.67")));
        assert_eq!(Decimal::ONE.mul_div(d("1"), d("3"), 2), Some(d("0.33")));
        assert_eq!(Decimal::ONE.mul_div(d("1"), Decimal::ZERO, 2), None);
        // 0.12495 exactly: one rounding gives 0.12; rounding to 0.1250 first would give 0.13.
        assert_eq!(d("0.2499").mul_div(d("1"), d("2"), 2), Some(d("0.12")));
        assert_eq!(d("87.06").mul_div(d("100"), d("99.5"), 2), Some(d("87.5")));
    }

    #[test]
    fn formats_vietnamese_and_display() {
        assert_eq!(d("87.5").format_vi(2), "87,50");
        assert_eq!(d("-0.25").format_vi(2), "-0,25");
        assert_eq!(d("3").format_vi(0), "3");
        assert_eq!(d("87.5").to_string(), "87.5");
        assert_eq!(d("100").to_string(), "100");
        assert_eq!(d("1230").format_figure(crate::Lang::Vi), "1.230");
        assert_eq!(d("1845.5").format_figure(crate::Lang::En), "1,845.5");
        assert_eq!(d("90.5").format_figure(crate::Lang::Vi), "90,5");
        assert_eq!(d("87.5").format_points(crate::Lang::En), "87.50");
    }

    #[test]
    fn json_round_trip_is_exact() {
        for text in [
            "0.1",
            "0.25",
            "87.5",
            "99.5",
            "0.3333",
            "-1",
            "100",
            "1234.5678",
        ] {
            let value = d(text);
            let json = serde_json::to_string(&value).unwrap();
            assert_eq!(json, text, "serialises {text} as the shortest exact number");
            assert_eq!(serde_json::from_str::<Decimal>(&json).unwrap(), value);
        }
        assert_eq!(
            serde_json::from_str::<Decimal>("\"87,5\"").unwrap(),
            d("87.5")
        );
        assert!(serde_json::from_str::<Decimal>("0.12345").is_err());
    }

    #[test]
    fn a_fifth_decimal_in_a_json_number_is_refused_at_any_magnitude() {
        // Close to a band edge: 79.99995 must not become 80.
        for text in [
            "79.99995",
            "61.530000001",
            "1.3900001",
            "0.00005",
            "899999.00001",
        ] {
            assert!(
                serde_json::from_str::<Decimal>(text).is_err(),
                "{text} has more than four decimals"
            );
        }
        for (text, expected) in [("79.9999", "79.9999"), ("-0.25", "-0.25"), ("1e2", "100")] {
            assert_eq!(serde_json::from_str::<Decimal>(text).unwrap(), d(expected));
        }
    }
}
