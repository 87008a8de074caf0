//! Points by field as a horizontal bar chart in inline SVG: points achieved, points still
//! awaiting the survey (striped), and the rest of the maximum. Bar widths are percentages so the
//! chart fits any screen; text keeps its size and long titles wrap onto several lines.

use crate::texts::summary;
use leptos::prelude::*;

use par_core::score::summary_lines;

use crate::format::{points, short};
use crate::state::AppState;

// Integer geometry only: formatting floats would pull float-printing code into the wasm.
const LINE: u32 = 18;
const BAR: u32 = 14;
const ROW_GAP: u32 = 14;
/// Share of the width taken by the bar, in tenths of a percent; the figures sit to its right.
const BAR_SHARE_TENTHS: i64 = 700;
const WRAP_AT: usize = 46;

#[component]
pub fn FieldChart() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let (lang, set, sheet) = state.scored();
        let mut y = 0;
        let mut description = Vec::new();
        let mut excluded = false;
        let rows = set
            .fields
            .iter()
            .zip(&sheet.fields)
            .zip(summary_lines(&set, &sheet, lang))
            .map(|((field, node), line)| {
                let title = format!("{}. {}", field.code, lang.pick(&field.title, field.title_en.as_deref()));
                let lines = wrap(&title, WRAP_AT);
                // Bars are drawn against the applicable maximum: excluded items leave it.
                let share = |part: par_core::Decimal| {
                    let max = line.max.units().max(1);
                    (part.units().clamp(0, max) * BAR_SHARE_TENTHS / max) as u32
                };
                let (done, pending) = (share(node.points), share(node.pending_max));
                let figures = match line.declared_max {
                    Some(declared) => format!("{} / {} ({})", points(node.points, lang), short(line.max, lang), short(declared, lang)),
                    None => format!("{} / {}", points(node.points, lang), short(line.max, lang)),
                };
                let mut said = format!("{title}: {figures}");
                excluded |= line.declared_max.is_some();
                if !node.pending_max.is_zero() {
                    said.push_str(&format!(" ({} {})", points(node.pending_max, lang), summary::CHART_PENDING.get(lang)));
                }
                description.push(said);
                let top = y;
                let bar_y = top + lines.len() as u32 * LINE + 4;
                y = bar_y + BAR + ROW_GAP;
                let text_lines = lines
                    .into_iter()
                    .enumerate()
                    .map(|(i, line)| {
                        view! { <text x="0" y=top + (i as u32 + 1) * LINE - 4 class="chart-label">{line}</text> }
                    })
                    .collect_view();
                view! {
                    <g class="chart-row" data-code=field.code.clone() data-max=short(line.max, lang)>
                        {text_lines}
                        <rect class="bar-track" x="0" y=bar_y width=tenths(BAR_SHARE_TENTHS as u32) height=BAR rx="3"></rect>
                        <rect class="bar-pending" x=tenths(done) y=bar_y width=tenths(pending) height=BAR></rect>
                        <rect class="bar-done" x="0" y=bar_y width=tenths(done) height=BAR rx="3"></rect>
                        <text x=tenths(BAR_SHARE_TENTHS as u32 + 20) y=bar_y + BAR - 2 class="chart-figure">{figures}</text>
                    </g>
                }
            })
            .collect_view();
        let height = y.max(1);
        view! {
            <figure class="field-chart">
                <svg
                    width="100%"
                    height=height
                    role="img"
                    aria-labelledby="chart-title chart-desc"
                    xmlns="http://www.w3.org/2000/svg"
                >
                    <title id="chart-title">{summary::CHART_HEADING.get(lang)}</title>
                    <desc id="chart-desc">{description.join("; ")} {excluded.then_some(summary::CHART_DECLARED_MAX.get(lang))}</desc>
                    <defs>
                        <pattern id="stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                            <rect width="3" height="6" class="stripe"></rect>
                        </pattern>
                    </defs>
                    {rows}
                </svg>
                {excluded.then(|| view! { <figcaption class="note" id="chart-declared-note">{summary::CHART_DECLARED_MAX.get(lang)}</figcaption> })}
            </figure>
        }
    }
}

/// A length in tenths of a percent as an SVG percentage: 705 → "70.5%".
fn tenths(value: u32) -> String {
    format!("{}.{}%", value / 10, value % 10)
}

/// Splits `text` into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    #[test]
    fn wraps_at_spaces() {
        assert_eq!(
            super::wrap("Cải cách thủ tục hành chính", 12),
            ["Cải cách thủ", "tục hành", "chính"]
        );
    }
}
