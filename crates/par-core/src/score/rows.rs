//! The rows of a score table (the printed sheet, `par score`): one per field, criterion and
//! sub-criterion, then the bonus/penalty groups, with maximum and score, in the set's order.

use crate::answers::Answers;
use crate::decimal::Decimal;
use crate::framework::{AdjustmentKind, Framework, Item};
use crate::lang::Lang;
use crate::score::{LeafStatus, NodeScore, ScoreSheet};

use super::figures::declared_figures;

/// What the self-score column shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    Points(Decimal),
    /// A bonus (+) or penalty (−) group's points, and the points a penalty item deducts.
    Signed(Decimal),
    Pending,
    Excluded,
    Unanswered,
    /// An answer that cannot be scored (counted as zero until corrected).
    Invalid,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    /// 0 field, 1 criterion, 2+ sub-criterion.
    pub depth: usize,
    pub code: String,
    pub title: String,
    pub max: Decimal,
    pub shown: Shown,
    /// What the unit declared, with the answers at hand ([`sheet_rows_with`]): "1.230 / 1.845".
    pub figures: Option<String>,
    /// Claimed not applicable and scored full points: a claim the appraiser accepts or rejects.
    pub claimed_not_applicable: bool,
    /// A bonus or penalty group whose items add up to more than its cap: their sum.
    pub capped_from: Option<Decimal>,
}

/// The rows of `sheet`, titles in `lang` where the set has them.
pub fn sheet_rows(framework: &Framework, sheet: &ScoreSheet, lang: Lang) -> Vec<SheetRow> {
    rows_of(framework, sheet, lang)
}

/// [`sheet_rows`] with each item's declared figures and not-applicable claims from `answers`
/// (a separate function, so a caller that needs neither does not carry their code).
pub fn sheet_rows_with(
    framework: &Framework,
    sheet: &ScoreSheet,
    answers: &Answers,
    lang: Lang,
) -> Vec<SheetRow> {
    let mut rows = rows_of(framework, sheet, lang);
    for row in &mut rows {
        let (Some(answer), Some(leaf)) = (answers.get(&row.code), framework.leaf(&row.code)) else {
            continue;
        };
        row.figures = answer
            .value
            .as_ref()
            .filter(|_| !answer.not_applicable)
            .and_then(|value| declared_figures(leaf.rule, value, lang));
        row.claimed_not_applicable =
            answer.not_applicable && matches!(row.shown, Shown::Points(_) | Shown::Signed(_));
    }
    rows
}

fn rows_of(framework: &Framework, sheet: &ScoreSheet, lang: Lang) -> Vec<SheetRow> {
    let mut rows = Vec::new();
    for (field, field_score) in framework.fields.iter().zip(&sheet.fields) {
        rows.push(node_row(
            0,
            &field.code,
            lang.pick(&field.title, field.title_en.as_deref()),
            field_score,
        ));
        for (criterion, criterion_score) in field.criteria.iter().zip(&field_score.children) {
            rows.push(node_row(
                1,
                &criterion.code,
                lang.pick(&criterion.title, criterion.title_en.as_deref()),
                criterion_score,
            ));
            item_rows(
                &mut rows,
                2,
                &criterion.items,
                &criterion_score.children,
                sheet,
                (lang, false),
            );
        }
    }
    for (group, score) in framework.adjustments.iter().zip(&sheet.adjustments) {
        rows.push(SheetRow {
            depth: 0,
            code: group.code.clone(),
            title: lang
                .pick(&group.title, group.title_en.as_deref())
                .to_string(),
            max: group.cap,
            shown: Shown::Signed(score.points),
            figures: None,
            claimed_not_applicable: false,
            capped_from: (score.raw_points > score.cap).then_some(score.raw_points),
        });
        // Items of a bonus or penalty group print like sub-criteria; a penalty's with their minus.
        let deducted = group.kind == AdjustmentKind::Penalty;
        item_rows(&mut rows, 2, &group.items, &[], sheet, (lang, deducted));
    }
    rows
}

fn node_row(depth: usize, code: &str, title: &str, score: &NodeScore) -> SheetRow {
    SheetRow {
        depth,
        code: code.to_string(),
        title: title.to_string(),
        max: score.max_points,
        shown: Shown::Points(score.points),
        figures: None,
        claimed_not_applicable: false,
        capped_from: None,
    }
}

fn item_rows(
    rows: &mut Vec<SheetRow>,
    depth: usize,
    items: &[Item],
    scores: &[NodeScore],
    sheet: &ScoreSheet,
    (lang, deducted): (Lang, bool),
) {
    for (i, item) in items.iter().enumerate() {
        let shown = match sheet.leaf(&item.code) {
            Some(leaf) => match leaf.status {
                LeafStatus::Scored if deducted && !leaf.points.is_zero() => {
                    Shown::Signed(-leaf.points)
                }
                LeafStatus::Scored => Shown::Points(leaf.points),
                LeafStatus::Pending => Shown::Pending,
                LeafStatus::Excluded => Shown::Excluded,
                LeafStatus::Unanswered => Shown::Unanswered,
                LeafStatus::Invalid => Shown::Invalid,
            },
            None => scores
                .get(i)
                .map_or(Shown::Unanswered, |s| Shown::Points(s.points)),
        };
        rows.push(SheetRow {
            depth,
            code: item.code.clone(),
            title: lang.pick(&item.title, item.title_en.as_deref()).to_string(),
            max: item.max_points,
            shown,
            figures: None,
            claimed_not_applicable: false,
            capped_from: None,
        });
        let children = scores
            .get(i)
            .map(|s| s.children.as_slice())
            .unwrap_or_default();
        item_rows(
            rows,
            depth + 1,
            &item.items,
            children,
            sheet,
            (lang, deducted),
        );
    }
}
