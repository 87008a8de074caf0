//! The score table as text, from par-core's table rows.

use par_core::framework::Framework;
use par_core::score::{sheet_rows, Shown};
use par_core::{Decimal, Lang, ScoreSheet};

const TITLE_WIDTH: usize = 56;

/// Renders the sheet's rows under a header.
pub fn render(framework: &Framework, sheet: &ScoreSheet, lang: Lang) -> String {
    let (code_h, title_h, max_h, points_h) = match lang {
        Lang::Vi => ("Mã", "Tiêu chí", "Tối đa", "Điểm"),
        Lang::En => ("Code", "Criterion", "Max", "Points"),
    };
    let mut out = format!("{code_h:<10} {title_h:<TITLE_WIDTH$} {max_h:>8} {points_h:>8}\n");
    for row in sheet_rows(framework, sheet, lang) {
        let indent = "  ".repeat(row.depth);
        let title = truncate(&format!("{indent}{}", row.title), TITLE_WIDTH);
        out += &format!(
            "{:<10} {title:<TITLE_WIDTH$} {:>8} {:>8}\n",
            row.code,
            row.max.format_vi(2),
            shown_text(&row.shown, lang)
        );
    }
    out
}

fn shown_text(shown: &Shown, lang: Lang) -> String {
    let text = match (shown, lang) {
        (Shown::Points(points), _) => return points.format_vi(2),
        (Shown::Signed(points), _) => return signed(*points),
        (Shown::Excluded, Lang::Vi) => "KAD",
        (Shown::Excluded, Lang::En) => "N/A",
        (Shown::Pending, Lang::Vi) => "chờ",
        (Shown::Pending, Lang::En) => "pending",
        (Shown::Unanswered, _) => "—",
        (Shown::Invalid, Lang::Vi) => "lỗi",
        (Shown::Invalid, Lang::En) => "invalid",
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
