//! The lines of a rule's parameters cell, with “Key: value” lines (“Tử số: …”, “Mỗi lần: …”)
//! taken out by key and the rest (bands, levels) left in order.

use par_core::Decimal;

use crate::band_text::parse_points;
use crate::layout::Column;
use crate::rule_text::RuleProblem;
use crate::text::key;

/// The lines of a parameters cell, with “Key: value” lines taken out by key.
pub struct Keyed {
    lines: Vec<(String, bool)>,
}

impl Keyed {
    pub fn new(lines: &[String]) -> Self {
        Keyed {
            lines: lines.iter().map(|l| (l.clone(), false)).collect(),
        }
    }

    /// The value of the first unused line `Key: value` (the key before the first colon).
    pub fn text(&mut self, wanted: &str) -> Option<String> {
        let entry = self.lines.iter_mut().find(|(line, used)| {
            !used
                && line
                    .split_once(':')
                    .is_some_and(|(k, _)| key(k) == key(wanted))
        })?;
        entry.1 = true;
        Some(
            entry
                .0
                .split_once(':')
                .map_or("", |(_, v)| v)
                .trim()
                .to_string(),
        )
    }

    pub fn required(
        &mut self,
        wanted: &str,
        example: &str,
        problems: &mut Vec<RuleProblem>,
    ) -> String {
        let value = self.text(wanted).unwrap_or_default();
        if value.is_empty() {
            problems.push((
                Column::Parameters,
                format!("thiếu dòng “{wanted}: …”; hãy thêm một dòng, ví dụ “{wanted}: {example}”"),
            ));
        }
        value
    }

    pub fn points(&mut self, wanted: &str, problems: &mut Vec<RuleProblem>) -> Option<Decimal> {
        let text = self.text(wanted)?;
        let points = parse_points(&text);
        if points.is_none() {
            problems.push((
                Column::Parameters,
                format!("“{wanted}: {text}”: “{text}” không phải số điểm; hãy viết ví dụ “{wanted}: 1 điểm”"),
            ));
        }
        points
    }

    pub fn has(&self, wanted: &str) -> bool {
        self.lines.iter().any(|(line, used)| {
            !used
                && line
                    .split_once(':')
                    .is_some_and(|(k, _)| key(k) == key(wanted))
        })
    }

    /// Marks every line as taken (the band lines, once read).
    pub fn take_all(&mut self) {
        for (_, used) in &mut self.lines {
            *used = true;
        }
    }

    /// The lines no key took.
    pub fn rest(&self) -> Vec<String> {
        self.lines
            .iter()
            .filter(|(_, used)| !used)
            .map(|(line, _)| line.clone())
            .collect()
    }

    /// Lines no key took are a problem for kinds that only have keyed lines.
    pub fn no_rest(&self, kind: &str, problems: &mut Vec<RuleProblem>) {
        for line in self.rest() {
            problems.push((
                Column::Parameters,
                format!(
                    "dòng “{line}” không dùng cho cách tính “{}”; xem ví dụ ở trang “{}”",
                    crate::layout::rule_kind_name(kind),
                    crate::layout::INSTRUCTIONS_SHEET
                ),
            ));
        }
    }
}
