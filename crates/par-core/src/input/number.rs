//! Numbers as Vietnamese officials write them. In a box that counts records, "2.310", "1.234.567"
//! and "1 228" are grouped thousands; in a percentage box "97,5" and "97.5" are decimals. A text
//! that fits two readings in its box ("1.250" in a percentage box: 1,25 or 1250?) is refused
//! with both readings named, never guessed. Reading never depends on the page's language: the
//! same text means the same figure after a language switch.

use crate::decimal::{Decimal, DecimalError};
use crate::lang::Lang;
use crate::rule::Rule;

use super::InputError;

/// The kind of box a number is typed into: it decides how a lone separator is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberBox {
    /// A percentage: decimals allowed, a trailing `%` too.
    Percent,
    /// The number of occurrences of a count rule: whole, 0 or more.
    Count,
    /// A ratio's numerator or denominator. Every ratio in PAR criteria sets counts records
    /// (dossiers, documents, tasks, officials), so the figure is whole, 0 or more.
    RatioSide,
}

impl NumberBox {
    /// Whether the box counts records, so takes whole numbers only.
    pub fn is_whole(self) -> bool {
        self != NumberBox::Percent
    }

    /// The box of the unit's answer to `rule`, `None` for rules not answered with a number.
    pub fn for_rule(rule: &Rule) -> Option<Self> {
        match rule {
            Rule::Percent { .. } => Some(NumberBox::Percent),
            Rule::Count { .. } => Some(NumberBox::Count),
            Rule::Ratio { .. } => Some(NumberBox::RatioSide),
            _ => None,
        }
    }
}

/// Reads the figure typed in a box of `kind`: `Ok(None)` for an empty box.
pub fn read_number(text: &str, kind: NumberBox) -> Result<Option<Decimal>, InputError> {
    let text = text.trim();
    let text = match kind {
        NumberBox::Percent => text.strip_suffix('%').unwrap_or(text).trim_end(),
        _ => text,
    };
    if text.is_empty() {
        return Ok(None);
    }
    let (negative, body) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let written = Written::split(body)?;
    let plain = written.plain(kind)?;
    let value = Decimal::parse(&plain).map_err(|error| match error {
        DecimalError::NotANumber(_) => InputError::NotANumber,
        DecimalError::TooManyDecimals(_) => InputError::TooManyDecimals,
        DecimalError::TooLarge(_) => InputError::TooLarge,
    })?;
    if kind.is_whole() {
        if negative && !value.is_zero() {
            return Err(InputError::Negative);
        }
        if !value.is_integer() {
            return Err(InputError::NotAWholeNumber);
        }
    }
    Ok(Some(if negative { -value } else { value }))
}

/// A percentage such as `97,5`, `97.5` or `97,5%`.
pub fn parse_decimal(text: &str) -> Result<Option<Decimal>, InputError> {
    read_number(text, NumberBox::Percent)
}

/// A number of occurrences: whole, 0 or more, thousands possibly grouped (`1.000`, `1 228`).
pub fn parse_count(text: &str) -> Result<Option<u32>, InputError> {
    read_number(text, NumberBox::Count)?
        .map(|value| u32::try_from(value.units() / Decimal::ONE.units()))
        .transpose()
        .map_err(|_| InputError::TooLarge)
}

/// One side of a ratio (records counted): whole, 0 or more, thousands possibly grouped.
pub fn parse_ratio_side(text: &str) -> Result<Option<Decimal>, InputError> {
    read_number(text, NumberBox::RatioSide)
}

/// The figure as the app understood it, to show beside its box: `= 2.310 hồ sơ`, `= 97,5%`
/// (`= 2,310 dossiers` in English). `noun` names what is counted and may be empty.
pub fn understood(value: Decimal, kind: NumberBox, noun: &str, lang: Lang) -> String {
    let figure = value.format_figure(lang);
    match kind {
        NumberBox::Percent => format!("= {figure}%"),
        _ if noun.trim().is_empty() => format!("= {figure}"),
        _ => format!("= {figure} {}", noun.trim()),
    }
}

/// How a separator between digits is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Point,
    Comma,
    /// Any space: ordinary, non-breaking (U+00A0), narrow (U+202F) or thin (U+2009).
    Space,
}

/// A number as written: runs of digits with one mark between each two.
struct Written<'a> {
    digits: Vec<&'a str>,
    marks: Vec<Mark>,
}

impl<'a> Written<'a> {
    fn split(body: &'a str) -> Result<Self, InputError> {
        let mut digits = Vec::new();
        let mut marks = Vec::new();
        let mut start = 0;
        for (at, c) in body.char_indices() {
            let mark = match c {
                '0'..='9' => continue,
                '.' => Mark::Point,
                ',' => Mark::Comma,
                ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' => Mark::Space,
                _ => return Err(InputError::NotANumber),
            };
            digits.push(&body[start..at]);
            marks.push(mark);
            start = at + c.len_utf8();
        }
        digits.push(&body[start..]);
        // ",5" is 0,5; a mark at the end or two marks in a row are not a number.
        let lone_decimal_mark = marks.len() == 1 && marks[0] != Mark::Space;
        if digits[1..].iter().any(|d| d.is_empty()) || (digits[0].is_empty() && !lone_decimal_mark)
        {
            return Err(InputError::NotANumber);
        }
        Ok(Written { digits, marks })
    }

    /// The number without grouping, with a point before its decimals: "2310", "97.5".
    fn plain(&self, kind: NumberBox) -> Result<String, InputError> {
        let decimal = self.decimal_mark(kind)?;
        // Decimals come last: "1.234 567" mixes a decimal mark with grouping after it.
        if decimal.is_some_and(|at| at + 1 != self.marks.len()) {
            return Err(InputError::BadGrouping);
        }
        let whole_runs = decimal.map_or(self.digits.len(), |at| at + 1);
        let grouping = &self.marks[..whole_runs - 1];
        if let Some(first) = grouping.first() {
            let same_mark = grouping.iter().all(|m| m == first);
            let lead = self.digits[0];
            let grouped = (1..=3).contains(&lead.len())
                && self.digits[1..whole_runs].iter().all(|d| d.len() == 3);
            if !same_mark
                || !grouped
                || decimal.is_some_and(|at| grouping.contains(&self.marks[at]))
            {
                return Err(InputError::BadGrouping);
            }
        }
        let mut plain: String = self.digits[..whole_runs].concat();
        if plain.is_empty() {
            plain.push('0');
        }
        if decimal.is_some() {
            plain.push('.');
            plain.push_str(self.digits[whole_runs]);
        }
        Ok(plain)
    }

    /// Which mark, if any, starts the decimals (index into `marks`).
    fn decimal_mark(&self, kind: NumberBox) -> Result<Option<usize>, InputError> {
        let count = |mark| self.marks.iter().filter(|m| **m == mark).count();
        let (points, commas, spaces) = (count(Mark::Point), count(Mark::Comma), count(Mark::Space));
        let last = self.marks.iter().rposition(|m| *m != Mark::Space);
        let Some(last) = last else {
            return Ok(None); // digits and spaces only: "1 228"
        };
        if points > 0 && commas > 0 {
            // "1.234,5" / "1,234.5": the last of the two marks starts the decimals, once.
            let decimal = self.marks[last];
            return if count(decimal) == 1 && last == self.marks.len() - 1 {
                Ok(Some(last))
            } else {
                Err(InputError::BadGrouping)
            };
        }
        if points + commas > 1 {
            return Ok(None); // "1.234.567": grouped thousands only
        }
        // One point or comma. With spaces grouping the thousands it starts the decimals.
        let after = self.digits[last + 1];
        let lead = self.digits[0];
        let could_group = spaces == 0
            && after.len() == 3
            && (1..=3).contains(&lead.len())
            && !lead.starts_with('0');
        if !could_group {
            return Ok(Some(last));
        }
        match (kind.is_whole(), self.marks[last]) {
            // The Vietnamese way: a point groups thousands, a comma starts the decimals.
            (true, Mark::Point) => Ok(None),
            (false, Mark::Comma) => Ok(Some(last)),
            _ => Err(InputError::Ambiguous {
                kind,
                decimal: Decimal::parse(&format!("{lead}.{after}"))
                    .map_err(|_| InputError::NotANumber)?,
                grouped: Decimal::parse(&format!("{lead}{after}"))
                    .map_err(|_| InputError::NotANumber)?,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use InputError::*;

    fn whole(n: i64) -> Result<Option<Decimal>, InputError> {
        Ok(Some(Decimal::from_int(n)))
    }

    fn decimal(text: &str) -> Result<Option<Decimal>, InputError> {
        Ok(Some(Decimal::parse(text).unwrap()))
    }

    #[test]
    fn counts_read_grouped_thousands_the_vietnamese_way() {
        for (text, value) in [
            ("2.310", 2310),
            ("1.000", 1000),
            ("1.234.567", 1_234_567),
            ("1 228", 1228),
            ("1\u{a0}228", 1228),
            ("1\u{202f}234\u{202f}567", 1_234_567),
            ("1\u{2009}228", 1228),
            ("1,234,567", 1_234_567),
            ("2310", 2310),
            (" 0 ", 0),
            ("2,0", 2),
            ("1.234,0", 1234),
        ] {
            assert_eq!(parse_count(text), Ok(Some(value as u32)), "{text}");
            assert_eq!(
                read_number(text, NumberBox::RatioSide),
                whole(value),
                "{text}"
            );
        }
        assert_eq!(parse_count(""), Ok(None));
        assert_eq!(parse_ratio_side("  "), Ok(None));
    }

    #[test]
    fn counts_refuse_fractions_signs_and_bad_groups() {
        for kind in [NumberBox::Count, NumberBox::RatioSide] {
            for (text, error) in [
                ("2,5", NotAWholeNumber),
                ("2.5", NotAWholeNumber),
                ("1.234,5", NotAWholeNumber),
                ("-1", Negative),
                ("−3", Negative),
                ("12 34", BadGrouping),
                ("1.23.456", BadGrouping),
                ("1.234 567", BadGrouping),
                ("1.234,567.8", BadGrouping),
                ("1.2345", NotAWholeNumber),
                ("2.", NotANumber),
                ("1..234", NotANumber),
                ("3 hồ sơ", NotANumber),
                ("50%", NotANumber),
                ("abc", NotANumber),
                ("99999999999", TooLarge),
            ] {
                assert_eq!(read_number(text, kind), Err(error), "{text} in {kind:?}");
            }
            // A comma before three digits: 2,31 (impossible here) or 2310 written the English way.
            assert_eq!(
                read_number("2,310", kind),
                Err(Ambiguous {
                    kind,
                    decimal: Decimal::parse("2.31").unwrap(),
                    grouped: Decimal::from_int(2310),
                })
            );
            assert!(matches!(read_number("2,000", kind), Err(Ambiguous { .. })));
        }
        assert_eq!(parse_count("-0"), Ok(Some(0)));
        assert_eq!(parse_count("5000000000"), Err(TooLarge));
    }

    #[test]
    fn percentages_read_decimals_and_refuse_what_two_readings_fit() {
        for (text, value) in [
            ("97,5", "97.5"),
            ("97.5", "97.5"),
            ("97,5 %", "97.5"),
            ("97.50%", "97.5"),
            ("1,250", "1.25"),
            ("0.250", "0.25"),
            (",5", "0.5"),
            ("100", "100"),
            ("1.234,5", "1234.5"),
            ("1,234.5", "1234.5"),
            ("1 228", "1228"),
            ("1 234,5", "1234.5"),
            ("1.234.567", "1234567"),
            ("-5", "-5"),
        ] {
            assert_eq!(parse_decimal(text), decimal(value), "{text}");
        }
        assert_eq!(
            parse_decimal("1.250"),
            Err(Ambiguous {
                kind: NumberBox::Percent,
                decimal: Decimal::parse("1.25").unwrap(),
                grouped: Decimal::from_int(1250),
            })
        );
        assert!(matches!(parse_decimal("100.000%"), Err(Ambiguous { .. })));
        assert_eq!(parse_decimal("1,23456"), Err(TooManyDecimals));
        assert_eq!(parse_decimal("abc"), Err(NotANumber));
        assert_eq!(parse_decimal("%"), Ok(None));
        assert_eq!(parse_decimal(" 97,5 "), decimal("97.5"));
    }

    #[test]
    fn every_box_kind_is_read_the_same_whatever_the_rule() {
        use crate::rule::ZeroDenominator;
        let ratio = Rule::Ratio {
            numerator_label: "Số hồ sơ đúng hạn".into(),
            denominator_label: "Tổng số hồ sơ".into(),
            bands: Vec::new(),
            on_zero_denominator: ZeroDenominator::FullPoints,
        };
        assert_eq!(NumberBox::for_rule(&ratio), Some(NumberBox::RatioSide));
        assert_eq!(
            NumberBox::for_rule(&Rule::Percent { bands: Vec::new() }),
            Some(NumberBox::Percent)
        );
        assert_eq!(
            NumberBox::for_rule(&Rule::AppraiserOnly { figures: None }),
            None
        );
    }

    #[test]
    fn figures_are_shown_as_understood_in_each_language() {
        let n = Decimal::from_int(2310);
        assert_eq!(
            understood(n, NumberBox::Count, "hồ sơ", Lang::Vi),
            "= 2.310 hồ sơ"
        );
        assert_eq!(
            understood(n, NumberBox::RatioSide, "dossiers", Lang::En),
            "= 2,310 dossiers"
        );
        assert_eq!(understood(n, NumberBox::Count, "", Lang::Vi), "= 2.310");
        let p = Decimal::parse("97.5").unwrap();
        assert_eq!(understood(p, NumberBox::Percent, "", Lang::Vi), "= 97,5%");
        assert_eq!(understood(p, NumberBox::Percent, "", Lang::En), "= 97.5%");
        let big = Decimal::parse("-1234567.25").unwrap();
        assert_eq!(big.format_figure(Lang::Vi), "-1.234.567,25");
        assert_eq!(big.format_figure(Lang::En), "-1,234,567.25");
        assert_eq!(Decimal::from_int(999).format_figure(Lang::Vi), "999");
        assert_eq!(Decimal::ZERO.format_figure(Lang::Vi), "0");
    }

    #[test]
    fn every_refusal_says_why_in_both_languages() {
        let ambiguous = read_number("1.250", NumberBox::Percent).unwrap_err();
        assert_eq!(
            ambiguous.message(Lang::Vi),
            "Chưa rõ đây là 1,25% hay 1.250%: trong ô tỷ lệ, phần thập phân viết sau dấu phẩy, ví dụ 1,25."
        );
        assert_eq!(
            ambiguous.message(Lang::En),
            "Unclear whether this is 1.25% or 1,250%: write the decimals after a comma, e.g. 1,25 (or 1.25)."
        );
        let count = read_number("2,310", NumberBox::Count).unwrap_err();
        assert_eq!(
            count.message(Lang::Vi),
            "Chưa rõ đây là 2,31 hay 2.310: số đếm không có phần thập phân; nếu là 2.310, hãy viết 2.310 hoặc 2310."
        );
        assert_eq!(
            count.message(Lang::En),
            "Unclear whether this is 2.31 or 2,310: a count has no decimals; for 2,310 write 2310 (or 2.310, the Vietnamese way)."
        );
    }
}
