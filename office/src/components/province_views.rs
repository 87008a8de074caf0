//! The ranking screen's views of the whole province: the fields that lose the most points as a
//! bar chart (plain inline SVG drawn from par-core's per-field aggregates, lengths from
//! `office::bar_lengths`; its title and description name it, and the table under it holds
//! the same numbers for screen readers and as its text), and each criterion's average points
//! against its maximum, the weakest first (`office::criterion_aggregates`).

use leptos::prelude::*;
use par_core::office::{bar_lengths, CriterionAggregate, FieldAggregate};
use par_core::Lang;

use crate::texts::ranking as text;
use par_web::format::{percent, points};
use par_web::text as t;

/// The chart's drawing units: its width, where bars start, the longest bar, a row's height.
const WIDTH: u32 = 720;
const BAR_X: u32 = 8;
const BAR_FULL: u32 = 560;
const ROW: u32 = 44;
/// A label longer than this is cut (the table under the chart has it whole).
const LABEL_CHARS: usize = 90;

/// The fields that lose the province most points: a chart, then its numbers as a table.
#[component]
pub fn FieldChart(fields: Vec<FieldAggregate>, lang: RwSignal<Lang>) -> impl IntoView {
    let lang_now = lang.get_untracked();
    let lengths = bar_lengths(&fields.iter().map(|f| f.lost).collect::<Vec<_>>(), BAR_FULL);
    let height = ROW * fields.len() as u32 + 8;
    let description = fields
        .iter()
        .map(|f| {
            text::CHART_ITEM.fill(
                lang_now,
                &[
                    ("field", &format!("{}. {}", f.code, f.title)),
                    ("lost", &points(f.lost, lang_now)),
                    ("percent", &percent(f.percent, lang_now)),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let bars = fields
        .iter()
        .zip(lengths)
        .enumerate()
        .map(|(i, (f, length))| {
            let top = ROW * i as u32;
            let label = cut(&format!("{}. {}", f.code, f.title), LABEL_CHARS);
            let value = text::CHART_VALUE.fill(
                lang_now,
                &[
                    ("lost", &points(f.lost, lang_now)),
                    ("percent", &percent(f.percent, lang_now)),
                ],
            );
            view! {
                <g class="chart-row" data-field=f.code.clone() data-length=length.to_string()>
                    <text class="chart-label" x=BAR_X.to_string() y=(top + 16).to_string()>{label}</text>
                    <rect class="chart-track" x=BAR_X.to_string() y=(top + 22).to_string() width=BAR_FULL.to_string() height="14" rx="2"></rect>
                    <rect class="chart-bar" x=BAR_X.to_string() y=(top + 22).to_string() width=length.to_string() height="14" rx="2"></rect>
                    <text class="chart-value" x=(BAR_X + BAR_FULL + 8).to_string() y=(top + 34).to_string()>{value}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <h2 id="fields-heading">{t(lang, text::FIELDS_HEADING)}</h2>
        <p class="note">{t(lang, text::CHART_NOTE)}</p>
        <figure class="chart no-print">
            <svg
                id="fields-chart"
                class="bar-chart"
                role="img"
                aria-labelledby="fields-chart-title fields-chart-desc"
                viewBox=format!("0 0 {WIDTH} {height}")
                preserveAspectRatio="xMinYMin meet"
                xmlns="http://www.w3.org/2000/svg"
            >
                <title id="fields-chart-title">{t(lang, text::CHART_TITLE)}</title>
                <desc id="fields-chart-desc">{description}</desc>
                {bars}
            </svg>
        </figure>
        <table class="data no-print" id="fields-table" aria-labelledby="fields-heading">
            <thead>
                <tr>
                    <th scope="col">{t(lang, text::FIELD_NAME)}</th>
                    <th scope="col">{t(lang, text::LOST)}</th>
                    <th scope="col">{t(lang, text::POINTS)}</th>
                    <th scope="col">{t(lang, text::PERCENT)}</th>
                    <th scope="col">{t(lang, text::RANGE)}</th>
                </tr>
            </thead>
            <tbody>
                {fields.into_iter().map(|f| view! {
                    <tr data-field=f.code.clone()>
                        <td>{format!("{}. {}", f.code, f.title)}</td>
                        <td class="num">{points(f.lost, lang_now)}</td>
                        <td class="num">{points(f.points, lang_now)}</td>
                        <td class="num">{percent(f.percent, lang_now)}</td>
                        <td class="num">{format!("{} – {}", points(f.lowest, lang_now), points(f.highest, lang_now))}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// Each criterion over the province, the weakest first: average points a unit against the
/// criterion's maximum, the share achieved and the points lost.
#[component]
pub fn CriteriaView(criteria: Vec<CriterionAggregate>, lang: RwSignal<Lang>) -> impl IntoView {
    let lang_now = lang.get_untracked();
    view! {
        <h2 id="criteria-heading">{t(lang, text::CRITERIA_HEADING)}</h2>
        <p class="note">{t(lang, text::CRITERIA_NOTE)}</p>
        <div class="table-scroll no-print">
            <table class="data" id="criteria-table" aria-labelledby="criteria-heading">
                <thead>
                    <tr>
                        <th scope="col">{t(lang, text::CRITERION)}</th>
                        <th scope="col">{t(lang, text::FIELD_NAME)}</th>
                        <th scope="col">{t(lang, text::AVERAGE)}</th>
                        <th scope="col">{t(lang, text::PERCENT)}</th>
                        <th scope="col">{t(lang, text::LOST)}</th>
                    </tr>
                </thead>
                <tbody>
                    {criteria.into_iter().map(|c| {
                        let average = c.average.map_or_else(|| "—".to_string(), |a| points(a, lang_now));
                        view! {
                            <tr data-criterion=c.code.clone()>
                                <td>{format!("{}. {}", c.code, c.title)}</td>
                                <td>{c.field_code}</td>
                                <td class="num">{format!("{} / {}", average, points(c.max_points, lang_now))}</td>
                                <td class="num">{percent(c.percent, lang_now)}</td>
                                <td class="num">{points(c.lost, lang_now)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// `text` cut to `chars` characters, with an ellipsis when cut.
fn cut(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(chars - 1).collect();
        cut.push('…');
        cut
    }
}
