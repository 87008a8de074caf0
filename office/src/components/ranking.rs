//! The ranking: par-core's `office::rank_units` over the board's files to appraise made on one
//! criteria set (the one most units used), with competition ranks (1, 1, 3), sortable by any
//! column, marked provisional (self-assessment, not yet appraised), then the fields that lose the
//! province most points (a chart and its table) and each criterion, the weakest first
//! (`province_views`); downloads as CSV and XLSX through par-sheet's report writers, the same
//! tables `par rank --csv/--xlsx` writes; prints as a ranking table on A4 (`office/style/
//! ranking.css`: header rows with the province, year, set, date and the provisional mark, the
//! table's header repeated on every page, nothing else of the page).

use leptos::prelude::*;
use par_core::decimal::Decimal;
use par_core::office::{criterion_aggregates, rank_units, Board, Ranking as RankingOf};
use par_core::submission::KnownFramework;
use par_core::{Framework, Lang};
use par_sheet::{matrix_table, ranking_table, table_csv, tables_xlsx, ReportHeader};

use crate::components::province_views::{CriteriaView, FieldChart};
use crate::state::OfficeState;
use crate::texts::ranking as text;
use par_web::format::{percent, points};
use par_web::text as t;

/// A row as shown (owned, so it can be sorted by any column).
#[derive(Debug, Clone)]
struct Line {
    rank: usize,
    code: String,
    name: String,
    total: Decimal,
    max: Decimal,
    index: Option<Decimal>,
    class: String,
    fields: Vec<Decimal>,
    /// The submission ranked, to open the unit's page.
    hash: String,
}

/// Sorting: the column (0 rank … 6 class, 7 + i the i-th field) and the direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Sort {
    column: usize,
    ascending: bool,
}

/// Runs `f` with the ranking of the files to appraise made on the set most units used, that
/// set, and how many units used another set; `None` when nothing is valid yet.
fn with_ranking<R>(
    state: OfficeState,
    f: impl FnOnce(Option<(&RankingOf<'_>, &Framework, usize)>) -> R,
) -> R {
    let expected = state.expected();
    state.batch.with(|batch| {
        let board = Board::new(batch, &expected);
        let summaries: Vec<_> = board.to_appraise().collect();
        // The set most units used (ties: the first in set order).
        let sets = state.sets.read();
        let used = |k: &KnownFramework| {
            summaries
                .iter()
                .filter(|(_, s)| {
                    s.framework_id == k.framework.id && s.framework_version == k.framework.version
                })
                .count()
        };
        let Some(set) = sets.iter().filter(|k| used(k) > 0).max_by_key(|k| used(k)) else {
            return f(None);
        };
        let framework = &set.framework;
        let on_set: Vec<_> = summaries
            .iter()
            .filter(|(_, s)| {
                s.framework_id == framework.id && s.framework_version == framework.version
            })
            .map(|(row, s)| (row.code, row.name, *s))
            .collect();
        let others = summaries.len() - on_set.len();
        let ranking = rank_units(on_set, framework);
        f(Some((&ranking, framework, others)))
    })
}

#[component]
pub fn Ranking() -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let sort = RwSignal::new(Sort {
        column: 0,
        ascending: true,
    });
    let error = RwSignal::new(None::<String>);
    let download = move |xlsx: bool| {
        let lang = lang.get_untracked();
        let result = with_ranking(state, |ranking| {
            let Some((ranking, framework, _)) = ranking else {
                return Ok(());
            };
            let today = today_iso();
            let date = par_core::input::iso_to_vi(&today);
            let header = ReportHeader {
                province: &framework.province,
                year: framework.year,
                framework,
                date: &date,
                lang,
            };
            let stem = format!(
                "xep-hang-{}-{}",
                par_web::download::file_stem(&framework.id, "bo"),
                framework.year
            );
            if xlsx {
                let tables = [
                    ranking_table(&header, ranking),
                    matrix_table(&header, ranking),
                ];
                let bytes = tables_xlsx(&tables, &today).map_err(|e| e.to_string())?;
                par_web::download::download_bytes(
                    &format!("{stem}.xlsx"),
                    &bytes,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                )
            } else {
                let bytes = table_csv(&ranking_table(&header, ranking), lang);
                par_web::download::download_bytes(
                    &format!("{stem}.csv"),
                    &bytes,
                    "text/csv;charset=utf-8",
                )
            }
        });
        error.set(
            result
                .err()
                .map(|reason| text::EXPORT_FAILED.fill(lang, &[("reason", &reason)])),
        );
    };
    move || {
        let lang_now = lang.get();
        let shown = with_ranking(state, |ranking| {
            ranking.map(|(ranking, framework, others)| {
                let lines: Vec<Line> = ranking
                    .rows
                    .iter()
                    .map(|row| Line {
                        rank: row.rank,
                        code: row.code.to_string(),
                        name: row.name.to_string(),
                        total: row.total,
                        max: row.applicable_max,
                        index: row.index_percent,
                        class: row.classification.unwrap_or("").to_string(),
                        fields: row.fields.iter().map(|f| f.points).collect(),
                        hash: row.summary.hash.clone(),
                    })
                    .collect();
                let fields: Vec<String> = framework.fields.iter().map(|f| f.code.clone()).collect();
                let losing = ranking.fields.clone();
                let criteria = criterion_aggregates(&ranking.rows, framework);
                let print_head = PrintHead {
                    province: framework.province.clone(),
                    year: framework.year,
                    set: format!(
                        "{} ({} {})",
                        framework.title, framework.id, framework.version
                    ),
                };
                let about = text::SET.fill(
                    lang_now,
                    &[
                        ("title", &framework.title),
                        ("id", &framework.id),
                        ("version", &framework.version),
                        (
                            "count",
                            &par_core::lang::whole_number(lines.len() as u64, lang_now),
                        ),
                    ],
                );
                (lines, fields, about, others, losing, criteria, print_head)
            })
        });
        let Some((mut lines, fields, about, others, losing, criteria, print_head)) = shown else {
            return view! {
                <section class="screen" aria-labelledby="ranking-heading">
                    <h1 id="ranking-heading">{t(lang, text::HEADING)}</h1>
                    <p>{t(lang, text::NONE)}</p>
                </section>
            }
            .into_any();
        };
        let order = sort.get();
        sort_lines(&mut lines, order);
        let heading = move |column: usize, label: String| {
            let current = sort.get().column == column;
            let aria = current.then(|| {
                if sort.get().ascending {
                    "ascending"
                } else {
                    "descending"
                }
            });
            view! {
                <th scope="col" aria-sort=aria>
                    <button type="button" class="sort" data-column=column.to_string() on:click=move |_| sort.update(|s| {
                        if s.column == column { s.ascending = !s.ascending } else { *s = Sort { column, ascending: column != 3 && column != 5 && column < 7 } }
                    })>{label.clone()}</button>
                    // Chromium does not paint buttons in a table header repeated on a new page.
                    <span class="print-label">{label}</span>
                </th>
            }
        };
        let fixed = [
            text::RANK,
            text::CODE,
            text::NAME,
            text::TOTAL,
            text::MAX,
            text::INDEX,
            text::CLASS,
        ];
        view! {
            <section class="screen ranking-screen" aria-labelledby="ranking-heading">
                <h1 id="ranking-heading">{t(lang, text::HEADING)}</h1>
                <p class="alert alert-warn" id="ranking-provisional">{t(lang, text::PROVISIONAL)}</p>
                <p>{about}</p>
                {(others > 0).then(|| view! { <p class="note">{text::OTHER_SETS.fill(lang_now, &[("count", &others.to_string())])}</p> })}
                <div class="actions no-print">
                    <button type="button" class="button" id="download-csv" on:click=move |_| download(false)>{t(lang, text::CSV)}</button>
                    <button type="button" class="button" id="download-xlsx" on:click=move |_| download(true)>{t(lang, text::XLSX)}</button>
                    <button type="button" class="button-secondary" id="print-ranking" on:click=move |_| print()>{t(lang, text::PRINT)}</button>
                </div>
                {print_head_view(print_head, lang_now)}
                <p class="alert alert-error" role="alert">{move || error.get()}</p>
                <p class="note no-print">{t(lang, text::SORT_HINT)}</p>
                <div class="table-scroll ranking-print">
                    <table class="data" id="ranking-table">
                        <thead>
                            <tr>
                                {fixed.iter().enumerate().map(|(i, label)| heading(i, label.get(lang_now).to_string())).collect_view()}
                                {fields.iter().enumerate().map(|(i, code)| heading(7 + i, text::FIELD.fill(lang_now, &[("code", code)]))).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {lines.into_iter().map(|line| row_view(line, lang_now)).collect_view()}
                        </tbody>
                    </table>
                </div>
                <FieldChart fields=losing lang=lang />
                <CriteriaView criteria=criteria lang=lang />
            </section>
        }
        .into_any()
    }
}

fn sort_lines(lines: &mut [Line], order: Sort) {
    lines.sort_by(|a, b| {
        let by = match order.column {
            0 => a.rank.cmp(&b.rank),
            1 => a.code.cmp(&b.code),
            2 => a.name.cmp(&b.name),
            3 => a.total.cmp(&b.total),
            4 => a.max.cmp(&b.max),
            5 => a.index.cmp(&b.index),
            6 => a.class.cmp(&b.class),
            n => a.fields.get(n - 7).cmp(&b.fields.get(n - 7)),
        };
        let by = if order.ascending { by } else { by.reverse() };
        // Equal values keep the ranking's order.
        by.then(a.rank.cmp(&b.rank)).then(a.code.cmp(&b.code))
    });
}

fn row_view(line: Line, lang: Lang) -> impl IntoView {
    let code = line.code.clone();
    view! {
        <tr data-code=code>
            <td class="num">{line.rank}</td>
            <td>{line.code}</td>
            <td>{line.name}" "{super::board::open_button(line.hash, lang)}</td>
            <td class="num">{points(line.total, lang)}</td>
            <td class="num">{points(line.max, lang)}</td>
            <td class="num">{percent(line.index, lang)}</td>
            <td>{line.class}</td>
            {line.fields.into_iter().map(|f| view! { <td class="num">{points(f, lang)}</td> }).collect_view()}
        </tr>
    }
}

/// What the printed table's header rows say besides the date.
#[derive(Debug, Clone)]
struct PrintHead {
    province: String,
    year: u16,
    set: String,
}

/// The header rows of the printed table (shown only on paper): province, year, criteria set,
/// date (dd/mm/yyyy) and that the results are the units' own, not yet appraised.
fn print_head_view(head: PrintHead, lang: Lang) -> impl IntoView {
    let date = par_core::input::iso_to_vi(&today_iso());
    let row = |label: par_core::Text, value: String| {
        view! { <div><dt>{label.get(lang)}</dt><dd>{value}</dd></div> }
    };
    view! {
        <div class="print-only print-head" id="ranking-print-head">
            <p class="print-title">{text::PRINT_TITLE.get(lang)}</p>
            <dl>
                {row(text::PRINT_PROVINCE, head.province)}
                {row(text::PRINT_YEAR, head.year.to_string())}
                {row(text::PRINT_SET, head.set)}
                {row(text::PRINT_DATE, date)}
            </dl>
            <p class="print-provisional">{text::PRINT_PROVISIONAL.get(lang)}</p>
        </div>
    }
}

/// The browser's print dialog (the page's print CSS keeps only the ranking table).
fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Today, `yyyy-mm-dd` in local time, for the exports' header rows.
pub fn today_iso() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}
