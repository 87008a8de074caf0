//! A percentage band as an official writes it, both ways: “Từ 80% đến dưới 100%: 1 điểm”,
//! “70% – 90%: 1”, “< 70%: 0”, “> 90%: 2”, “100%: 1,5 điểm”, “Từ 90% đến dưới 100%: theo tỷ lệ”.
//! The writer picks the one wording that reads back as exactly the same band.

use par_core::rule::Band;
use par_core::Decimal;

use crate::text::split_label;

/// How a proportional band's points are written.
pub const PROPORTIONAL: &str = "theo tỷ lệ";

/// Points in the template's words: “1 điểm”, “0,25 điểm”.
pub fn points_text(points: Decimal) -> String {
    format!("{} điểm", points.format_vi_short())
}

/// Reads “1”, “1,5 điểm”, “-0,25 điểm”.
pub fn parse_points(text: &str) -> Option<Decimal> {
    let text = text.trim();
    let text = text
        .strip_suffix("điểm")
        .or_else(|| text.strip_suffix("Điểm"))
        .unwrap_or(text);
    Decimal::parse(text.trim()).ok()
}

fn percent(value: Decimal) -> String {
    format!("{}%", value.format_vi_short())
}

pub fn band_text(band: &Band) -> String {
    let range = match (band.from, band.to) {
        (None, None) => "Mọi tỷ lệ".to_string(),
        (None, Some(to)) if band.to_inclusive => format!("Đến {}", percent(to)),
        (None, Some(to)) => format!("Dưới {}", percent(to)),
        (Some(from), None) if band.from_inclusive => format!("Từ {} trở lên", percent(from)),
        (Some(from), None) => format!("Trên {}", percent(from)),
        (Some(from), Some(to)) if from == to && band.from_inclusive && band.to_inclusive => {
            percent(from)
        }
        (Some(from), Some(to)) => format!(
            "{} {} đến {}{}",
            if band.from_inclusive { "Từ" } else { "Trên" },
            percent(from),
            if band.to_inclusive { "" } else { "dưới " },
            percent(to)
        ),
    };
    let points = if band.proportional {
        PROPORTIONAL.to_string()
    } else {
        points_text(band.points)
    };
    format!("{range}: {points}")
}

/// What to write instead, quoted in messages.
pub const BAND_EXAMPLE: &str =
    "“Từ 80% đến dưới 100%: 1 điểm”, “70% – 90%: 1”, “< 70%: 0” hoặc “Từ 90% đến dưới 100%: theo tỷ lệ”";

/// Reads one band line; the error says what is wrong with it.
pub fn parse_band(line: &str) -> Result<Band, String> {
    let Some((range, points)) = split_label(line) else {
        return Err(format!(
            "dòng “{line}” thiếu dấu “:” và số điểm; hãy viết ví dụ {BAND_EXAMPLE}"
        ));
    };
    let proportional =
        crate::text::key(points) == PROPORTIONAL || crate::text::key(points) == "tính theo tỷ lệ";
    let points = if proportional {
        Decimal::ZERO
    } else {
        parse_points(points).ok_or_else(|| {
            format!(
                "dòng “{line}”: “{points}” không phải số điểm; hãy viết ví dụ “1 điểm” hoặc “0,5”"
            )
        })?
    };
    let (lower, upper) = parse_range(range).ok_or_else(|| {
        format!("dòng “{line}”: không hiểu khoảng tỷ lệ “{range}”; hãy viết ví dụ {BAND_EXAMPLE}")
    })?;
    Ok(Band {
        from: lower.map(|(value, _)| value),
        from_inclusive: lower.is_none_or(|(_, inclusive)| inclusive),
        to: upper.map(|(value, _)| value),
        to_inclusive: upper.is_some_and(|(_, inclusive)| inclusive),
        points,
        proportional,
    })
}

pub(crate) type End = Option<(Decimal, bool)>;

/// The two ends of a range, each `(value, inclusive)`; `None` for an open end.
pub(crate) fn parse_range(text: &str) -> Option<(End, End)> {
    let normalised = crate::text::key(text)
        .replace(['–', '—', '−'], "-")
        .replace('≥', ">=")
        .replace('≤', "<=")
        .replace('%', "");
    let t = normalised.trim();
    let number = |s: &str| Decimal::parse(s.trim()).ok();
    if t == "mọi tỷ lệ" {
        return Some((None, None));
    }
    for (word, inclusive) in [("từ ", true), ("trên ", false)] {
        if let Some(rest) = t.strip_prefix(word) {
            return from_phrase(rest, inclusive);
        }
    }
    let one_sided: [(&str, bool, bool); 9] = [
        // (prefix, is the upper end, inclusive)
        (">=", false, true),
        (">", false, false),
        ("<=", true, true),
        ("<", true, false),
        ("dưới ", true, false),
        ("đến ", true, true),
        ("tới ", true, true),
        ("không quá ", true, true),
        ("tối đa ", true, true),
    ];
    for (prefix, upper, inclusive) in one_sided {
        if let Some(rest) = t.strip_prefix(prefix) {
            let end = Some((number(rest)?, inclusive));
            return Some(if upper { (None, end) } else { (end, None) });
        }
    }
    if let Some(rest) = t.strip_suffix("trở lên") {
        return Some((Some((number(rest)?, true)), None));
    }
    if let Some((a, b)) = t.split_once('-').filter(|(a, _)| !a.trim().is_empty()) {
        return Some((Some((number(a)?, true)), Some((number(b)?, true))));
    }
    let single = number(t)?;
    Some((Some((single, true)), Some((single, true))))
}

/// After “từ X” / “trên X”: “ đến (dưới) Y”, “ trở lên”, or nothing.
fn from_phrase(rest: &str, inclusive: bool) -> Option<(End, End)> {
    let number = |s: &str| Decimal::parse(s.trim()).ok();
    for joiner in [" đến ", " tới ", "-"] {
        if let Some((a, b)) = rest.split_once(joiner) {
            let b = b.trim();
            let (b, to_inclusive) = match b.strip_prefix("dưới ") {
                Some(below) => (below, false),
                None => (b, true),
            };
            return Some((
                Some((number(a)?, inclusive)),
                Some((number(b)?, to_inclusive)),
            ));
        }
    }
    let rest = rest.trim();
    let rest = rest.strip_suffix("trở lên").unwrap_or(rest);
    Some((Some((number(rest)?, inclusive)), None))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        Decimal::parse(text).unwrap()
    }

    fn band(from: Option<&str>, fi: bool, to: Option<&str>, ti: bool, points: &str) -> Band {
        Band {
            from: from.map(d),
            from_inclusive: fi,
            to: to.map(d),
            to_inclusive: ti,
            points: d(points),
            proportional: false,
        }
    }

    #[test]
    fn an_officials_wordings() {
        let cases = [
            (
                "Từ 80% đến dưới 100%: 1 điểm",
                band(Some("80"), true, Some("100"), false, "1"),
            ),
            (
                "70% – 90%: 1",
                band(Some("70"), true, Some("90"), true, "1"),
            ),
            ("< 70%: 0", band(None, true, Some("70"), false, "0")),
            ("> 90%: 2", band(Some("90"), false, None, false, "2")),
            ("≥ 90%: 2", band(Some("90"), true, None, false, "2")),
            (
                "100%: 1,5 điểm",
                band(Some("100"), true, Some("100"), true, "1.5"),
            ),
            ("Dưới 50%: 0 điểm", band(None, true, Some("50"), false, "0")),
            (
                "Trên 50% đến 70%: 0,5",
                band(Some("50"), false, Some("70"), true, "0.5"),
            ),
            (
                "từ 95 % trở lên : 1",
                band(Some("95"), true, None, false, "1"),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_band(text).as_ref(), Ok(&expected), "{text}");
        }
        let proportional = parse_band("Từ 90% đến dưới 100%: theo tỷ lệ").unwrap();
        assert!(proportional.proportional);
    }

    #[test]
    fn every_written_band_reads_back_the_same() {
        let ends = [None, Some("0"), Some("80"), Some("100")];
        for from in ends {
            for to in ends {
                for (fi, ti) in [(true, false), (false, true), (true, true), (false, false)] {
                    let mut b = band(from, fi, to, ti, "0.25");
                    b.from_inclusive |= from.is_none();
                    b.to_inclusive &= to.is_some();
                    assert_eq!(
                        parse_band(&band_text(&b)),
                        Ok(b.clone()),
                        "{}",
                        band_text(&b)
                    );
                }
            }
        }
    }

    #[test]
    fn a_band_without_points_says_what_to_write() {
        let error = parse_band("70% – 90%").unwrap_err();
        assert!(error.contains("thiếu dấu “:”"), "{error}");
    }
}
