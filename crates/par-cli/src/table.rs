//! The score table as text: one row per field, criterion and sub-criterion.

use par_core::framework::{Framework, Item};
use par_core::score::{LeafStatus, NodeScore};
use par_core::{Decimal, Lang, ScoreSheet};

const TITLE_WIDTH: usize = 56;

struct Row<'a> {
    depth: usize,
    code: &'a str,
    title: &'a str,
    max: Decimal,
    shown: String,
}

/// Renders the sheet's rows under a header.
pub fn render(framework: &Framework, sheet: &ScoreSheet, lang: Lang) -> String {
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
                &criterion.title,
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
        rows.push(Row {
            depth: 0,
            code: &group.code,
            title: &group.title,
            max: group.cap,
            shown: signed(score.points),
        });
        let leaves: Vec<NodeScore> = Vec::new();
        item_rows(&mut rows, 1, &group.items, &leaves, sheet, lang);
    }
    let (code_h, title_h, max_h, points_h) = match lang {
        Lang::Vi => ("Mã", "Tiêu chí", "Tối đa", "Điểm"),
        Lang::En => ("Code", "Criterion", "Max", "Points"),
    };
    let mut out = format!("{code_h:<10} {title_h:<TITLE_WIDTH$} {max_h:>8} {points_h:>8}\n");
    for row in rows {
        let indent = "  ".repeat(row.depth);
        let title = truncate(&format!("{indent}{}", row.title), TITLE_WIDTH);
        out += &format!(
            "{:<10} {title:<TITLE_WIDTH$} {:>8} {:>8}\n",
            row.code,
            row.max.format_vi(2),
            row.shown
        );
    }
    out
}

fn node_row<'a>(depth: usize, code: &'a str, title: &'a str, score: &NodeScore) -> Row<'a> {
    Row {
        depth,
        code,
        title,
        max: score.max_points,
        shown: score.points.format_vi(2),
    }
}

fn item_rows<'a>(
    rows: &mut Vec<Row<'a>>,
    depth: usize,
    items: &'a [Item],
    scores: &[NodeScore],
    sheet: &ScoreSheet,
    lang: Lang,
) {
    for (i, item) in items.iter().enumerate() {
        let shown = match sheet.leaf(&item.code) {
            Some(leaf) => leaf_text(leaf.status, leaf.points, lang),
            None => scores
                .get(i)
                .map(|s| s.points.format_vi(2))
                .unwrap_or_default(),
        };
        rows.push(Row {
            depth,
            code: &item.code,
            title: &item.title,
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

fn leaf_text(status: LeafStatus, points: Decimal, lang: Lang) -> String {
    let text = match (status, lang) {
        (LeafStatus::Scored, _) => return points.format_vi(2),
        (LeafStatus::Excluded, Lang::Vi) => "KAD",
        (LeafStatus::Excluded, Lang::En) => "N/A",
        (LeafStatus::Pending, Lang::Vi) => "chờ",
        (LeafStatus::Pending, Lang::En) => "pending",
        (LeafStatus::Unanswered, _) => "—",
        (LeafStatus::Invalid, Lang::Vi) => "lỗi",
        (LeafStatus::Invalid, Lang::En) => "invalid",
    };
    text.to_string()
}

fn signed(points: Decimal) -> String {
    if points.is_negative() {
        points.format_vi(2)
    } else {
        format!("+{}", points.format_vi(2))
    }
}

/// Cuts to `width` characters (not bytes: Vietnamese letters are multi-byte).
fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width - 1).collect();
    cut.push('…');
    cut
}
