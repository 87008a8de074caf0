//! A rule explained in plain words, e.g. "Từ 80% đến dưới 100%: 1 điểm".

use crate::decimal::Decimal;
use crate::framework::{
    AdjustmentKind, ClaimWithoutEvidence, EvidencePolicy, Framework, Item, NotApplicable,
};
use crate::lang::Lang;
use crate::rule::{Band, OfficeFigures, Rule, ZeroDenominator};

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
    if let Some(floor) = item.min_points {
        lines.push(match lang {
            Lang::Vi => format!(
                "Điểm thấp nhất: {} (điểm âm bị trừ vào điểm của tiêu chí).",
                points_text(floor, lang)
            ),
            Lang::En => format!(
                "Lowest score: {} (a negative score is deducted from the criterion).",
                points_text(floor, lang)
            ),
        });
    }
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
        } => ratio_lines(
            &OfficeFigures {
                numerator_label: numerator_label.clone(),
                denominator_label: denominator_label.clone(),
                bands: bands.clone(),
                on_zero_denominator: *on_zero_denominator,
            },
            max,
            lang,
        ),
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
        Rule::Survey { source, figures } => {
            let source = source.as_deref().unwrap_or(if vi {
                "điều tra xã hội học"
            } else {
                "the sociological survey"
            });
            let mut lines = vec![if vi {
                format!("Cơ quan thẩm định chấm theo kết quả {source}; đơn vị không tự chấm (chờ kết quả điều tra).")
            } else {
                format!("Scored by the appraising office from {source}; the unit does not score it (awaiting survey results).")
            }];
            lines.extend(office_figures_lines(figures.as_ref(), max, lang));
            lines
        }
        Rule::AppraiserOnly { figures } => {
            let mut lines = vec![match (deducted, vi) {
                (true, true) => {
                    "Cơ quan thẩm định quyết định số điểm bị trừ; đơn vị không tự chấm.".into()
                }
                (true, false) => {
                    "The appraising office decides the points deducted; the unit does not score it."
                        .into()
                }
                (false, true) => "Do cơ quan thẩm định chấm; đơn vị không tự chấm.".into(),
                (false, false) => "Scored by the appraising office only.".into(),
            }];
            lines.extend(office_figures_lines(figures.as_ref(), max, lang));
            lines
        }
    }
}

/// “Tỷ lệ = A ÷ B × 100%”, the bands, and what a zero denominator scores.
fn ratio_lines(figures: &OfficeFigures, max: Decimal, lang: Lang) -> Vec<String> {
    let vi = lang == Lang::Vi;
    let (numerator, denominator) = (&figures.numerator_label, &figures.denominator_label);
    let mut lines = vec![if vi {
        format!("Tỷ lệ = {numerator} ÷ {denominator} × 100%")
    } else {
        format!("Rate = {numerator} ÷ {denominator} × 100%")
    }];
    lines.extend(figures.bands.iter().map(|b| band_text(b, max, lang)));
    let outcome = match (figures.on_zero_denominator, vi) {
        (ZeroDenominator::FullPoints, _) => points_text(max, lang),
        (ZeroDenominator::ZeroPoints, _) => points_text(Decimal::ZERO, lang),
        (ZeroDenominator::Excluded, true) => "không tính tiêu chí này".into(),
        (ZeroDenominator::Excluded, false) => "the item is not assessed".into(),
    };
    lines.push(if vi {
        format!("Nếu {denominator} bằng 0: {outcome}")
    } else {
        format!("If {denominator} is 0: {outcome}")
    });
    lines
}

/// The figures the office enters for a survey or appraiser-only item, if it has any.
fn office_figures_lines(figures: Option<&OfficeFigures>, max: Decimal, lang: Lang) -> Vec<String> {
    let Some(figures) = figures else {
        return Vec::new();
    };
    let mut lines = vec![match lang {
        Lang::Vi => "Cơ quan thẩm định nhập số liệu; điểm tính như sau:".to_string(),
        Lang::En => "The appraising office enters the figures; points follow:".to_string(),
    }];
    lines.extend(ratio_lines(figures, max, lang));
    lines
}

/// What claiming a whole criterion (or, with `whole_field`, a whole field) not applicable means,
/// in words; `None` when the set allows no such claim.
pub fn describe_group_not_applicable(
    meaning: NotApplicable,
    whole_field: bool,
    lang: Lang,
) -> Option<String> {
    let (vi_what, en_what) = if whole_field {
        ("cả lĩnh vực", "the whole field")
    } else {
        ("cả tiêu chí", "the whole criterion")
    };
    match (meaning, lang) {
        (NotApplicable::None, _) => None,
        (NotApplicable::FullPoints, Lang::Vi) => Some(format!(
            "Nếu {vi_what} không phát sinh (không áp dụng): được điểm tối đa của mọi tiêu chí thành phần, giải trình một lần."
        )),
        (NotApplicable::FullPoints, Lang::En) => Some(format!(
            "If nothing under {en_what} happened (not applicable): full points for every item, one explanation."
        )),
        (NotApplicable::Excluded, Lang::Vi) => Some(format!(
            "Nếu {vi_what} không áp dụng: không tính vào điểm tối đa, giải trình một lần."
        )),
        (NotApplicable::Excluded, Lang::En) => Some(format!(
            "If {en_what} does not apply: it leaves the maximum, one explanation."
        )),
    }
}

/// Under `zero_without_evidence`, what a full-points not-applicable claim without evidence
/// scores in this set; `None` under the other policy, where it keeps its points.
pub fn describe_claim_without_evidence(set: &Framework, lang: Lang) -> Option<&'static str> {
    if set.evidence_policy != EvidencePolicy::ZeroWithoutEvidence {
        return None;
    }
    Some(match (set.not_applicable_without_evidence, lang) {
        (ClaimWithoutEvidence::KeepsFullPoints, Lang::Vi) => "Không áp dụng (được điểm tối đa) mà không có tài liệu kiểm chứng: vẫn được điểm tối đa; cơ quan thẩm định chấp nhận hoặc không chấp nhận.",
        (ClaimWithoutEvidence::KeepsFullPoints, Lang::En) => "Not applicable (full points) without evidence: keeps full points; the appraising office accepts or rejects the claim.",
        (ClaimWithoutEvidence::ScoresZero, Lang::Vi) => "Không áp dụng (được điểm tối đa) mà không có tài liệu kiểm chứng: tính 0 điểm cho đến khi có tài liệu; cơ quan thẩm định chấp nhận hoặc không chấp nhận.",
        (ClaimWithoutEvidence::ScoresZero, Lang::En) => "Not applicable (full points) without evidence: 0 points until the evidence is there; the appraising office accepts or rejects the claim.",
    })
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
