//! Checks of one scoring rule: points within the maximum, unique ids, bands that cover 0–100.

use std::collections::BTreeSet;

use super::Checker;
use crate::decimal::Decimal;
use crate::framework::Item;
use crate::rule::{Band, Bound, Rule};

impl Checker {
    /// Option and part ids are stored in answers, so each must be present and unique.
    fn unique_ids<'a>(&mut self, at: &str, what: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.enumerate() {
            if !seen.insert(id) || id.trim().is_empty() {
                self.push(
                    &format!("{at}[{i}].id"),
                    format!("{what} “{id}” trống hoặc bị trùng."),
                );
            }
        }
    }

    /// Points between the item's floor (0, or its `min_points`) and its maximum, with no more
    /// decimals than the set allows.
    pub(super) fn within(&mut self, at: &str, points: Decimal, floor: Decimal, max: Decimal) {
        self.precise(at, points);
        if points < floor || points > max {
            self.push(
                at,
                format!(
                    "Điểm phải từ {} đến điểm tối đa {}.",
                    floor.format_vi_short(),
                    max.format_vi(2)
                ),
            );
        }
    }

    pub(super) fn rule(&mut self, at: &str, rule: &Rule, item: &Item) {
        let max = item.max_points;
        let floor = item.floor();
        match rule {
            Rule::YesNo {
                yes_points,
                no_points,
            } => {
                for (name, points) in [("yes_points", yes_points), ("no_points", no_points)] {
                    if let Some(points) = points {
                        self.within(&format!("{at}.{name}"), *points, floor, max);
                    }
                }
            }
            Rule::Levels { options } => {
                if options.len() < 2 {
                    self.push(&format!("{at}.options"), "Cần ít nhất hai mức.");
                }
                let ids = options.iter().map(|o| o.id.as_str());
                self.unique_ids(&format!("{at}.options"), "Mã mức", ids);
                for (i, option) in options.iter().enumerate() {
                    self.within(
                        &format!("{at}.options[{i}].points"),
                        option.points,
                        floor,
                        max,
                    );
                }
            }
            Rule::Percent { bands } => self.bands(at, bands, max),
            Rule::Ratio {
                numerator_label,
                denominator_label,
                bands,
                ..
            } => {
                if numerator_label.trim().is_empty() || denominator_label.trim().is_empty() {
                    self.push(at, "Hãy đặt tên cho tử số và mẫu số.");
                }
                self.bands(at, bands, max);
            }
            Rule::Parts { parts, cap } => {
                if parts.is_empty() {
                    self.push(&format!("{at}.parts"), "Chưa có nội dung nào.");
                }
                self.unique_ids(
                    &format!("{at}.parts"),
                    "Mã nội dung",
                    parts.iter().map(|p| p.id.as_str()),
                );
                for (i, part) in parts.iter().enumerate() {
                    let at = format!("{at}.parts[{i}]");
                    self.precise(&format!("{at}.points"), part.points);
                    if part.points <= Decimal::ZERO || part.points > max {
                        self.push(
                            &format!("{at}.points"),
                            "Điểm của nội dung phải lớn hơn 0 và không quá điểm tối đa.",
                        );
                    }
                }
                if let Some(cap) = cap {
                    self.precise(&format!("{at}.cap"), *cap);
                    if *cap <= Decimal::ZERO || *cap > max {
                        self.push(
                            &format!("{at}.cap"),
                            "Mức trần phải lớn hơn 0 và không quá điểm tối đa.",
                        );
                    }
                }
            }
            Rule::Count {
                unit,
                per_occurrence,
                start,
                limit,
            } => {
                if unit.trim().is_empty() {
                    self.push(
                        &format!("{at}.unit"),
                        "Hãy ghi đơn vị đếm, ví dụ “hồ sơ trễ hạn”.",
                    );
                }
                self.precise(&format!("{at}.per_occurrence"), *per_occurrence);
                if per_occurrence.is_zero() {
                    self.push(&format!("{at}.per_occurrence"), "Điểm mỗi lần phải khác 0.");
                }
                self.within(&format!("{at}.start"), *start, floor, max);
                if let Some(limit) = limit {
                    self.precise(&format!("{at}.limit"), *limit);
                    if *limit <= Decimal::ZERO {
                        self.push(&format!("{at}.limit"), "Giới hạn phải lớn hơn 0.");
                    }
                }
            }
            Rule::Survey { figures, .. } | Rule::AppraiserOnly { figures } => {
                if let Some(figures) = figures {
                    let at = format!("{at}.figures");
                    if figures.numerator_label.trim().is_empty()
                        || figures.denominator_label.trim().is_empty()
                    {
                        self.push(&at, "Hãy đặt tên cho tử số và mẫu số.");
                    }
                    self.bands(&at, &figures.bands, max);
                }
            }
        }
    }

    /// Bands must each be non-empty, score within the maximum, and together cover 0–100 exactly
    /// once: no gap, no overlap.
    fn bands(&mut self, at: &str, bands: &[Band], max: Decimal) {
        if bands.is_empty() {
            self.push(&format!("{at}.bands"), "Chưa có mức điểm nào.");
            return;
        }
        for (i, band) in bands.iter().enumerate() {
            let at = format!("{at}.bands[{i}]");
            let (lower, upper) = (band.lower(), band.upper());
            if lower.value < Decimal::ZERO || upper.value > Decimal::HUNDRED {
                self.push(&at, "Mức phải nằm trong khoảng 0% đến 100%.");
            }
            let empty = lower.value > upper.value
                || (lower.value == upper.value && !(lower.inclusive && upper.inclusive));
            if empty {
                self.push(&at, "Mức rỗng: cận dưới phải nhỏ hơn cận trên.");
            }
            if band.proportional && !band.points.is_zero() {
                self.push(
                    &format!("{at}.points"),
                    "Mức tính theo tỷ lệ (“proportional”) không ghi điểm cố định.",
                );
            }
            self.within(&format!("{at}.points"), band.points, Decimal::ZERO, max);
        }
        let mut order: Vec<usize> = (0..bands.len()).collect();
        order.sort_by(|&a, &b| {
            let (la, lb) = (bands[a].lower(), bands[b].lower());
            la.value
                .cmp(&lb.value)
                .then(lb.inclusive.cmp(&la.inclusive))
        });
        let first = bands[order[0]].lower();
        if first
            != (Bound {
                value: Decimal::ZERO,
                inclusive: true,
            })
        {
            self.push(
                &format!("{at}.bands[{}]", order[0]),
                "Các mức phải bắt đầu từ 0% (gồm cả 0%).",
            );
        }
        for pair in order.windows(2) {
            let (upper, lower) = (bands[pair[0]].upper(), bands[pair[1]].lower());
            let at = format!("{at}.bands[{}]", pair[1]);
            if upper.value < lower.value
                || (upper.value == lower.value && !upper.inclusive && !lower.inclusive)
            {
                self.push(
                    &at,
                    format!(
                        "Có khoảng trống trước mức này (từ {}%).",
                        lower.value.format_vi(2)
                    ),
                );
            } else if upper.value > lower.value || (upper.inclusive && lower.inclusive) {
                self.push(
                    &at,
                    format!(
                        "Mức này chồng lên mức khác tại {}%.",
                        lower.value.format_vi(2)
                    ),
                );
            }
        }
        let last = order
            .iter()
            .map(|&i| bands[i].upper())
            .max_by(|a, b| a.value.cmp(&b.value).then(a.inclusive.cmp(&b.inclusive)));
        if last
            != Some(Bound {
                value: Decimal::HUNDRED,
                inclusive: true,
            })
        {
            self.push(
                &format!("{at}.bands"),
                "Các mức phải kết thúc ở 100% (gồm cả 100%).",
            );
        }
    }
}
