//! The header sheet (“Thông tin chung”): one “label | value | English” row per setting, found by
//! its label, plus one row per classification band.

use std::collections::BTreeMap;

use par_core::framework::{
    ClassBand, Decision, EvidencePolicy, Framework, UnitLevel, FRAMEWORK_FORMAT,
};
use par_core::Decimal;

use crate::band_text::parse_range;
use crate::grid::Grid;
use crate::layout::{
    claim_without_evidence_of, evidence_policy_of, unit_level_of, HeaderKey,
    CLAIMS_WITHOUT_EVIDENCE, EVIDENCE_POLICIES, LEVELS,
};
use crate::problem::Problems;
use crate::read_cell::CellReader;

/// Rows of the header sheet, for locating problems par-core finds later.
#[derive(Debug, Default)]
pub struct HeaderRows {
    pub rows: BTreeMap<HeaderKey, u32>,
    pub classification: Vec<u32>,
}

/// The set's header, with empty `fields`; what could not be read is left empty and reported.
pub fn read_header(grid: &Grid, problems: &mut Problems) -> (Framework, HeaderRows) {
    let mut found = HeaderRows::default();
    let mut set = Framework {
        format: FRAMEWORK_FORMAT.to_string(),
        id: String::new(),
        title: String::new(),
        title_en: None,
        level: UnitLevel::Commune,
        province: String::new(),
        year: 0,
        version: String::new(),
        decision: Decision {
            number: String::new(),
            date: String::new(),
            issuer: String::new(),
        },
        appraising_body: String::new(),
        appraiser_key_ids: Vec::new(),
        evidence_policy: EvidencePolicy::ExplanationRequired,
        classification: Vec::new(),
        decimals: 2,
        notice: None,
        fields: Vec::new(),
        adjustments: Vec::new(),
        not_applicable_without_evidence: Default::default(),
    };
    let mut cells = CellReader { grid, problems };
    let last = grid.last_row().unwrap_or(0);
    for row in 1..=last {
        let label = cells.text(row, 0);
        if label.is_empty() {
            continue;
        }
        let Some(key) = HeaderKey::from_label(&label) else {
            let known: Vec<String> = HeaderKey::ALL
                .iter()
                .map(|k| format!("“{}”", k.label()))
                .collect();
            cells.problem(
                row,
                0,
                format!(
                    "không nhận ra mục “{label}”; các mục của trang này: {}",
                    known.join(", ")
                ),
            );
            continue;
        };
        if key == HeaderKey::Classification {
            found.classification.push(row);
            read_class_band(&mut cells, row, &mut set.classification);
            continue;
        }
        if let Some(first) = found.rows.insert(key, row) {
            cells.problem(
                row,
                0,
                format!(
                    "mục “{}” đã có ở dòng {}; hãy xóa một dòng",
                    key.label(),
                    first + 1
                ),
            );
            continue;
        }
        read_setting(&mut cells, row, key, &mut set);
    }
    for key in HeaderKey::ALL {
        let missing = if key == HeaderKey::Classification {
            found.classification.is_empty()
        } else {
            key.required() && !found.rows.contains_key(&key)
        };
        if missing {
            let sheet = grid.name.clone();
            cells.problems.push(
                &sheet,
                "",
                format!(
                    "thiếu dòng “{}”; hãy thêm một dòng: cột A “{}”, cột B {}",
                    key.label(),
                    key.label(),
                    key.hint()
                ),
            );
        }
    }
    (set, found)
}

fn read_setting(cells: &mut CellReader<'_>, row: u32, key: HeaderKey, set: &mut Framework) {
    let text = cells.text(row, 1);
    let english = cells.optional_text(row, 2);
    if text.is_empty() && key.required() {
        cells.problem(
            row,
            1,
            format!(
                "chưa ghi {}; hãy ghi {}",
                key.label().to_lowercase(),
                key.hint()
            ),
        );
        return;
    }
    match key {
        HeaderKey::Id => set.id = text,
        HeaderKey::Title => {
            set.title = text;
            set.title_en = english;
        }
        HeaderKey::Level => match unit_level_of(&text) {
            Some(level) => set.level = level,
            None => cells.problem(
                row,
                1,
                format!(
                    "“{text}” không phải cấp đánh giá; hãy ghi {}",
                    choices(LEVELS.iter().map(|(_, n)| *n))
                ),
            ),
        },
        HeaderKey::Province => set.province = text,
        HeaderKey::Year => {
            if let Some(year) = cells.whole(row, 1, "năm") {
                match u16::try_from(year) {
                    Ok(year) => set.year = year,
                    Err(_) => cells.problem(row, 1, "năm phải từ 2000 đến 2100"),
                }
            }
        }
        HeaderKey::Version => {
            // A version typed as a number (1.1) keeps its dot: it is a name, not an amount.
            set.version = match cells.grid.value(row, 1) {
                crate::grid::Value::Number(n) => {
                    crate::grid::number_decimal(*n).map_or(text.clone(), |d| d.to_string())
                }
                _ => text.clone(),
            };
        }
        HeaderKey::DecisionNumber => set.decision.number = text,
        HeaderKey::DecisionDate => {
            if let Some(date) = cells.date(row, 1) {
                set.decision.date = date;
            }
        }
        HeaderKey::DecisionIssuer => set.decision.issuer = text,
        HeaderKey::AppraisingBody => set.appraising_body = text,
        HeaderKey::EvidencePolicy => match evidence_policy_of(&text) {
            Some(policy) => set.evidence_policy = policy,
            None => cells.problem(
                row,
                1,
                format!(
                    "“{text}”: hãy ghi {}",
                    choices(EVIDENCE_POLICIES.iter().map(|(_, n)| *n))
                ),
            ),
        },
        HeaderKey::Decimals => {
            if let Some(decimals) = cells.whole(row, 1, "số chữ số thập phân") {
                match u8::try_from(decimals) {
                    Ok(decimals) => set.decimals = decimals,
                    Err(_) => cells.problem(row, 1, "số chữ số thập phân phải từ 0 đến 4"),
                }
            }
        }
        HeaderKey::Notice => set.notice = Some(text.clone()).filter(|t| !t.is_empty()),
        HeaderKey::ClaimWithoutEvidence => match claim_without_evidence_of(&text) {
            Some(value) => set.not_applicable_without_evidence = value,
            None => cells.problem(
                row,
                1,
                format!(
                    "“{text}”: hãy ghi {}",
                    choices(CLAIMS_WITHOUT_EVIDENCE.iter().map(|(_, n)| *n))
                ),
            ),
        },
        HeaderKey::Classification => {}
    }
}

/// “Khá: từ 70% đến dưới 80%” (the upper end, if written, must be the band above's lower end).
fn read_class_band(cells: &mut CellReader<'_>, row: u32, bands: &mut Vec<ClassBand>) {
    let text = cells.text(row, 1);
    let example = "“Tốt: từ 80% đến dưới 90%” (mức cao nhất: “Xuất sắc: từ 90% trở lên”; mức thấp nhất: “Yếu: dưới 50%”)";
    let parsed = crate::text::split_label(&text)
        .and_then(|(label, range)| Some((label.to_string(), parse_range(range)?)));
    let Some((label, (lower, upper))) = parsed else {
        cells.problem(
            row,
            1,
            format!("“{text}”: hãy ghi tên mức và khoảng chỉ số, ví dụ {example}"),
        );
        return;
    };
    if lower.is_some_and(|(_, inclusive)| !inclusive) {
        cells.problem(row, 1, format!("“{text}”: mức xếp loại tính từ một chỉ số trở lên (“từ …%”), không dùng “trên …%”; ví dụ {example}"));
        return;
    }
    let above = bands.last().map(|b| b.min_percent);
    let upper_fits = match (upper, above) {
        (None, _) => true,
        (Some((to, inclusive)), None) => to == Decimal::HUNDRED && inclusive,
        (Some((to, inclusive)), Some(above)) => to == above && !inclusive,
    };
    if !upper_fits {
        let expected = above.map_or("100%".to_string(), |a| {
            format!("dưới {}%", a.format_vi_short())
        });
        cells.problem(row, 1, format!("“{text}”: cận trên phải là {expected} (cận dưới của mức liền trên), để các mức nối liền nhau"));
    }
    bands.push(ClassBand {
        label,
        label_en: cells.optional_text(row, 2),
        min_percent: lower.map_or(Decimal::ZERO, |(value, _)| value),
    });
}

fn choices<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names
        .map(|n| format!("“{n}”"))
        .collect::<Vec<_>>()
        .join(" hoặc ")
}
