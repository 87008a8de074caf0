//! What `par rank` prints about the ranking: one line per unit (rank, code, name, total,
//! applicable maximum, index, classification, each field's points), then the fields that lose
//! the province the most points.

use std::io::{self, Write};

use par_core::office::Ranking;
use par_core::{Decimal, Lang};

use super::shown;
use crate::texts::rank as text;

const NAME_WIDTH: usize = 30;

pub fn print(out: &mut dyn Write, ranking: &Ranking<'_>, lang: Lang) -> io::Result<()> {
    let count = par_core::lang::whole_number(ranking.rows.len() as u64, lang);
    writeln!(
        out,
        "\n{}",
        text::RANKING_HEADING.fill(lang, &[("count", &count)])
    )?;
    let field_codes: Vec<&str> = ranking
        .fields
        .iter()
        .map(|f| (f.position, f.code.as_str()))
        .collect::<std::collections::BTreeMap<_, _>>()
        .into_values()
        .collect();
    let word = |t: par_core::Text| t.get(lang);
    writeln!(
        out,
        "{:>4}  {:<5}  {:<NAME_WIDTH$} {:>10} {:>8} {:>7}  {:<10} {} {}",
        word(text::RANK),
        word(text::CODE),
        word(text::NAME),
        word(text::TOTAL),
        word(text::MAX),
        word(text::INDEX),
        word(text::CLASS),
        word(text::FIELD_POINTS),
        field_codes
            .iter()
            .map(|c| format!("{:>6}", shown(c)))
            .collect::<String>()
    )?;
    let points = |value: Decimal| value.format_points(lang);
    // Each field's points under its code, after the word "Lĩnh vực:".
    let indent = " ".repeat(word(text::FIELD_POINTS).chars().count() + 1);
    for row in &ranking.rows {
        let index = row
            .index_percent
            .map_or_else(|| "—".into(), |i| format!("{}%", points(i)));
        let fields: String = row
            .fields
            .iter()
            .map(|f| format!("{:>6}", points(f.points)))
            .collect();
        writeln!(
            out,
            "{:>4}  {:<5}  {:<NAME_WIDTH$} {:>10} {:>8} {:>7}  {:<10} {}{}",
            row.rank,
            shown(row.code),
            truncate(&shown(row.name), NAME_WIDTH),
            points(row.total),
            points(row.applicable_max),
            index,
            shown(row.classification.unwrap_or("—")),
            indent,
            fields
        )?;
    }
    if ranking.rows.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", text::FIELDS_HEADING.get(lang))?;
    for field in &ranking.fields {
        let percent = field
            .percent
            .map_or_else(|| "—".into(), |p| format!("{}%", points(p)));
        let pending = if field.pending.is_zero() {
            String::new()
        } else {
            text::PENDING.fill(lang, &[("pending", &points(field.pending))])
        };
        let line = text::FIELD_LINE.fill(
            lang,
            &[
                ("code", &shown(&field.code)),
                ("title", &shown(&field.title)),
                ("points", &points(field.points)),
                ("max", &points(field.applicable_max - field.pending)),
                ("percent", &percent),
                ("lost", &points(field.lost)),
                ("lowest", &points(field.lowest)),
                ("highest", &points(field.highest)),
                ("pending", &pending),
            ],
        );
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// At most `width` characters, with `…` where it was cut.
fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width - 1).collect();
    cut.push('…');
    cut
}
