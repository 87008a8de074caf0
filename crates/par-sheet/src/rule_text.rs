//! A rule's parameters as cell text, both ways. Levels and parts are “label: points” lines (ids
//! and English labels in their own columns, line for line); bands are written as in
//! `band_text`; everything else is a “Key: value” line (“Tử số: …”, “Mỗi lần: trừ 0,25 điểm”).

use par_core::rule::{LevelOption, OfficeFigures, Part, Rule, ZeroDenominator};
use par_core::Decimal;

use crate::band_text::{band_text, parse_band, parse_points, points_text};
use crate::keyed::Keyed;
use crate::layout::Column;
use crate::text::{id_from_label, key, lines, split_label};

/// The cells of a rule.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleCells {
    pub parameters: String,
    pub options_en: String,
    pub option_ids: String,
}

pub const NUMERATOR: &str = "Tử số";
pub const DENOMINATOR: &str = "Mẫu số";
pub const ZERO_DENOMINATOR: &str = "Nếu mẫu số bằng 0";
pub const COUNTED: &str = "Đơn vị đếm";
pub const EACH: &str = "Mỗi lần";
pub const START: &str = "Điểm ban đầu";
pub const LIMIT: &str = "Giới hạn";
pub const CAP: &str = "Tối đa";
pub const SOURCE: &str = "Nguồn";
/// Marks a missing English label in the English column, so the lines stay aligned.
pub const NO_ENGLISH: &str = "-";

pub const ZERO_DENOMINATOR_OUTCOMES: [(ZeroDenominator, &str); 3] = [
    (ZeroDenominator::FullPoints, "Được điểm tối đa"),
    (ZeroDenominator::ZeroPoints, "0 điểm"),
    (ZeroDenominator::Excluded, "Không tính vào điểm tối đa"),
];

pub fn rule_cells(rule: &Rule) -> RuleCells {
    let mut cells = RuleCells::default();
    let mut lines: Vec<String> = Vec::new();
    match rule {
        Rule::YesNo {
            yes_points,
            no_points,
        } => {
            if let Some(points) = yes_points {
                lines.push(format!("Có: {}", points_text(*points)));
            }
            if let Some(points) = no_points {
                lines.push(format!("Không: {}", points_text(*points)));
            }
        }
        Rule::Levels { options } => {
            let labelled = options
                .iter()
                .map(|o| (&o.id, &o.label, &o.label_en, o.points));
            labelled_lines(labelled, &mut lines, &mut cells);
        }
        Rule::Parts { parts, cap } => {
            let labelled = parts
                .iter()
                .map(|p| (&p.id, &p.label, &p.label_en, p.points));
            labelled_lines(labelled, &mut lines, &mut cells);
            if let Some(cap) = cap {
                lines.push(format!("{CAP}: {}", points_text(*cap)));
            }
        }
        Rule::Percent { bands } => lines.extend(bands.iter().map(band_text)),
        Rule::Ratio {
            numerator_label,
            denominator_label,
            bands,
            on_zero_denominator,
        } => ratio_lines(
            numerator_label,
            denominator_label,
            bands,
            *on_zero_denominator,
            &mut lines,
        ),
        Rule::Count {
            unit,
            per_occurrence,
            start,
            limit,
        } => {
            lines.push(format!("{COUNTED}: {unit}"));
            let sign = if per_occurrence.is_negative() {
                "trừ"
            } else {
                "cộng"
            };
            lines.push(format!(
                "{EACH}: {sign} {}",
                points_text(per_occurrence.abs())
            ));
            if !start.is_zero() {
                lines.push(format!("{START}: {}", points_text(*start)));
            }
            if let Some(limit) = limit {
                lines.push(format!("{LIMIT}: {}", points_text(*limit)));
            }
        }
        Rule::Survey { source, figures } => {
            if let Some(source) = source {
                lines.push(format!("{SOURCE}: {source}"));
            }
            figures_lines(figures.as_ref(), &mut lines);
        }
        Rule::AppraiserOnly { figures } => figures_lines(figures.as_ref(), &mut lines),
    }
    cells.parameters = lines.join("\n");
    cells
}

fn ratio_lines(
    numerator: &str,
    denominator: &str,
    bands: &[par_core::rule::Band],
    on_zero: ZeroDenominator,
    lines: &mut Vec<String>,
) {
    lines.push(format!("{NUMERATOR}: {numerator}"));
    lines.push(format!("{DENOMINATOR}: {denominator}"));
    lines.extend(bands.iter().map(band_text));
    let outcome = ZERO_DENOMINATOR_OUTCOMES
        .iter()
        .find(|(o, _)| *o == on_zero)
        .map_or("", |(_, text)| text);
    lines.push(format!("{ZERO_DENOMINATOR}: {outcome}"));
}

/// The figures the office enters for a survey or appraiser-only item: written like a ratio.
fn figures_lines(figures: Option<&OfficeFigures>, lines: &mut Vec<String>) {
    if let Some(f) = figures {
        let (numerator, denominator) = (&f.numerator_label, &f.denominator_label);
        ratio_lines(
            numerator,
            denominator,
            &f.bands,
            f.on_zero_denominator,
            lines,
        );
    }
}

type Labelled<'a> = (&'a String, &'a String, &'a Option<String>, Decimal);

fn labelled_lines<'a>(
    options: impl Iterator<Item = Labelled<'a>>,
    lines: &mut Vec<String>,
    cells: &mut RuleCells,
) {
    let options: Vec<Labelled<'a>> = options.collect();
    for (_, label, _, points) in &options {
        lines.push(format!("{label}: {}", points_text(*points)));
    }
    let ids: Vec<&str> = options.iter().map(|(id, ..)| id.as_str()).collect();
    cells.option_ids = ids.join("\n");
    if options.iter().any(|(_, _, en, _)| en.is_some()) {
        let english: Vec<&str> = options
            .iter()
            .map(|(_, _, en, _)| en.as_deref().unwrap_or(NO_ENGLISH))
            .collect();
        cells.options_en = english.join("\n");
    }
}

/// A problem with a rule's cells, and the column it is in.
pub type RuleProblem = (Column, String);

/// Reads the rule of kind `kind` (`yes_no`…) from its cells.
pub fn parse_rule(kind: &str, cells: &RuleCells) -> Result<Rule, Vec<RuleProblem>> {
    let mut problems = Vec::new();
    let all = lines(&cells.parameters);
    let mut keyed = Keyed::new(&all);
    let rule = match kind {
        "yes_no" => {
            let yes_points = keyed.points("Có", &mut problems);
            let no_points = keyed.points("Không", &mut problems);
            Rule::YesNo {
                yes_points,
                no_points,
            }
        }
        "levels" => {
            let options = labelled(&keyed.rest(), cells, &mut problems)
                .into_iter()
                .map(|(id, label, label_en, points)| LevelOption {
                    id,
                    label,
                    label_en,
                    points,
                })
                .collect();
            Rule::Levels { options }
        }
        "parts" => {
            let cap = keyed.points(CAP, &mut problems);
            let parts = labelled(&keyed.rest(), cells, &mut problems)
                .into_iter()
                .map(|(id, label, label_en, points)| Part {
                    id,
                    label,
                    label_en,
                    points,
                })
                .collect();
            Rule::Parts { parts, cap }
        }
        "percent" => Rule::Percent {
            bands: bands(&keyed.rest(), &mut problems),
        },
        "ratio" => {
            let numerator_label =
                keyed.required(NUMERATOR, "Số hồ sơ giải quyết đúng hạn", &mut problems);
            let denominator_label =
                keyed.required(DENOMINATOR, "Số hồ sơ tiếp nhận", &mut problems);
            let on_zero = keyed.required(ZERO_DENOMINATOR, "Được điểm tối đa", &mut problems);
            let on_zero_denominator = zero_denominator_of(&on_zero, &mut problems);
            Rule::Ratio {
                numerator_label,
                denominator_label,
                bands: bands(&keyed.rest(), &mut problems),
                on_zero_denominator,
            }
        }
        "count" => {
            let unit = keyed.required(COUNTED, "hồ sơ trễ hạn", &mut problems);
            let each = keyed.required(EACH, "trừ 0,25 điểm", &mut problems);
            let per_occurrence = signed_points(&each).unwrap_or_else(|| {
                if !each.is_empty() {
                    problems.push((
                        Column::Parameters,
                        format!("“{EACH}: {each}” không đọc được; hãy viết ví dụ “{EACH}: trừ 0,25 điểm” hoặc “{EACH}: cộng 0,5 điểm”"),
                    ));
                }
                Decimal::ZERO
            });
            let start = keyed.points(START, &mut problems).unwrap_or(Decimal::ZERO);
            let limit = keyed.points(LIMIT, &mut problems);
            keyed.no_rest(kind, &mut problems);
            Rule::Count {
                unit,
                per_occurrence,
                start,
                limit,
            }
        }
        "survey" => {
            let source = keyed.text(SOURCE);
            let figures = office_figures(&mut keyed, &mut problems);
            keyed.no_rest(kind, &mut problems);
            Rule::Survey { source, figures }
        }
        _ => {
            let figures = office_figures(&mut keyed, &mut problems);
            keyed.no_rest(kind, &mut problems);
            Rule::AppraiserOnly { figures }
        }
    };
    if kind == "yes_no" {
        keyed.no_rest(kind, &mut problems);
    }
    if problems.is_empty() {
        Ok(rule)
    } else {
        Err(problems)
    }
}

/// Numerator, denominator, bands and what a zero denominator scores.
fn ratio(keyed: &mut Keyed, problems: &mut Vec<RuleProblem>) -> OfficeFigures {
    let numerator_label = keyed.required(NUMERATOR, "Số hồ sơ giải quyết đúng hạn", problems);
    let denominator_label = keyed.required(DENOMINATOR, "Số hồ sơ tiếp nhận", problems);
    let on_zero = keyed.required(ZERO_DENOMINATOR, "Được điểm tối đa", problems);
    let on_zero_denominator = zero_denominator_of(&on_zero, problems);
    let rest = keyed.rest();
    let bands = bands(&rest, problems);
    keyed.take_all();
    OfficeFigures {
        numerator_label,
        denominator_label,
        bands,
        on_zero_denominator,
    }
}

/// Survey and appraiser-only items are computed from figures when a “Tử số” line is there.
fn office_figures(keyed: &mut Keyed, problems: &mut Vec<RuleProblem>) -> Option<OfficeFigures> {
    keyed.has(NUMERATOR).then(|| ratio(keyed, problems))
}

/// “trừ 0,25 điểm”, “cộng 0,5”, “-0,25 điểm”.
fn signed_points(text: &str) -> Option<Decimal> {
    let lower = key(text);
    if let Some(rest) = lower.strip_prefix("trừ") {
        return parse_points(rest).map(|p| -p.abs());
    }
    let rest = lower.strip_prefix("cộng").unwrap_or(&lower);
    parse_points(rest)
}

fn zero_denominator_of(text: &str, problems: &mut Vec<RuleProblem>) -> ZeroDenominator {
    if text.is_empty() {
        return ZeroDenominator::ZeroPoints;
    }
    let found = ZERO_DENOMINATOR_OUTCOMES
        .iter()
        .find(|(_, words)| key(words) == key(text) || (key(words) == "0 điểm" && key(text) == "0"));
    match found {
        Some((outcome, _)) => *outcome,
        None => {
            let choices: Vec<String> = ZERO_DENOMINATOR_OUTCOMES
                .iter()
                .map(|(_, w)| format!("“{w}”"))
                .collect();
            problems.push((
                Column::Parameters,
                format!(
                    "“{ZERO_DENOMINATOR}: {text}”: hãy ghi một trong {}",
                    choices.join(", ")
                ),
            ));
            ZeroDenominator::ZeroPoints
        }
    }
}

fn bands(lines: &[String], problems: &mut Vec<RuleProblem>) -> Vec<par_core::rule::Band> {
    if lines.is_empty() {
        problems.push((
            Column::Parameters,
            format!(
                "chưa có mức điểm nào; mỗi mức một dòng, ví dụ {}",
                crate::band_text::BAND_EXAMPLE
            ),
        ));
    }
    lines
        .iter()
        .filter_map(|line| match parse_band(line) {
            Ok(band) => Some(band),
            Err(message) => {
                problems.push((Column::Parameters, message));
                None
            }
        })
        .collect()
}

/// “label: points” lines with their ids and English labels, line for line.
fn labelled(
    lines: &[String],
    cells: &RuleCells,
    problems: &mut Vec<RuleProblem>,
) -> Vec<(String, String, Option<String>, Decimal)> {
    let ids = crate::text::lines(&cells.option_ids);
    let english = crate::text::lines(&cells.options_en);
    if lines.is_empty() {
        problems.push((
            Column::Parameters,
            "chưa có mức nào; mỗi dòng một mức “tên: điểm”, ví dụ “Kịp thời: 1 điểm”".into(),
        ));
    }
    for (column, given) in [(Column::OptionIds, &ids), (Column::OptionsEn, &english)] {
        if !given.is_empty() && given.len() != lines.len() {
            problems.push((
                column,
                format!(
                    "có {} dòng nhưng cột “{}” có {} mức; hãy ghi mỗi mức một dòng, theo cùng thứ tự (để trống nếu không dùng)",
                    given.len(),
                    Column::Parameters.title(),
                    lines.len()
                ),
            ));
        }
    }
    let mut options = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let parsed =
            split_label(line).and_then(|(label, points)| Some((label, parse_points(points)?)));
        let Some((label, points)) = parsed.filter(|(label, _)| !label.is_empty()) else {
            problems.push((
                Column::Parameters,
                format!("dòng “{line}” phải có dạng “tên: điểm”, ví dụ “Kịp thời: 1 điểm”"),
            ));
            continue;
        };
        let id = ids.get(i).cloned().unwrap_or_else(|| id_from_label(label));
        let label_en = english
            .get(i)
            .filter(|en| en.as_str() != NO_ENGLISH)
            .cloned();
        options.push((id, label.to_string(), label_en, points));
    }
    options
}
