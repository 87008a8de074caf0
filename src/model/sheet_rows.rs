//! The rows of the printed score sheet: one per field, criterion and sub-criterion (and the
//! bonus/penalty groups), with maximum and self score, in the order of the criteria set.

use par_core::decimal::Decimal;
use par_core::framework::{Framework, Item};
use par_core::score::{LeafStatus, NodeScore};
use par_core::{Lang, ScoreSheet};

/// What the self-score column shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    Points(Decimal),
    /// A bonus (+) or penalty (−) group's points.
    Signed(Decimal),
    Pending,
    Excluded,
    Blank,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    /// 0 field, 1 criterion, 2+ sub-criterion.
    pub depth: usize,
    pub code: String,
    pub title: String,
    pub max: Decimal,
    pub shown: Shown,
}

pub fn sheet_rows(framework: &Framework, sheet: &ScoreSheet, lang: Lang) -> Vec<SheetRow> {
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
                lang,
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
        });
        // Items of a bonus or penalty group print like sub-criteria.
        item_rows(&mut rows, 2, &group.items, &[], sheet, lang);
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
    }
}

fn item_rows(
    rows: &mut Vec<SheetRow>,
    depth: usize,
    items: &[Item],
    scores: &[NodeScore],
    sheet: &ScoreSheet,
    lang: Lang,
) {
    for (i, item) in items.iter().enumerate() {
        let shown = match sheet.leaf(&item.code) {
            Some(leaf) => match leaf.status {
                LeafStatus::Scored => Shown::Points(leaf.points),
                LeafStatus::Pending => Shown::Pending,
                LeafStatus::Excluded => Shown::Excluded,
                LeafStatus::Unanswered | LeafStatus::Invalid => Shown::Blank,
            },
            None => scores
                .get(i)
                .map_or(Shown::Blank, |s| Shown::Points(s.points)),
        };
        rows.push(SheetRow {
            depth,
            code: item.code.clone(),
            title: lang.pick(&item.title, item.title_en.as_deref()).to_string(),
            max: item.max_points,
            shown,
        });
        let children = scores
            .get(i)
            .map(|s| s.children.as_slice())
            .unwrap_or_default();
        item_rows(rows, depth + 1, &item.items, children, sheet, lang);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_criterion_and_item_of_the_sample_has_a_row() {
        let set = par_core::load_framework(crate::model::bundled::SAMPLE_JSON).expect("set");
        let answers: par_core::answers::Answers = serde_json::from_str(include_str!(
            "../../frameworks/examples/mau-xa-2025.answers.json"
        ))
        .expect("answers");
        let sheet = par_core::score(&set, &answers);
        let rows = sheet_rows(&set, &sheet, Lang::Vi);
        let criteria: usize = set.fields.iter().map(|f| f.criteria.len()).sum();
        assert!(
            rows.len() > set.fields.len() + criteria + 40,
            "{}",
            rows.len()
        );
        assert_eq!(rows[0].depth, 0);
        assert_eq!(rows[0].code, set.fields[0].code);
        assert!(rows.iter().any(|r| r.shown == Shown::Pending));
        assert!(rows.iter().any(|r| matches!(r.shown, Shown::Signed(_))));
    }
}
