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
    // The rows are many (a province's hundreds of units): written as one piece of markup, every
    // text escaped, which the browser builds at once; one element at a time from wasm took most
    // of the board's first paint. A row's button opens the unit's page (one listener for all).
    let rows = move || {
        let open = crate::texts::unit_page::OPEN.get(lang.get());
        filter.with(|shown_only| shown.with(|s| rows_html(&s.rows, shown_only, open)))
    };
    let open_clicked = move |ev: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        let button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("button.open-unit").ok().flatten());
        if let Some(hash) = button.and_then(|b| b.get_attribute("data-hash")) {
            state.open_unit.set(Some(hash));
            state.screen.set(crate::state::Screen::Unit);
        }
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
                <tbody inner_html=rows on:click=open_clicked></tbody>
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

/// The rows `shown` ("" for all, a status class, or "not-on-list") as table rows' markup, every
/// text escaped (names, reasons and file names come from the files received); `open`: the
/// button's label.
fn rows_html(rows: &[Row], shown: &str, open: &str) -> String {
    let mut html = String::with_capacity(rows.len() * 400);
    for row in rows.iter().filter(|row| {
        shown.is_empty()
            || (shown == "not-on-list" && row.not_on_list)
            || (!row.not_on_list && row.class == shown)
    }) {
        html.push_str("<tr class=\"board-row status-");
        html.push_str(row.class);
        html.push_str("\" data-code=\"");
        escape_into(&mut html, &row.code);
        html.push_str("\"><td>");
        escape_into(&mut html, &row.code);
        html.push_str("</td><td>");
        escape_into(&mut html, &row.name);
        html.push_str("</td><td class=\"status\">");
        escape_into(&mut html, &row.status);
        html.push_str("</td><td>");
        if !row.detail.is_empty() {
            html.push_str("<p>");
            escape_into(&mut html, &row.detail);
            html.push_str("</p>");
        }
        for reason in &row.reasons {
            html.push_str("<p class=\"reason\">");
            escape_into(&mut html, reason);
            html.push_str("</p>");
        }
        if let Some(hash) = &row.open {
            html.push_str(
                "<button type=\"button\" class=\"button-secondary open-unit\" data-hash=\"",
            );
            escape_into(&mut html, hash);
            html.push_str("\">");
            escape_into(&mut html, open);
            html.push_str("</button>");
        }
        html.push_str("</td></tr>");
    }
    html
}

/// `text` as HTML text or a quoted attribute's value: nothing in it is markup. The runs between
/// the five special characters are copied whole.
fn escape_into(html: &mut String, text: &str) {
    let mut from = 0;
    for (at, byte) in text.bytes().enumerate() {
        let escaped = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        html.push_str(&text[from..at]);
        html.push_str(escaped);
        from = at + 1;
    }
    html.push_str(&text[from..]);
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

    fn row(code: &str, name: &str, class: &'static str, not_on_list: bool) -> Row {
        Row {
            code: code.into(),
            name: name.into(),
            class,
            not_on_list,
            status: "Hợp lệ".into(),
            detail: String::new(),
            reasons: Vec::new(),
            open: None,
        }
    }

    #[test]
    fn every_text_of_a_row_is_escaped() {
        let mut hostile = row(
            "0\"><script>x</script>",
            "<img src=x onerror=alert(1)> & 'b'",
            "refused",
            false,
        );
        hostile.reasons = vec!["tệp <b>.json: chữ ký sai".into()];
        hostile.open = Some("ab\"cd".into());
        let html = rows_html(&[hostile], "", "Mở");
        assert!(!html.contains("<script>") && !html.contains("<img") && !html.contains("<b>"));
        assert!(
            html.contains("data-code=\"0&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""),
            "{html}"
        );
        assert!(
            html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &#39;b&#39;"),
            "{html}"
        );
        assert!(
            html.contains("data-hash=\"ab&quot;cd\">Mở</button>"),
            "{html}"
        );
        assert!(html.contains("<p class=\"reason\">tệp &lt;b&gt;.json: chữ ký sai</p>"));
    }

    #[test]
    fn the_filter_picks_a_status_or_the_units_not_on_the_list() {
        let rows = [
            row("00001", "Xã A", "valid", false),
            row("00002", "Xã B", "refused", false),
            row("00009", "Xã Z", "valid", true),
        ];
        let codes = |shown: &str| rows_html(&rows, shown, "Mở").matches("<tr ").count();
        assert_eq!(codes(""), 3);
        assert_eq!(codes("valid"), 1);
        assert_eq!(codes("refused"), 1);
        assert_eq!(codes("missing"), 0);
        assert_eq!(codes("not-on-list"), 1);
        assert!(rows_html(&rows, "not-on-list", "Mở").contains("data-code=\"00009\""));
    }
}
