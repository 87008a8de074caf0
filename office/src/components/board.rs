//! The board: each expected unit valid / refused (with the reasons) / conflicting / not yet
//! sent, then the units that sent files but are not on the list; counts on top. par-core's
//! `office::Board` decides; this only shows it.

use leptos::prelude::*;
use par_core::lang::whole_number;
use par_core::office::{Board as BoardOf, BoardCounts, BoardRow, UnitStatus};
use par_core::Lang;

use crate::state::OfficeState;
use crate::texts::board as text;
use par_web::text as t;

/// One row of the board as shown, in plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    code: String,
    name: String,
    /// The status's class, and what the filter picks: "valid", "refused", …
    class: &'static str,
    not_on_list: bool,
    status: String,
    detail: String,
    /// Refused files naming this unit, even when a later one is valid: what to tell the unit.
    reasons: Vec<String>,
    /// The submission a valid row opens.
    open: Option<String>,
}

/// What the board shows, made once per change of the files, the units list or the language
/// (not again when the filter changes, nor per row as it is drawn).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Shown {
    counts: BoardCounts,
    unattributed: usize,
    rows: Vec<Row>,
}

#[component]
pub fn Board() -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    // "" for every unit, else the status class shown ("valid", "refused", …).
    let filter = RwSignal::new(String::new());
    // The board's first paint, for the import benchmark (tests/bench/office_import.rs).
    Effect::new(|| crate::components::import::mark("par:board-built"));
    let shown = Memo::new(move |_| {
        crate::components::import::mark("par:board-start");
        let expected = state.expected();
        let lang = lang.get();
        let received = state.received_at();
        state.batch.with(|batch| {
            let board = BoardOf::new(batch, &expected);
            Shown {
                counts: board.counts(),
                unattributed: board.unattributed.len(),
                rows: board
                    .expected
                    .iter()
                    .map(|row| row_of(row, false, &received, lang))
                    .chain(
                        board
                            .not_on_list
                            .iter()
                            .map(|row| row_of(row, true, &received, lang)),
                    )
                    .collect(),
            }
        })
    });
    let count = move |label: par_core::Text, id: &'static str, n: fn(&BoardCounts) -> usize| {
        view! {
            <div class="count" id=id>
                <dt>{t(lang, label)}</dt>
                <dd>{move || whole_number(shown.with(|s| n(&s.counts)) as u64, lang.get())}</dd>
            </div>
        }
    };
    let option = move |value: &'static str, label: par_core::Text| {
        view! { <option value=value selected=move || filter.with(|f| f == value)>{t(lang, label)}</option> }
    };
    // The rows from the memo: a change of the filter only picks among them.
    let rows = move || {
        let lang = lang.get();
        filter.with(|only| {
            shown.with(|s| {
                s.rows
                    .iter()
                    .filter(|row| picked(row, only))
                    .map(|row| row_view(row, lang))
                    .collect_view()
            })
        })
    };
    view! {
        <section class="screen" aria-labelledby="board-heading">
            <h1 id="board-heading">{t(lang, text::HEADING)}</h1>
            {move || state.units.with(|u| u.as_ref().is_none_or(|u| u.units.is_empty())).then(|| view! { <p class="note">{t(lang, text::NO_LIST)}</p> })}
            <dl class="counts" aria-label=t(lang, text::COUNTS)>
                {count(text::VALID, "count-valid", |c| c.valid)}
                {count(text::REFUSED, "count-refused", |c| c.refused)}
                {count(text::CONFLICTING, "count-conflicting", |c| c.conflicting)}
                {count(text::MISSING, "count-missing", |c| c.missing)}
                {count(text::NOT_ON_LIST, "count-not-on-list", |c| c.not_on_list)}
            </dl>
            {move || {
                let n = shown.with(|s| s.unattributed);
                (n > 0).then(|| view! {
                    <p class="note">{move || text::UNATTRIBUTED.fill(lang.get(), &[("count", &whole_number(n as u64, lang.get()))])}</p>
                })
            }}
            <div class="field">
                <label for="board-filter">{t(lang, text::SHOW)}</label>
                " "
                <select id="board-filter" on:change=move |ev| filter.set(event_target_value(&ev))>
                    {option("", text::ALL)}
                    {option("valid", text::VALID)}
                    {option("refused", text::REFUSED)}
                    {option("conflicting", text::CONFLICTING)}
                    {option("missing", text::MISSING)}
                    {option("not-on-list", text::NOT_ON_LIST)}
                </select>
            </div>
            <table class="data" id="board-table">
                <thead>
                    <tr>
                        <th scope="col">{t(lang, text::CODE)}</th>
                        <th scope="col">{t(lang, text::NAME)}</th>
                        <th scope="col">{t(lang, text::STATUS)}</th>
                        <th scope="col">{t(lang, text::DETAIL)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// The class a row's status is shown with, and filtered by.
fn status_class(row: &BoardRow<'_, String>) -> &'static str {
    match row.status {
        UnitStatus::Valid { .. } => "valid",
        UnitStatus::Conflicting { .. } => "conflicting",
        UnitStatus::Refused => "refused",
        UnitStatus::Missing => "missing",
    }
}

fn row_of(
    row: &BoardRow<'_, String>,
    not_on_list: bool,
    received: &std::collections::HashMap<String, String>,
    lang: Lang,
) -> Row {
    let (status, detail) = match &row.status {
        UnitStatus::Valid { summary, file } => (
            text::VALID,
            text::VALID_DETAIL.fill(
                lang,
                &[
                    ("revision", &summary.revision.to_string()),
                    ("total", &par_web::format::points(summary.total, lang)),
                    ("key", &summary.key_id),
                    ("received", received.get(*file).map_or("", String::as_str)),
                ],
            ),
        ),
        UnitStatus::Conflicting { revision, files } => (
            text::CONFLICTING,
            text::CONFLICT_DETAIL.fill(
                lang,
                &[
                    ("revision", &revision.to_string()),
                    ("count", &files.len().to_string()),
                ],
            ),
        ),
        UnitStatus::Refused => (text::REFUSED, String::new()),
        UnitStatus::Missing => (text::MISSING, String::new()),
    };
    let class = status_class(row);
    let status = if not_on_list && class != "missing" {
        format!("{} · {}", status.get(lang), text::NOT_ON_LIST.get(lang))
    } else {
        status.get(lang).to_string()
    };
    Row {
        code: row.code.to_string(),
        name: row.name.to_string(),
        class,
        not_on_list,
        status,
        detail,
        reasons: row
            .refused
            .iter()
            .map(|(file, outcome)| format!("{file}: {}", outcome.describe(lang)))
            .collect(),
        open: match &row.status {
            UnitStatus::Valid { summary, .. } => Some(summary.hash.clone()),
            _ => None,
        },
    }
}

/// Whether the filter `only` ("" for all, a status class, or "not-on-list") shows `row`.
fn picked(row: &Row, only: &str) -> bool {
    only.is_empty()
        || (only == "not-on-list" && row.not_on_list)
        || (!row.not_on_list && row.class == only)
}

fn row_view(row: &Row, lang: Lang) -> impl IntoView {
    view! {
        <tr class=format!("board-row status-{}", row.class) data-code=row.code.clone()>
            <td>{row.code.clone()}</td>
            <td>{row.name.clone()}</td>
            <td class="status">{row.status.clone()}</td>
            <td>
                {(!row.detail.is_empty()).then(|| view! { <p>{row.detail.clone()}</p> })}
                {row.reasons.iter().map(|r| view! { <p class="reason">{r.clone()}</p> }).collect_view()}
                {row.open.clone().map(|hash| open_button(hash, lang))}
            </td>
        </tr>
    }
}

/// The button opening a unit's page on the submission `hash` (also used by the ranking).
pub fn open_button(hash: String, lang: Lang) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    view! {
        <button type="button" class="button-secondary open-unit" data-hash=hash.clone() on:click=move |_| {
            state.open_unit.set(Some(hash.clone()));
            state.screen.set(crate::state::Screen::Unit);
        }>{crate::texts::unit_page::OPEN.get(lang)}</button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(code: &str, class: &'static str, not_on_list: bool) -> Row {
        Row {
            code: code.into(),
            name: String::new(),
            class,
            not_on_list,
            status: String::new(),
            detail: String::new(),
            reasons: Vec::new(),
            open: None,
        }
    }

    #[test]
    fn the_filter_picks_a_status_or_the_units_not_on_the_list() {
        let rows = [
            row("00001", "valid", false),
            row("00002", "refused", false),
            row("00009", "valid", true),
        ];
        let codes = |only: &str| {
            rows.iter()
                .filter(|r| picked(r, only))
                .map(|r| r.code.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(codes(""), ["00001", "00002", "00009"]);
        assert_eq!(codes("valid"), ["00001"]);
        assert_eq!(codes("refused"), ["00002"]);
        assert!(codes("missing").is_empty());
        assert_eq!(codes("not-on-list"), ["00009"]);
    }
}
