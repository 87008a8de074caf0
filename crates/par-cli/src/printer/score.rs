//! What `par score` prints: the table, a legend for the marks it used, the totals in the
//! table's number format, and what is still to complete.

use std::io::{self, Write};

use par_core::answers::Answers;
use par_core::framework::Framework;
use par_core::{Lang, ScoreSheet};

use super::shown;
use super::table::{self, Marks};
use crate::texts::score as text;

pub fn print(
    out: &mut dyn Write,
    framework: &Framework,
    answers: &Answers,
    sheet: &ScoreSheet,
    lang: Lang,
) -> io::Result<()> {
    let (rows, marks) = table::render(framework, sheet, answers, lang);
    write!(out, "{rows}")?;
    print_legend(out, &marks, lang)?;
    writeln!(out)?;
    print_totals(out, sheet, lang)
}

fn print_legend(out: &mut dyn Write, marks: &Marks, lang: Lang) -> io::Result<()> {
    let mut lines: Vec<String> = [
        (marks.excluded, text::LEGEND_EXCLUDED),
        (marks.full_points_claims, text::LEGEND_FULL_POINTS),
        (marks.pending, text::LEGEND_PENDING),
        (marks.unanswered, text::LEGEND_UNANSWERED),
        (marks.invalid, text::LEGEND_INVALID),
    ]
    .into_iter()
    .filter(|(used, _)| *used)
    .map(|(_, line)| line.get(lang).to_string())
    .collect();
    for (raw, cap) in &marks.capped {
        lines.push(text::LEGEND_CAPPED.fill(
            lang,
            &[
                ("raw", &raw.format_points(lang)),
                ("cap", &cap.format_points(lang)),
            ],
        ));
    }
    if lines.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", text::LEGEND_HEADING.get(lang))?;
    for line in lines {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn print_totals(out: &mut dyn Write, sheet: &ScoreSheet, lang: Lang) -> io::Result<()> {
    let totals = text::TOTALS.fill(
        lang,
        &[
            ("total", &sheet.total.format_points(lang)),
            ("applicable", &sheet.applicable_max.format_points(lang)),
            ("max", &sheet.max_points.format_points(lang)),
        ],
    );
    writeln!(out, "{totals}")?;
    let index = sheet
        .index_percent
        .map_or_else(|| "—".into(), |i| format!("{}%", i.format_points(lang)));
    writeln!(out, "{}", text::INDEX.fill(lang, &[("index", &index)]))?;
    let class = sheet
        .classification
        .as_deref()
        .map_or_else(|| "—".into(), shown);
    writeln!(
        out,
        "{}",
        text::CLASSIFICATION.fill(lang, &[("class", &class)])
    )?;
    if sheet.provisional {
        let points = sheet.pending_max.format_points(lang);
        writeln!(
            out,
            "{}",
            text::PROVISIONAL.fill(lang, &[("points", &points)])
        )?;
    }
    if !sheet.problems.is_empty() {
        let count = sheet.problems.len().to_string();
        writeln!(
            out,
            "{}",
            text::TO_COMPLETE.fill(lang, &[("count", &count)])
        )?;
        for problem in &sheet.problems {
            writeln!(
                out,
                "  {:<10} {}",
                shown(&problem.code),
                problem.kind.message(lang)
            )?;
        }
    }
    Ok(())
}
