//! The board: each expected unit valid / refused (with the reasons) / conflicting / not yet
//! sent, then the units that sent files but are not on the list; counts on top. par-core's
//! `office::Board` decides; this only shows it.

use leptos::prelude::*;
use par_core::lang::whole_number;
use par_core::office::{Board as BoardOf, BoardRow, UnitStatus};
use par_core::Lang;

use crate::state::OfficeState;
use crate::texts::board as text;
use par_web::text as t;

#[component]
pub fn Board() -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    // "" for every unit, else the status class shown ("valid", "refused", …).
    let filter = RwSignal::new(String::new());
    move || {
        let expected = state.expected();
        let lang_now = lang.get();
        let received = state.received_at();
        state.batch.with(|batch| {
            let board = BoardOf::new(batch, &expected);
            let counts = board.counts();
            let count = |label: par_core::Text, n: usize, id: &'static str| {
                view! { <div class="count" id=id><dt>{label.get(lang_now)}</dt><dd>{whole_number(n as u64, lang_now)}</dd></div> }
            };
            let shown = filter.get();
            let rows: Vec<_> = board
                .expected
                .iter()
                .map(|row| (row, false))
                .chain(board.not_on_list.iter().map(|row| (row, true)))
                .filter(|(row, not_on_list)| {
                    shown.is_empty()
                        || (shown == "not-on-list" && *not_on_list)
                        || (!*not_on_list && status_class(row) == shown)
                })
                .map(|(row, not_on_list)| row_view(row, not_on_list, &received, lang_now))
                .collect();
            let option = |value: &'static str, label: par_core::Text| {
                let selected = shown == value;
                view! { <option value=value selected=selected>{label.get(lang_now)}</option> }
            };
            view! {
                <section class="screen" aria-labelledby="board-heading">
                    <h1 id="board-heading">{t(lang, text::HEADING)}</h1>
                    {expected.is_empty().then(|| view! { <p class="note">{t(lang, text::NO_LIST)}</p> })}
                    <dl class="counts" aria-label=t(lang, text::COUNTS)>
                        {count(text::VALID, counts.valid, "count-valid")}
                        {count(text::REFUSED, counts.refused, "count-refused")}
                        {count(text::CONFLICTING, counts.conflicting, "count-conflicting")}
                        {count(text::MISSING, counts.missing, "count-missing")}
                        {count(text::NOT_ON_LIST, counts.not_on_list, "count-not-on-list")}
                    </dl>
                    {(!board.unattributed.is_empty()).then(|| view! {
                        <p class="note">{text::UNATTRIBUTED.fill(lang_now, &[("count", &whole_number(board.unattributed.len() as u64, lang_now))])}</p>
                    })}
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
        })
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

fn row_view(
    row: &BoardRow<'_, String>,
    not_on_list: bool,
    received: &std::collections::HashMap<String, String>,
    lang: Lang,
) -> impl IntoView {
    let (status, class, detail) = match &row.status {
        UnitStatus::Valid { summary, file } => (
            text::VALID,
            "valid",
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
            "conflicting",
            text::CONFLICT_DETAIL.fill(
                lang,
                &[
                    ("revision", &revision.to_string()),
                    ("count", &files.len().to_string()),
                ],
            ),
        ),
        UnitStatus::Refused => (text::REFUSED, "refused", String::new()),
        UnitStatus::Missing => (text::MISSING, "missing", String::new()),
    };
    let status = if not_on_list && class != "missing" {
        format!("{} · {}", status.get(lang), text::NOT_ON_LIST.get(lang))
    } else {
        status.get(lang).to_string()
    };
    // Refused files naming this unit, even when a later one is valid: what to tell the unit.
    let reasons: Vec<String> = row
        .refused
        .iter()
        .map(|(file, outcome)| format!("{file}: {}", outcome.describe(lang)))
        .collect();
    let open = match &row.status {
        UnitStatus::Valid { summary, .. } => Some(open_button(summary.hash.clone(), lang)),
        _ => None,
    };
    view! {
        <tr class=format!("board-row status-{class}") data-code=row.code.to_string()>
            <td>{row.code.to_string()}</td>
            <td>{row.name.to_string()}</td>
            <td class="status">{status}</td>
            <td>
                {(!detail.is_empty()).then(|| view! { <p>{detail}</p> })}
                {reasons.into_iter().map(|r| view! { <p class="reason">{r}</p> }).collect_view()}
                {open}
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
