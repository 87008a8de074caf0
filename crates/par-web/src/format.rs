//! Numbers as the page shows them, in the reader's convention (87,50 in Vietnamese, 87.50 in
//! English), always with two decimals as published.

use par_core::decimal::Decimal;
use par_core::Lang;

/// A whole number grouped by thousands as each language writes it (2.310 hồ sơ; par-core's,
/// shared with `par`).
pub use par_core::lang::whole_number;

/// Points with two decimals: `87,50` / `87.50`.
pub fn points(value: Decimal, lang: Lang) -> String {
    value.format_points(lang)
}

/// A bonus or penalty with its sign: `+2,00`, `-0,50`; nothing at all is `0,00`, not `+0,00`.
pub fn signed(value: Decimal, lang: Lang) -> String {
    if value.is_negative() || value.is_zero() {
        points(value, lang)
    } else {
        format!("+{}", points(value, lang))
    }
}

/// A maximum without trailing zeros: `10`, `2,5` / `2.5`.
pub fn short(value: Decimal, lang: Lang) -> String {
    match lang {
        Lang::Vi => value.format_vi_short(),
        Lang::En => value.to_string(),
    }
}

/// `87,50%`, or a dash while there is nothing to divide by.
pub fn percent(value: Option<Decimal>, lang: Lang) -> String {
    value.map_or_else(|| "—".to_string(), |v| format!("{}%", points(v, lang)))
}

/// Fills `{name}` placeholders of an interface text.
/// (par-core's `fill`, for values the page has just formatted into `String`s.)
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    let values: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
    par_core::lang::fill(template, &values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        let d = Decimal::parse("87,5").expect("valid");
        assert_eq!(points(d, Lang::Vi), "87,50");
        assert_eq!(points(d, Lang::En), "87.50");
        assert_eq!(signed(d, Lang::Vi), "+87,50");
        assert_eq!(signed(Decimal::from_int(0), Lang::Vi), "0,00");
        assert_eq!(percent(Some(d), Lang::Vi), "87,50%");
        assert_eq!(percent(None, Lang::Vi), "—");
        assert_eq!(short(Decimal::from_int(10), Lang::Vi), "10");
        assert_eq!(whole_number(2310, Lang::Vi), "2.310");
        assert_eq!(
            fill(
                "Trang {n}/{total}",
                &[("n", "2".into()), ("total", "9".into())]
            ),
            "Trang 2/9"
        );
    }
}
