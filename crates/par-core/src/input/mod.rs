//! Reading what the user types into number and date boxes. Every function accepts any text and
//! never panics: an empty box is `Ok(None)`, anything unreadable is an [`InputError`] shown beside
//! the box while the text itself stays there.

mod number;

pub use number::{
    parse_count, parse_decimal, parse_ratio_side, read_number, understood, NumberBox,
};

use crate::decimal::Decimal;
use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputError {
    NotANumber,
    TooManyDecimals,
    TooLarge,
    /// A box that counts records got a fraction.
    NotAWholeNumber,
    /// A box that counts records got a negative number.
    Negative,
    /// Thousands groups that are not 3 digits each ("12 34"), or mixed marks ("1.234 567").
    BadGrouping,
    /// Two readings fit the text in its box ("1.250" in a percentage box); nothing is guessed.
    Ambiguous {
        kind: NumberBox,
        /// The reading with a decimal mark: 1,25.
        decimal: Decimal,
        /// The reading with grouped thousands: 1250.
        grouped: Decimal,
    },
    /// Not of the form dd/mm/yyyy.
    NotADate,
    /// The form is right but the month has no such day: 31/02/2025.
    NoSuchDay {
        day: u32,
        month: u32,
        year: u32,
    },
    /// A month other than 1–12.
    NoSuchMonth {
        month: u32,
    },
    /// A year outside 1900–2100 (a typing slip, not a document date).
    DateYearOutOfRange {
        year: u32,
    },
}

impl InputError {
    /// A sentence saying what is wrong and how to write it.
    pub fn message(self, lang: Lang) -> String {
        use InputError::*;
        let figure = |value: Decimal| value.format_figure(lang);
        match (self, lang) {
            (NotANumber, Lang::Vi) => "Không phải là số: hãy nhập một số, ví dụ 12 hoặc 97,5.".into(),
            (NotANumber, Lang::En) => "Not a number: enter a number such as 12 or 97.5.".into(),
            (TooManyDecimals, Lang::Vi) => "Chỉ nhập tối đa 4 chữ số thập phân.".into(),
            (TooManyDecimals, Lang::En) => "Enter at most 4 decimals.".into(),
            (TooLarge, Lang::Vi) => "Số quá lớn.".into(),
            (TooLarge, Lang::En) => "The number is too large.".into(),
            (NotAWholeNumber, Lang::Vi) => {
                "Đây là số đếm (hồ sơ, văn bản, lần…) nên không có phần thập phân: hãy nhập số nguyên, ví dụ 2.310 hoặc 2310.".into()
            }
            (NotAWholeNumber, Lang::En) => {
                "This counts records (dossiers, documents, times…), so it has no decimals: enter a whole number, e.g. 2310.".into()
            }
            (Negative, Lang::Vi) => "Số đếm không thể âm: hãy nhập số nguyên từ 0 trở lên.".into(),
            (Negative, Lang::En) => "A count cannot be negative: enter a whole number of 0 or more.".into(),
            (BadGrouping, Lang::Vi) => {
                "Mỗi nhóm hàng nghìn phải đủ 3 chữ số và cách nhau cùng một kiểu, ví dụ 1.234.567 hoặc 1 234 567.".into()
            }
            (BadGrouping, Lang::En) => {
                "Each group of thousands has 3 digits, all separated the same way, e.g. 1,234,567 or 1 234 567.".into()
            }
            (Ambiguous { kind, decimal, grouped }, Lang::Vi) if kind.is_whole() => format!(
                "Chưa rõ đây là {} hay {}: số đếm không có phần thập phân; nếu là {}, hãy viết {} hoặc {}.",
                decimal.format_vi_short(),
                figure(grouped),
                figure(grouped),
                figure(grouped),
                grouped
            ),
            (Ambiguous { kind, decimal, grouped }, Lang::En) if kind.is_whole() => format!(
                "Unclear whether this is {decimal} or {}: a count has no decimals; for {} write {grouped} (or {}, the Vietnamese way).",
                figure(grouped),
                figure(grouped),
                grouped.format_figure(Lang::Vi)
            ),
            (Ambiguous { decimal, grouped, .. }, Lang::Vi) => format!(
                "Chưa rõ đây là {}% hay {}%: trong ô tỷ lệ, phần thập phân viết sau dấu phẩy, ví dụ {}.",
                decimal.format_vi_short(),
                figure(grouped),
                decimal.format_vi_short()
            ),
            (Ambiguous { decimal, grouped, .. }, Lang::En) => format!(
                "Unclear whether this is {decimal}% or {}%: write the decimals after a comma, e.g. {} (or {decimal}).",
                figure(grouped),
                decimal.format_vi_short()
            ),
            (NotADate, Lang::Vi) => "Ngày phải có dạng ngày/tháng/năm, ví dụ 15/09/2025.".into(),
            (NotADate, Lang::En) => "Write the date as day/month/year, e.g. 15/09/2025.".into(),
            (NoSuchDay { day, month, year }, Lang::Vi) => format!(
                "Không có ngày {day:02}/{month:02}/{year}: tháng {month} năm {year} chỉ có {} ngày.",
                days_in_month(year, month)
            ),
            (NoSuchDay { day, month, year }, Lang::En) => format!(
                "There is no {day:02}/{month:02}/{year}: month {month} of {year} has only {} days.",
                days_in_month(year, month)
            ),
            (NoSuchMonth { month }, Lang::Vi) => {
                format!("Không có tháng {month}: tháng từ 1 đến 12 (ngày/tháng/năm, ví dụ 15/09/2025).")
            }
            (NoSuchMonth { month }, Lang::En) => {
                format!("There is no month {month}: months go from 1 to 12 (day/month/year, e.g. 15/09/2025).")
            }
            (DateYearOutOfRange { year }, Lang::Vi) => {
                format!("Năm {year} có vẻ gõ nhầm: năm phải từ 1900 đến 2100.")
            }
            (DateYearOutOfRange { year }, Lang::En) => {
                format!("The year {year} looks like a typing slip: it must be between 1900 and 2100.")
            }
        }
    }
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
    let number = |s: &str, lengths: std::ops::RangeInclusive<usize>| {
        (lengths.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (Some(day), Some(month), Some(year)) = (
        number(day, 1..=2),
        number(month, 1..=2),
        number(year, 4..=4),
    ) else {
        return Err(InputError::NotADate);
    };
    if !(1..=12).contains(&month) {
        return Err(InputError::NoSuchMonth { month });
    }
    if !(1900..=2100).contains(&year) {
        return Err(InputError::DateYearOutOfRange { year });
    }
    if day == 0 || day > days_in_month(year, month) {
        return Err(InputError::NoSuchDay { day, month, year });
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
/// The civil date (year, month, day) `days` after 1970-01-01 (Howard Hinnant's algorithm): for
/// a clock's seconds and a spreadsheet's date serials alike.
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

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
    #[test]
    fn days_since_1970_become_civil_dates() {
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(-1), (1969, 12, 31));
        assert_eq!(super::civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(super::civil_from_days(20_454), (2026, 1, 1));
    }

    use super::*;

    #[test]
    fn dates_are_real_days() {
        assert_eq!(parse_date_vi("15/09/2025"), Ok(Some("2025-09-15".into())));
        assert_eq!(parse_date_vi("1/2/2024"), Ok(Some("2024-02-01".into())));
        assert_eq!(parse_date_vi("29/02/2024"), Ok(Some("2024-02-29".into())));
        assert_eq!(parse_date_vi("15.09.2025"), Ok(Some("2025-09-15".into())));
        assert_eq!(parse_date_vi(" "), Ok(None));
        assert_eq!(iso_to_vi("2025-09-15"), "15/09/2025");
    }

    #[test]
    fn a_date_of_the_right_form_that_does_not_exist_is_said_so() {
        let no_day = |day, month, year| Err(InputError::NoSuchDay { day, month, year });
        assert_eq!(parse_date_vi("31/02/2025"), no_day(31, 2, 2025));
        assert_eq!(parse_date_vi("29/02/2025"), no_day(29, 2, 2025));
        assert_eq!(parse_date_vi("31/04/2025"), no_day(31, 4, 2025));
        assert_eq!(parse_date_vi("0/04/2025"), no_day(0, 4, 2025));
        assert_eq!(
            parse_date_vi("15/13/2025"),
            Err(InputError::NoSuchMonth { month: 13 })
        );
        assert_eq!(
            parse_date_vi("15/09/2205"),
            Err(InputError::DateYearOutOfRange { year: 2205 })
        );
        assert_eq!(
            parse_date_vi("31/02/2025").unwrap_err().message(Lang::Vi),
            "Không có ngày 31/02/2025: tháng 2 năm 2025 chỉ có 28 ngày."
        );
        assert_eq!(
            parse_date_vi("31/02/2025").unwrap_err().message(Lang::En),
            "There is no 31/02/2025: month 2 of 2025 has only 28 days."
        );
    }

    #[test]
    fn a_date_of_the_wrong_form_is_said_so() {
        for text in [
            "2025-09-15",
            "hôm qua",
            "15/09/25",
            "15/09",
            "1/2/3/2024",
            "015/09/2025",
        ] {
            assert_eq!(parse_date_vi(text), Err(InputError::NotADate), "{text}");
        }
        assert_eq!(
            InputError::NotADate.message(Lang::Vi),
            "Ngày phải có dạng ngày/tháng/năm, ví dụ 15/09/2025."
        );
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
