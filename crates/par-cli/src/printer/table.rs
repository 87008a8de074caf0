//! The score table as text, from par-core's table rows: code, title, maximum, the figures the
//! unit declared, the points (with `*` for a not-applicable claim scored full points, and the
//! cap named where a bonus or penalty group reached it).

use par_core::answers::Answers;
use par_core::framework::Framework;
use par_core::score::{sheet_rows_with, Shown};
use par_core::{Decimal, Lang, ScoreSheet};

use super::shown as escaped;
use crate::texts::score as text;

const TITLE_WIDTH: usize = 50;
const FIGURES_WIDTH: usize = 16;

/// What the table used, for the legend under it.
#[derive(Debug, Default)]
pub struct Marks {
    pub excluded: bool,
    pub full_points_claims: bool,
    pub pending: bool,
    pub unanswered: bool,
    pub invalid: bool,
    /// Groups that reached their cap: (sum of the items, cap).
    pub capped: Vec<(Decimal, Decimal)>,
}

/// Renders the sheet's rows under a header, and says which marks it used.
pub fn render(
    framework: &Framework,
    sheet: &ScoreSheet,
    answers: &Answers,
    lang: Lang,
) -> (String, Marks) {
    let mut marks = Marks::default();
    let mut out = format!(
        "{:<10} {:<TITLE_WIDTH$} {:>8} {:>FIGURES_WIDTH$} {:>10}\n",
        text::CODE.get(lang),
        text::TITLE.get(lang),
        text::MAX.get(lang),
        text::FIGURES.get(lang),
        text::POINTS.get(lang)
    );
    for row in sheet_rows_with(framework, sheet, answers, lang) {
        let indent = "  ".repeat(row.depth);
        let title = truncate(&format!("{indent}{}", escaped(&row.title)), TITLE_WIDTH);
        let figures = truncate(
            &escaped(row.figures.as_deref().unwrap_or("")),
            FIGURES_WIDTH,
        );
        let mut points = shown_text(&row.shown, lang, &mut marks);
        if row.claimed_not_applicable {
            points.push('*');
            marks.full_points_claims = true;
        }
        if let Some(raw) = row.capped_from {
            points = format!("{} {points}", text::CAPPED.get(lang));
            marks.capped.push((raw, row.max));
        }
        out += &format!(
            "{:<10} {title:<TITLE_WIDTH$} {:>8} {figures:>FIGURES_WIDTH$} {points:>10}\n",
            escaped(&row.code),
            row.max.format_points(lang),
        );
    }
    (out, marks)
}

fn shown_text(shown: &Shown, lang: Lang, marks: &mut Marks) -> String {
    let text = match shown {
        Shown::Points(points) => return points.format_points(lang),
        Shown::Signed(points) if points.is_negative() || points.is_zero() => {
            return points.format_points(lang)
        }
        Shown::Signed(points) => return format!("+{}", points.format_points(lang)),
        Shown::Excluded => {
            marks.excluded = true;
            text::EXCLUDED
        }
        Shown::Pending => {
            marks.pending = true;
            text::PENDING
        }
        Shown::Unanswered => {
            marks.unanswered = true;
            return "—".into();
        }
        Shown::Invalid => {
            marks.invalid = true;
            text::INVALID
        }
    };
    text.get(lang).to_string()
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
