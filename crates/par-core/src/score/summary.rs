//! The summary's lines: one per field (points out of its applicable maximum), then one per bonus
//! or penalty group (signed points within its cap), so the lines add up to the total shown beside
//! them. Before, a summary of fields alone summed to 61,03 beside a total of 62,53.

use crate::decimal::Decimal;
use crate::framework::{AdjustmentKind, Framework};
use crate::lang::Lang;
use crate::score::ScoreSheet;

/// What a summary line stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Field,
    Bonus,
    Penalty,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryLine {
    pub kind: LineKind,
    pub code: String,
    pub title: String,
    /// Signed: a penalty is negative. The lines' points sum to [`ScoreSheet::total`].
    pub points: Decimal,
    /// A field's applicable maximum (its excluded items left out); a group's cap.
    pub max: Decimal,
    /// A field's maximum as the set declares it, when items were excluded (otherwise `None`).
    pub declared_max: Option<Decimal>,
}

/// The lines of the summary, titles in `lang` where the set has them.
pub fn summary_lines(framework: &Framework, sheet: &ScoreSheet, lang: Lang) -> Vec<SummaryLine> {
    let fields = framework
        .fields
        .iter()
        .zip(&sheet.fields)
        .map(|(field, score)| SummaryLine {
            kind: LineKind::Field,
            code: field.code.clone(),
            title: lang
                .pick(&field.title, field.title_en.as_deref())
                .to_string(),
            points: score.points,
            max: score.applicable_max,
            declared_max: (score.applicable_max != score.max_points).then_some(score.max_points),
        });
    let groups = framework
        .adjustments
        .iter()
        .zip(&sheet.adjustments)
        .map(|(group, score)| SummaryLine {
            kind: match group.kind {
                AdjustmentKind::Bonus => LineKind::Bonus,
                AdjustmentKind::Penalty => LineKind::Penalty,
            },
            code: group.code.clone(),
            title: lang
                .pick(&group.title, group.title_en.as_deref())
                .to_string(),
            points: score.points,
            max: group.cap,
            declared_max: None,
        });
    fields.chain(groups).collect()
}
