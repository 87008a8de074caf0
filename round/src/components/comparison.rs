//! Self against appraised scores: totals, index and classification both ways (and final, once
//! received), then every item whose score changed, the lowered ones first, with the office's
//! remarks; the items whose score stands are folded away.

use leptos::prelude::*;
use par_app::texts::{appraisal, text};
use par_core::appraisal::{comparison, ItemComparison, Round};
use par_core::score::ScoreSheet;
use par_core::{Decimal, Lang};
use par_web::clock::local_date_time;

use super::Opened;
use par_app::format::{classification, fill, percent, points, short};
use par_app::state::AppState;

fn score_text(value: Option<Decimal>, lang: Lang) -> String {
    value.map_or_else(
        || appraisal::NOT_COUNTED.get(lang).to_string(),
        |v| points(v, lang),
    )
}

#[component]
pub fn Comparison() -> impl IntoView {
    let state = expect_context::<AppState>();
    let opened = expect_context::<Memo<Opened>>();
    let lang = state.lang;
    let rows = Memo::new(move |_| {
        opened.with(|o| match (&o.submission, &o.appraisal) {
            (Some((submission, _)), Some((appraisal, _))) => {
                comparison(&submission.payload.scores, &appraisal.payload)
            }
            _ => Vec::new(),
        })
    });
    let byline = move || {
        opened.with(|o| {
            o.appraisal.as_ref().map(|(file, _)| {
                let lang = lang.get();
                let round = match file.payload.round {
                    Round::First => appraisal::ROUND_FIRST.get(lang),
                    Round::Final => appraisal::ROUND_FINAL.get(lang),
                };
                fill(
                    appraisal::APPRAISED_BY.get(lang),
                    &[
                        ("appraiser", file.payload.appraiser.clone()),
                        ("time", local_date_time(&file.payload.created_at)),
                        ("round", round.to_string()),
                    ],
                )
            })
        })
    };
    let sheets = move || {
        opened.with(|o| {
            let mut sheets: Vec<(&'static str, par_core::Text, ScoreSheet)> = Vec::new();
            if let Some((s, _)) = &o.submission {
                sheets.push(("self", appraisal::COL_SELF, s.payload.scores.clone()));
            }
            if let Some((a, _)) = &o.appraisal {
                sheets.push((
                    "appraised",
                    appraisal::COL_APPRAISED,
                    a.payload.scores.clone(),
                ));
            }
            if let Some((f, _)) = &o.final_result {
                sheets.push(("final", appraisal::COL_FINAL, f.payload.scores.clone()));
            }
            sheets
        })
    };
    let totals = move || {
        let lang_now = lang.get();
        let sheets = sheets();
        let head = sheets
            .iter()
            .map(|(_, label, _)| view! { <th scope="col">{label.get(lang_now)}</th> })
            .collect_view();
        let line =
            |id: &'static str, label: par_core::Text, cell: &dyn Fn(&ScoreSheet) -> String| {
                let cells = sheets
                    .iter()
                    .map(|(which, _, sheet)| {
                        view! { <td class="num" id=format!("{id}-{which}")>{cell(sheet)}</td> }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{label.get(lang_now)}</th>{cells}</tr> }
            };
        let class_of = |sheet: &ScoreSheet| {
            state
                .framework
                .with(|set| classification(set, sheet.classification.as_deref(), lang_now))
        };
        view! {
            <table id="appraisal-totals" class="compare-totals">
                <thead><tr><th scope="col">{appraisal::COL_WHAT.get(lang_now)}</th>{head}</tr></thead>
                <tbody>
                    {line("total", appraisal::TOTAL, &|s| points(s.total, lang_now))}
                    {line("index", appraisal::INDEX, &|s| percent(s.index_percent, lang_now))}
                    {line("class", appraisal::CLASSIFICATION, &class_of)}
                </tbody>
            </table>
        }
    };
    let title = move |code: &str| {
        state.framework.with(|set| {
            set.leaf(code).map_or_else(String::new, |leaf| {
                lang.get()
                    .pick(&leaf.item.title, leaf.item.title_en.as_deref())
                    .to_string()
            })
        })
    };
    let row = move |r: &ItemComparison| {
        let lang_now = lang.get();
        view! {
            <tr data-code=r.code.clone() class:lowered=r.lowered>
                <th scope="row">{r.code.clone()} " " <span class="item-title">{title(&r.code)}</span>
                    {r.lowered.then(|| view! { <span class="badge lowered-badge">{appraisal::LOWERED.get(lang_now)}</span> })}
                </th>
                <td class="num">{short(r.max_points, lang_now)}</td>
                <td class="num">{score_text(r.self_points, lang_now)}</td>
                <td class="num">{score_text(r.appraised, lang_now)}</td>
                <td>{r.remark.clone().unwrap_or_default()}</td>
            </tr>
        }
    };
    let head = move || {
        let lang_now = lang.get();
        view! {
            <thead>
                <tr>
                    <th scope="col">{appraisal::COL_ITEM.get(lang_now)}</th>
                    <th scope="col">{appraisal::COL_MAX.get(lang_now)}</th>
                    <th scope="col">{appraisal::COL_SELF.get(lang_now)}</th>
                    <th scope="col">{appraisal::COL_APPRAISED.get(lang_now)}</th>
                    <th scope="col">{appraisal::COL_REMARK.get(lang_now)}</th>
                </tr>
            </thead>
        }
    };
    let counts = move || {
        rows.with(|rows| {
            let lowered = rows.iter().filter(|r| r.lowered).count();
            let changed = rows.iter().filter(|r| r.changed()).count();
            fill(
                appraisal::LOWERED_COUNT.get(lang.get()),
                &[("n", lowered.to_string()), ("m", changed.to_string())],
            )
        })
    };
    let changed_rows = move || {
        rows.with(|rows| {
            rows.iter()
                .filter(|r| r.changed() || r.remark.is_some())
                .map(row)
                .collect_view()
        })
    };
    let unchanged_rows = move || {
        rows.with(|rows| {
            rows.iter()
                .filter(|r| !r.changed() && r.remark.is_none())
                .map(row)
                .collect_view()
        })
    };
    view! {
        <section aria-labelledby="compare-heading">
            <h2 id="compare-heading">{text(lang, appraisal::COMPARE_HEADING)}</h2>
            <p id="appraisal-byline">{byline}</p>
            <div class="table-scroll">{totals}</div>
            <p id="appraisal-counts">{counts}</p>
            <div class="table-scroll">
                <table id="appraisal-items" class="compare-items">
                    {head}
                    <tbody>{changed_rows}</tbody>
                </table>
            </div>
            <details id="appraisal-unchanged">
                <summary>{text(lang, appraisal::SHOW_UNCHANGED)}</summary>
                <div class="table-scroll">
                    <table class="compare-items">
                        {head}
                        <tbody>{unchanged_rows}</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
