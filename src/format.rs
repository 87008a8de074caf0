//! Display helpers: numbers in the reader's convention (87,50 in Vietnamese, 87.50 in English),
//! always with two decimals as published.

use par_core::decimal::Decimal;
use par_core::score::{LeafStatus, NodeScore};
use par_core::{Framework, Lang};

use crate::i18n::t;

/// Points with two decimals: `87,50` / `87.50`.
pub fn points(value: Decimal, lang: Lang) -> String {
    match lang {
        Lang::Vi => value.format_vi(2),
        Lang::En => value.format_with(2, '.'),
    }
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

/// `3,00/6 điểm · 2/5 mục xong`: the score line of a field or criterion.
pub fn node_line(node: &NodeScore, lang: Lang) -> String {
    let s = t(lang);
    format!(
        "{}/{} {} · {}/{} {}",
        points(node.points, lang),
        short(node.max_points, lang),
        s.points_unit,
        node.complete,
        node.leaves,
        s.items_done
    )
}

/// The status badge of a leaf.
pub fn status_text(status: LeafStatus, survey: bool, lang: Lang) -> &'static str {
    let s = t(lang);
    match status {
        LeafStatus::Scored => s.status_scored,
        LeafStatus::Unanswered => s.status_unanswered,
        LeafStatus::Invalid => s.status_invalid,
        LeafStatus::Excluded => s.status_excluded,
        LeafStatus::Pending if survey => s.status_pending_survey,
        LeafStatus::Pending => s.status_pending_office,
    }
}

/// Stable name of a status, for `data-status` and CSS.
pub fn status_name(status: LeafStatus) -> &'static str {
    match status {
        LeafStatus::Scored => "scored",
        LeafStatus::Unanswered => "unanswered",
        LeafStatus::Invalid => "invalid",
        LeafStatus::Excluded => "excluded",
        LeafStatus::Pending => "pending",
    }
}

pub fn status_class(status: LeafStatus) -> &'static str {
    match status {
        LeafStatus::Scored => "status status-scored",
        LeafStatus::Unanswered => "status status-unanswered",
        LeafStatus::Invalid => "status status-invalid",
        LeafStatus::Excluded => "status status-excluded",
        LeafStatus::Pending => "status status-pending",
    }
}

/// The classification label in `lang` (the sheet carries the Vietnamese label).
pub fn classification(framework: &Framework, label: Option<&str>, lang: Lang) -> String {
    let Some(label) = label else {
        return t(lang).not_classified.to_string();
    };
    framework
        .classification
        .iter()
        .find(|band| band.label == label)
        .map_or(label, |band| {
            lang.pick(&band.label, band.label_en.as_deref())
        })
        .to_string()
}

/// A whole number grouped by thousands as each language writes it (par-core's, shared with `par`).
pub use par_core::lang::whole_number;

/// Fills `{name}` placeholders of an interface text.
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        let d = Decimal::parse("87,5").expect("valid");
        assert_eq!(points(d, Lang::Vi), "87,50");
        assert_eq!(points(d, Lang::En), "87.50");
        assert_eq!(percent(Some(d), Lang::Vi), "87,50%");
        assert_eq!(percent(None, Lang::Vi), "—");
        assert_eq!(short(Decimal::from_int(10), Lang::Vi), "10");
        assert_eq!(
            fill(
                "Trang {n}/{total}",
                &[("n", "2".into()), ("total", "9".into())]
            ),
            "Trang 2/9"
        );
    }
}
