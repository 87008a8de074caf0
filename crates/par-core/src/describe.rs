//! A rule explained in plain words, e.g. "Từ 80% đến dưới 100%: 1 điểm".

use crate::decimal::Decimal;
use crate::framework::{AdjustmentKind, Item, NotApplicable};
use crate::lang::Lang;
use crate::rule::{Band, Rule, ZeroDenominator};

/// Lines explaining how `item` is scored, in `lang`. `group` is the kind of bonus/penalty group
/// the item belongs to (`None` in a field): a penalty item's points are taken from the total,
/// and the words must say so.
pub fn describe_item(item: &Item, group: Option<AdjustmentKind>, lang: Lang) -> Vec<String> {
    let deducted = group == Some(AdjustmentKind::Penalty);
    let mut lines = item
        .rule
        .as_ref()
        .map(|rule| describe_rule(rule, item.max_points, deducted, lang))
        .unwrap_or_default();
    match (item.not_applicable, lang) {
        (NotApplicable::None, _) => {}
        (NotApplicable::FullPoints, Lang::Vi) => lines
            .push("Nếu không phát sinh (không áp dụng): được điểm tối đa, phải giải trình.".into()),
        (NotApplicable::FullPoints, Lang::En) => lines
            .push("If not applicable (nothing happened): full points, with an explanation.".into()),
        (NotApplicable::Excluded, Lang::Vi) => lines.push(
            "Nếu không áp dụng: tiêu chí không được tính vào điểm tối đa, phải giải trình.".into(),
        ),
        (NotApplicable::Excluded, Lang::En) => lines
            .push("If not applicable: the item leaves the maximum, with an explanation.".into()),
    }
    lines
}

/// Points in words: "1 điểm", "0,25 điểm" / "1 point", "0.25 points".
pub fn points_text(points: Decimal, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{} điểm", points.format_vi_short()),
        Lang::En if points == Decimal::ONE => "1 point".into(),
        Lang::En => format!("{points} points"),
    }
}

fn percent_text(value: Decimal, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{}%", value.format_vi_short()),
        Lang::En => format!("{value}%"),
    }
}

/// Lines explaining `rule` for an item worth `max` points; `deducted`: the points are taken from
/// the total (an item of a penalty group).
pub fn describe_rule(rule: &Rule, max: Decimal, deducted: bool, lang: Lang) -> Vec<String> {
    let vi = lang == Lang::Vi;
    let mut lines = describe_points(rule, max, deducted, lang);
    // A count says "trừ" itself; other rules list points that are then taken from the total.
    if deducted && !matches!(rule, Rule::Count { .. }) && rule.is_self_assessed() {
        lines.insert(
            0,
            if vi {
                "Số điểm dưới đây bị trừ khỏi tổng điểm.".into()
            } else {
                "The points below are deducted from the total.".into()
            },
        );
    }
    lines
}

fn describe_points(rule: &Rule, max: Decimal, deducted: bool, lang: Lang) -> Vec<String> {
    let vi = lang == Lang::Vi;
    let pts = |p: Decimal| points_text(p, lang);
    match rule {
        Rule::YesNo {
            yes_points,
            no_points,
        } => {
            let (yes, no) = (
                yes_points.unwrap_or(max),
                no_points.unwrap_or(Decimal::ZERO),
            );
            if vi {
                vec![format!("Có: {}; Không: {}", pts(yes), pts(no))]
            } else {
                vec![format!("Yes: {}; No: {}", pts(yes), pts(no))]
            }
        }
        Rule::Levels { options } => options
            .iter()
            .map(|o| {
                let label = lang.pick(&o.label, o.label_en.as_deref());
                format!("{label}: {}", pts(o.points))
            })
            .collect(),
        Rule::Percent { bands } => bands.iter().map(|b| band_text(b, max, lang)).collect(),
        Rule::Ratio {
            numerator_label,
            denominator_label,
            bands,
            on_zero_denominator,
        } => {
            let mut lines = vec![if vi {
                format!("Tỷ lệ = {numerator_label} ÷ {denominator_label} × 100%")
            } else {
                format!("Rate = {numerator_label} ÷ {denominator_label} × 100%")
            }];
            lines.extend(bands.iter().map(|b| band_text(b, max, lang)));
            let outcome = match (on_zero_denominator, vi) {
                (ZeroDenominator::FullPoints, true) => pts(max),
                (ZeroDenominator::ZeroPoints, true) => pts(Decimal::ZERO),
                (ZeroDenominator::Excluded, true) => "không tính tiêu chí này".into(),
                (ZeroDenominator::FullPoints, false) => pts(max),
                (ZeroDenominator::ZeroPoints, false) => pts(Decimal::ZERO),
                (ZeroDenominator::Excluded, false) => "the item is not assessed".into(),
            };
            lines.push(if vi {
                format!("Nếu {denominator_label} bằng 0: {outcome}")
            } else {
                format!("If {denominator_label} is 0: {outcome}")
            });
            lines
        }
        Rule::Parts { parts, cap } => {
            let mut lines: Vec<String> = parts
                .iter()
                .map(|p| {
                    format!(
                        "{}: {}",
                        lang.pick(&p.label, p.label_en.as_deref()),
                        pts(p.points)
                    )
                })
                .collect();
            let cap = cap.unwrap_or(max);
            lines.push(if vi {
                format!("Cộng điểm các nội dung đạt, tối đa {}", pts(cap))
            } else {
                format!("Points of the parts done add up, at most {}", pts(cap))
            });
            lines
        }
        Rule::Count {
            unit,
            per_occurrence,
            start,
            limit,
        } => {
            let each = pts(per_occurrence.abs());
            // In a penalty group the points counted are taken from the total.
            let subtracts = per_occurrence.is_negative() != deducted;
            let mut line = match (subtracts, vi) {
                (true, true) => format!("Mỗi {unit}: trừ {each}"),
                (false, true) => format!("Mỗi {unit}: cộng {each}"),
                (true, false) => format!("Each “{unit}”: minus {each}"),
                (false, false) => format!("Each “{unit}”: plus {each}"),
            };
            if let Some(limit) = limit {
                line += &match (subtracts, vi) {
                    (true, true) => format!(", trừ tối đa {}", pts(limit.abs())),
                    (false, true) => format!(", tối đa {}", pts(*limit)),
                    (true, false) => format!(", at most {} in all", pts(limit.abs())),
                    (false, false) => format!(", at most {}", pts(*limit)),
                };
            }
            let mut lines = Vec::new();
            if !start.is_zero() {
                lines.push(if vi {
                    format!("Điểm ban đầu: {}", pts(*start))
                } else {
                    format!("Starting points: {}", pts(*start))
                });
            }
            lines.push(line);
            lines
        }
        Rule::Survey { source } => {
            let source = source.as_deref().unwrap_or(if vi {
                "điều tra xã hội học"
            } else {
                "the sociological survey"
            });
            vec![if vi {
                format!("Cơ quan thẩm định chấm theo kết quả {source}; đơn vị không tự chấm (chờ kết quả điều tra).")
            } else {
                format!("Scored by the appraising office from {source}; the unit does not score it (awaiting survey results).")
            }]
        }
        Rule::AppraiserOnly if deducted => vec![if vi {
            "Cơ quan thẩm định quyết định số điểm bị trừ; đơn vị không tự chấm.".into()
        } else {
            "The appraising office decides the points deducted; the unit does not score it.".into()
        }],
        Rule::AppraiserOnly => vec![if vi {
            "Do cơ quan thẩm định chấm; đơn vị không tự chấm.".into()
        } else {
            "Scored by the appraising office only.".into()
        }],
    }
}

/// One band in words: "Từ 80% đến dưới 100%: 1 điểm".
pub fn band_text(band: &Band, max: Decimal, lang: Lang) -> String {
    let (lower, upper) = (band.lower(), band.upper());
    let (l, u) = (
        percent_text(lower.value, lang),
        percent_text(upper.value, lang),
    );
    let starts_at_zero = lower.value.is_zero() && lower.inclusive;
    let ends_at_100 = upper.value == Decimal::HUNDRED && upper.inclusive;
    let range = match lang {
        Lang::Vi => {
            if lower.value == upper.value {
                l
            } else if starts_at_zero {
                if upper.inclusive {
                    format!("Từ 0% đến {u}")
                } else {
                    format!("Dưới {u}")
                }
            } else if ends_at_100 {
                if lower.inclusive {
                    format!("Từ {l} trở lên")
                } else {
                    format!("Trên {l}")
                }
            } else {
                let from = if lower.inclusive {
                    format!("Từ {l}")
                } else {
                    format!("Trên {l}")
                };
                let to = if upper.inclusive {
                    format!("đến {u}")
                } else {
                    format!("đến dưới {u}")
                };
                format!("{from} {to}")
            }
        }
        Lang::En => {
            if lower.value == upper.value {
                l
            } else if starts_at_zero {
                if upper.inclusive {
                    format!("Up to {u}")
                } else {
                    format!("Below {u}")
                }
            } else if ends_at_100 {
                if lower.inclusive {
                    format!("{l} or more")
                } else {
                    format!("Above {l}")
                }
            } else {
                let from = if lower.inclusive {
                    format!("From {l}")
                } else {
                    format!("Above {l}")
                };
                let to = if upper.inclusive {
                    format!("to {u}")
                } else {
                    format!("to below {u}")
                };
                format!("{from} {to}")
            }
        }
    };
    let points = if band.proportional {
        match lang {
            Lang::Vi => format!("{} × tỷ lệ đạt được", points_text(max, lang)),
            Lang::En => format!("{} × the rate achieved", points_text(max, lang)),
        }
    } else {
        points_text(band.points, lang)
    };
    format!("{range}: {points}")
}
