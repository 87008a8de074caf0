//! Publishing the final ranking: every unit to appraise on the set most units used, with its
//! self, round-1 and final totals (par-core's `office::published`, ranked by `rank_units`),
//! the final index and classification; downloads through par-sheet's `published_table` as CSV
//! and XLSX, and a printable table (print CSS hides everything else).

use leptos::prelude::*;
use par_core::appraisal::{Appraisal, FinalResult};
use par_core::office::{published, Board, PublishedRow, UnitResults};
use par_core::score::ScoreSheet;
use par_core::submission::KnownFramework;
use par_core::Framework;
use par_sheet::{published_table, table_csv, tables_xlsx, ReportHeader};
use par_web::components::FilePicker;

use crate::state::OfficeState;
use crate::texts::publish as text;
use par_web::format::{percent, points};
use par_web::text as t;

/// The published rows and the set they are on; `None` when nothing is valid yet.
fn rows_of(state: OfficeState) -> Option<(Vec<PublishedRow>, Framework)> {
    let expected = state.expected();
    state.batch.with(|batch| {
        let board = Board::new(batch, &expected);
        let summaries: Vec<_> = board.to_appraise().collect();
        let sets = state.sets.read();
        let used = |k: &KnownFramework| {
            summaries
                .iter()
                .filter(|(_, s)| {
                    s.framework_id == k.framework.id && s.framework_version == k.framework.version
                })
                .count()
        };
        let set = sets
            .iter()
            .filter(|k| used(k) > 0)
            .max_by_key(|k| used(k))?;
        let framework = &set.framework;
        // Each unit's latest signed sheets, opened again (a damaged record counts as none).
        let sheets: Vec<(Option<ScoreSheet>, Option<ScoreSheet>)> = state.rounds.with(|rounds| {
            summaries
                .iter()
                .map(|(_, s)| {
                    let Some(round) = rounds.get(&s.hash) else {
                        return (None, None);
                    };
                    let first = round
                        .appraisals
                        .last()
                        .and_then(|t| Appraisal::open(t).ok())
                        .map(|(a, _)| a.payload.scores);
                    let last = round
                        .finals
                        .last()
                        .and_then(|t| FinalResult::open(t).ok())
                        .map(|(f, _)| f.payload.scores);
                    (first, last)
                })
                .collect()
        });
        let units: Vec<UnitResults<'_>> = summaries
            .iter()
            .zip(&sheets)
            .filter(|((_, s), _)| {
                s.framework_id == framework.id && s.framework_version == framework.version
            })
            .map(|((row, s), (first, last))| UnitResults {
                code: row.code,
                name: row.name,
                submission: s,
                first: first.as_ref(),
                last: last.as_ref(),
            })
            .collect();
        Some((published(&units, framework), framework.clone()))
    })
}

/// Each unit to appraise (code, submission hash) on the set most units used, and that set.
fn units_of(state: OfficeState) -> Option<(Vec<(String, String)>, Framework)> {
    let (rows, framework) = rows_of(state)?;
    let expected = state.expected();
    let hashes: Vec<(String, String)> = state.batch.with_untracked(|batch| {
        Board::new(batch, &expected)
            .to_appraise()
            .map(|(row, s)| (row.code.to_string(), s.hash.clone()))
            .collect()
    });
    let units = hashes
        .into_iter()
        .filter(|(code, _)| rows.iter().any(|r| r.code == *code))
        .collect();
    Some((units, framework))
}

/// The office's points for every unit from a spreadsheet, into each unit's boxes.
#[component]
fn OfficePointsImport() -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let messages = RwSignal::new(Vec::<String>::new());
    let on_change = move |ev: web_sys::Event| {
        let picked = par_web::files::picked_file(&ev).map(|(_, f)| f);
        par_web::files::clear_input(&ev);
        let Some(file) = picked else { return };
        leptos::task::spawn_local(async move {
            let lang = lang.get_untracked();
            let name = file.name();
            let said = match par_web::files::read_bytes(&file).await {
                Err(reason) => {
                    vec![text::POINTS_REFUSED.fill(lang, &[("file", &name), ("reason", &reason)])]
                }
                Ok(bytes) => match par_sheet::read_office_points(&name, &bytes) {
                    Err(error) => vec![text::POINTS_REFUSED
                        .fill(lang, &[("file", &name), ("reason", &error.to_string())])],
                    Ok(points) => match units_of(state) {
                        None => vec![t_now(text::NONE, lang)],
                        Some((units, framework)) => {
                            let (changed, mut refused) = state.rounds.with_untracked(|rounds| {
                                crate::round::apply_office_points(
                                    rounds, &units, &framework, &points, lang,
                                )
                            });
                            let applied = points.len() - refused.len();
                            let count = changed.len();
                            for round in changed {
                                if let Err(error) = state.save_round(round).await {
                                    refused.push(error.to_string());
                                }
                            }
                            let mut said = vec![text::POINTS_DONE.fill(
                                lang,
                                &[
                                    ("rows", &applied.to_string()),
                                    ("units", &count.to_string()),
                                ],
                            )];
                            said.extend(refused);
                            said
                        }
                    },
                },
            };
            messages.set(said);
        });
    };
    view! {
        <section class="office-points no-print" aria-labelledby="office-points-heading">
            <h2 id="office-points-heading">{t(lang, text::POINTS_HEADING)}</h2>
            <p class="hint">{t(lang, text::POINTS_HINT)}</p>
            <FilePicker lang=lang id="office-points-file" label=t(lang, text::POINTS_FILE) accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" show_name=false on_change=on_change />
            <div id="office-points-messages" role="status">{move || messages.get().into_iter().map(|m| view! { <p>{m}</p> }).collect_view()}</div>
        </section>
    }
}

fn t_now(text: par_core::Text, lang: par_core::Lang) -> String {
    text.get(lang).to_string()
}

#[component]
pub fn Publish() -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let error = RwSignal::new(None::<String>);
    let today = crate::components::ranking::today_iso();
    let download = {
        let today = today.clone();
        move |xlsx: bool| {
            let lang = lang.get_untracked();
            let Some((rows, framework)) = rows_of(state) else {
                return;
            };
            let date = par_core::input::iso_to_vi(&today);
            let header = ReportHeader {
                province: &framework.province,
                year: framework.year,
                framework: &framework,
                date: &date,
                lang,
            };
            let table = published_table(&header, &rows);
            let stem = format!(
                "ket-qua-cuoi-cung-{}-{}",
                par_web::download::file_stem(&framework.id, "bo"),
                framework.year
            );
            let result = if xlsx {
                tables_xlsx(&[table], &today)
                    .map_err(|e| e.to_string())
                    .and_then(|bytes| {
                        par_web::download::download_bytes(
                            &format!("{stem}.xlsx"),
                            &bytes,
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        )
                    })
            } else {
                par_web::download::download_bytes(
                    &format!("{stem}.csv"),
                    &table_csv(&table, lang),
                    "text/csv;charset=utf-8",
                )
            };
            error.set(
                result
                    .err()
                    .map(|reason| text::EXPORT_FAILED.fill(lang, &[("reason", &reason)])),
            );
        }
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let (csv, xlsx) = (download.clone(), download);
    // The import stays out of the table's closure: the table is drawn again when points are
    // stored, the import's messages must stay.
    let table = move || {
        let lang_now = lang.get();
        let Some((rows, framework)) = rows_of(state) else {
            return view! {
                <section class="screen" aria-labelledby="publish-heading">
                    <h1 id="publish-heading">{t(lang, text::HEADING)}</h1>
                    <p>{t(lang, text::NONE)}</p>
                </section>
            }
            .into_any();
        };
        let missing = rows.iter().filter(|r| r.rank.is_none()).count();
        let status = if missing == 0 {
            text::COMPLETE.get(lang_now).to_string()
        } else {
            text::INCOMPLETE.fill(lang_now, &[("count", &missing.to_string())])
        };
        let not_yet = text::NOT_YET.get(lang_now);
        let total = |value: Option<par_core::Decimal>| {
            value.map_or(not_yet.to_string(), |v| points(v, lang_now))
        };
        let (csv, xlsx) = (csv.clone(), xlsx.clone());
        view! {
            <section class="screen publish" aria-labelledby="publish-heading">
                <h1 id="publish-heading" class="no-print">{t(lang, text::HEADING)}</h1>
                <p class="no-print">{t(lang, text::INTRO)}</p>
                <p id="publish-status" class=if missing == 0 { "note no-print" } else { "alert alert-warn no-print" }>{status}</p>
                <div class="actions no-print">
                    <button type="button" class="button" id="publish-csv" on:click=move |_| csv(false)>{t(lang, text::CSV)}</button>
                    <button type="button" class="button" id="publish-xlsx" on:click=move |_| xlsx(true)>{t(lang, text::XLSX)}</button>
                    <button type="button" class="button" id="publish-print" on:click=print>{t(lang, text::PRINT)}</button>
                </div>
                <p class="alert alert-error no-print" role="alert">{move || error.get()}</p>
                <div class="print-only">
                    <p class="print-title">{text::PRINT_TITLE.fill(lang_now, &[("year", &framework.year.to_string()), ("set", &framework.title)])}</p>
                    <p>{framework.province.clone()}" · "{text::PRINT_DATE.fill(lang_now, &[("date", &par_core::input::iso_to_vi(&today))])}</p>
                </div>
                <table class="data published" id="publish-table">
                    <thead><tr>
                        <th scope="col">{text::RANK.get(lang_now)}</th>
                        <th scope="col">{text::CODE.get(lang_now)}</th>
                        <th scope="col">{text::NAME.get(lang_now)}</th>
                        <th scope="col">{text::SELF.get(lang_now)}</th>
                        <th scope="col">{text::FIRST.get(lang_now)}</th>
                        <th scope="col">{text::FINAL.get(lang_now)}</th>
                        <th scope="col">{text::MAX.get(lang_now)}</th>
                        <th scope="col">{text::INDEX.get(lang_now)}</th>
                        <th scope="col">{text::CLASS.get(lang_now)}</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|row| {
                            let (ranked, code) = (row.rank.is_some(), row.code.clone());
                            view! {
                                <tr data-code=code class:unranked=!ranked>
                                    <td class="num">{row.rank.map(|r| r.to_string()).unwrap_or_default()}</td>
                                    <td>{row.code}</td>
                                    <td>{row.name}</td>
                                    <td class="num">{points(row.self_total, lang_now)}</td>
                                    <td class="num">{total(row.first_total)}</td>
                                    <td class="num">{total(row.final_total)}</td>
                                    <td class="num">{points(row.applicable_max, lang_now)}</td>
                                    <td class="num">{percent(row.index_percent, lang_now)}</td>
                                    <td>{row.classification.unwrap_or_default()}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        }
        .into_any()
    };
    view! {
        {table}
        <OfficePointsImport />
    }
}
