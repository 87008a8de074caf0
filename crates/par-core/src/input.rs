//! Reading what the user types into number and date boxes. Every function accepts any text and
//! never panics: an empty box is `Ok(None)`, anything unreadable is an [`InputError`] shown beside
//! the box while the text itself stays there.

use crate::decimal::{Decimal, DecimalError};
use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputError {
    NotANumber,
    TooManyDecimals,
    TooLarge,
    /// A count must be a whole number of zero or more.
    NotAWholeNumber,
    /// Not a real dd/mm/yyyy date.
    NotADate,
}

impl InputError {
    pub fn message(self, lang: Lang) -> &'static str {
        use InputError::*;
        match (self, lang) {
            (NotANumber, Lang::Vi) => "Không phải là số: hãy nhập một số, ví dụ 12 hoặc 97,5.",
            (NotANumber, Lang::En) => "Not a number: enter a number such as 12 or 97.5.",
            (TooManyDecimals, Lang::Vi) => "Chỉ nhập tối đa 4 chữ số thập phân.",
            (TooManyDecimals, Lang::En) => "Enter at most 4 decimals.",
            (TooLarge, Lang::Vi) => "Số quá lớn.",
            (TooLarge, Lang::En) => "The number is too large.",
            (NotAWholeNumber, Lang::Vi) => "Hãy nhập số nguyên từ 0 trở lên, ví dụ 3.",
            (NotAWholeNumber, Lang::En) => "Enter a whole number of 0 or more, e.g. 3.",
            (NotADate, Lang::Vi) => "Ngày phải có dạng ngày/tháng/năm, ví dụ 15/09/2025.",
            (NotADate, Lang::En) => "Write the date as day/month/year, e.g. 15/09/2025.",
        }
    }
}

/// A decimal such as `97,5` or `97.5`; a trailing `%` is allowed.
pub fn parse_decimal(text: &str) -> Result<Option<Decimal>, InputError> {
    let text = text.trim();
    let text = text.strip_suffix('%').unwrap_or(text).trim_end();
    if text.is_empty() {
        return Ok(None);
    }
    Decimal::parse(text).map(Some).map_err(|error| match error {
        DecimalError::NotANumber(_) => InputError::NotANumber,
        DecimalError::TooManyDecimals(_) => InputError::TooManyDecimals,
        DecimalError::TooLarge(_) => InputError::TooLarge,
    })
}

/// A number of occurrences: a whole number, 0 or more.
pub fn parse_count(text: &str) -> Result<Option<u32>, InputError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(InputError::NotAWholeNumber);
    }
    text.parse().map(Some).map_err(|_| InputError::TooLarge)
}

/// A Vietnamese date `dd/mm/yyyy` (also `d/m/yyyy`, `-` or `.` as separators) to ISO `yyyy-mm-dd`.
pub fn parse_date_vi(text: &str) -> Result<Option<String>, InputError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let parts: Vec<&str> = text.split(['/', '-', '.']).map(str::trim).collect();
    let [day, month, year] = parts.as_slice() else {
        return Err(InputError::NotADate);
    };
    let number = |s: &str, max_len: usize| {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (Some(day), Some(month), Some(year)) = (number(day, 2), number(month, 2), number(year, 4))
    else {
        return Err(InputError::NotADate);
    };
    if !(1900..=2100).contains(&year) || !(1..=12).contains(&month) {
        return Err(InputError::NotADate);
    }
    if day == 0 || day > days_in_month(year, month) {
        return Err(InputError::NotADate);
    }
    Ok(Some(format!("{year:04}-{month:02}-{day:02}")))
}

/// An ISO `yyyy-mm-dd` date as `dd/mm/yyyy`; anything else is returned unchanged.
pub fn iso_to_vi(iso: &str) -> String {
    match iso.split('-').collect::<Vec<_>>().as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => format!("{d}/{m}/{y}"),
        _ => iso.to_string(),
    }
}

/// Whether `text` is a real day written `yyyy-mm-dd` (as the app stores dates), year 1900–2100.
pub fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (
        digits(&text[0..4]),
        digits(&text[5..7]),
        digits(&text[8..10]),
    ) else {
        return false;
    };
    (1900..=2100).contains(&year)
        && (1..=12).contains(&month)
        && (1..=days_in_month(year, month)).contains(&day)
}

/// Whether `text` is a real moment written `yyyy-mm-ddThh:mm:ssZ` (UTC), as the app writes it.
pub fn is_utc_timestamp(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 20 || bytes[10] != b'T' || bytes[13] != b':' || bytes[16] != b':' {
        return false;
    }
    if bytes[19] != b'Z' || !is_iso_date(&text[..10]) {
        return false;
    }
    matches!(
        (
            digits(&text[11..13]),
            digits(&text[14..16]),
            digits(&text[17..19])
        ),
        (Some(0..=23), Some(0..=59), Some(0..=59))
    )
}

/// The number written with ASCII digits only.
fn digits(text: &str) -> Option<u32> {
    text.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| text.parse().ok())
        .flatten()
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_accept_the_vietnamese_comma_and_keep_errors() {
        assert_eq!(
            parse_decimal(" 97,5 "),
            Ok(Some(Decimal::from_units(975_000)))
        );
        assert_eq!(
            parse_decimal("97.5%"),
            Ok(Some(Decimal::from_units(975_000)))
        );
        assert_eq!(parse_decimal(""), Ok(None));
        assert_eq!(parse_decimal("abc"), Err(InputError::NotANumber));
        assert_eq!(parse_decimal("1,23456"), Err(InputError::TooManyDecimals));
    }

    #[test]
    fn counts_are_whole_and_not_negative() {
        assert_eq!(parse_count("3"), Ok(Some(3)));
        assert_eq!(parse_count(" "), Ok(None));
        assert_eq!(parse_count("-1"), Err(InputError::NotAWholeNumber));
        assert_eq!(parse_count("2,5"), Err(InputError::NotAWholeNumber));
        assert_eq!(parse_count("99999999999"), Err(InputError::TooLarge));
    }

    #[test]
    fn dates_are_real_days() {
        assert_eq!(parse_date_vi("15/09/2025"), Ok(Some("2025-09-15".into())));
        assert_eq!(parse_date_vi("1/2/2024"), Ok(Some("2024-02-01".into())));
        assert_eq!(parse_date_vi("29/02/2024"), Ok(Some("2024-02-29".into())));
        assert_eq!(parse_date_vi("29/02/2025"), Err(InputError::NotADate));
        assert_eq!(parse_date_vi("31/04/2025"), Err(InputError::NotADate));
        assert_eq!(parse_date_vi("2025-09-15"), Err(InputError::NotADate));
        assert_eq!(parse_date_vi("hôm qua"), Err(InputError::NotADate));
        assert_eq!(iso_to_vi("2025-09-15"), "15/09/2025");
    }

    #[test]
    fn stored_dates_and_moments_are_real() {
        assert!(is_iso_date("2024-02-29"));
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-1-01",
            "+025-01-01",
            "",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
        assert!(is_utc_timestamp("2025-12-01T09:30:00Z"));
        assert!(is_utc_timestamp("2024-02-29T23:59:59Z"));
        for bad in [
            "2025-13-45T99:99:99Z",
            "2025-12-01T24:00:00Z",
            "2025-12-01T09:60:00Z",
            "2025-12-01 09:30:00Z",
            "2025-12-01T09:30:00+07:00",
            "2025-02-30T09:30:00Z",
        ] {
            assert!(!is_utc_timestamp(bad), "{bad}");
        }
    }
}
