//! The score sheet for paper (shown only when printing): unit and period, every field, criterion
//! and sub-criterion with maximum and self score, totals and index, the latest export's
//! submission id and file hash, the key fingerprint, and the signature block.
//!
//! The sheet names a file only when it shows exactly what that file holds: the office compares
//! the signed paper with the file, and a new total under an old file's name, revision and hash
//! is a contradiction no official can resolve. A draft changed since its latest export prints as
//! a draft — marked so at the top, naming no submission, file or hash — and the print button
//! offers to export again first (`print_action.rs`).

use crate::texts::{export, summary};
use leptos::prelude::*;
use par_core::Lang;

use super::export_button::with_revision;
use crate::format::{classification, percent, points, short, signed};
use crate::signing::grouped;
use crate::state::AppState;
use par_core::score::{sheet_rows, SheetRow, Shown};

/// How many of the table's last rows print on the page of the totals and the signatures.
const ROWS_WITH_SIGNATURES: usize = 3;

fn shown_text(shown: &Shown, lang: Lang) -> String {
    match shown {
        Shown::Points(p) => points(*p, lang),
        Shown::Signed(p) => signed(*p, lang),
        Shown::Pending => export::PENDING.get(lang).to_string(),
        Shown::Excluded => export::EXCLUDED.get(lang).to_string(),
        Shown::Unanswered | Shown::Invalid => "—".to_string(),
    }
}

#[component]
pub fn PrintSheet() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let (lang, set, sheet) = state.scored();
        let unit = state.unit.get();
        let stale = state.changed_since_export();
        // A changed draft names no file (see the module's comment).
        let latest = state
            .exports
            .with(|e| e.iter().max_by_key(|r| r.revision).cloned())
            .filter(|_| stale.is_none());
        let key_id = state
            .signing_key
            .get()
            .and_then(|k| k.key())
            .map(|k| k.key_id());
        let not_exported = if stale.is_some() {
            export::SHEET_DRAFT.get(lang)
        } else {
            export::SHEET_NOT_EXPORTED.get(lang)
        };
        let row_view = move |row: SheetRow| {
            view! {
                <tr class=format!("depth-{}", row.depth.min(3)) data-code=row.code.clone()>
                    <td class="code">{row.code.clone()}</td>
                    <td class="title">{row.title}</td>
                    <td class="num">{short(row.max, lang)}</td>
                    <td class="num">{shown_text(&row.shown, lang)}</td>
                </tr>
            }
        };
        // The table's last rows, its totals and the signatures print as one block, so the
        // signatures never stand alone on a last page (a signed page must show what it signs).
        let mut rows = sheet_rows(&set, &sheet, lang);
        let end_rows = rows.split_off(rows.len().saturating_sub(ROWS_WITH_SIGNATURES));
        let rows = rows.into_iter().map(row_view).collect_view();
        let end_rows = end_rows.into_iter().map(row_view).collect_view();
        let columns = || {
            view! {
                <colgroup>
                    <col class="c-code"/>
                    <col class="c-title"/>
                    <col class="c-max"/>
                    <col class="c-self"/>
                </colgroup>
            }
        };
        let class_label = classification(&set, sheet.classification.as_deref(), lang);
        let set_title = lang.pick(&set.title, set.title_en.as_deref()).to_string();
        let footer = format!(
            "{} · {}: {} · {}: {}",
            unit.name,
            export::SHEET_KEY.get(lang),
            key_id.clone().unwrap_or_else(|| not_exported.to_string()),
            export::SHEET_HASH.get(lang),
            latest
                .as_ref()
                .map_or(not_exported.to_string(), |r| grouped(&r.hash)),
        );
        view! {
            <article class="print-sheet" id="print-sheet-content" aria-hidden="true">
            // A layout table whose footer Chromium repeats on every printed page, so each page
            // of the sheet names the key and the file it belongs to.
            <table class="sheet-frame">
            <tfoot><tr><td class="sheet-footer" id="sheet-footer">{footer}</td></tr></tfoot>
            <tbody><tr><td>
                <header class="sheet-head">
                    <p class="sheet-unit-line">{unit.province.clone()} " — " {unit.name.clone()}</p>
                    <h1>{export::SHEET_TITLE.get(lang)} " " {unit.year}</h1>
                    <p class="sheet-set">{export::SHEET_SET.get(lang)} ": " {set_title} " (" {set.id.clone()} ", v" {set.version.clone()} ")"</p>
                </header>
                <dl class="sheet-ids">
                    <div><dt>{export::SHEET_UNIT.get(lang)}</dt><dd>{unit.name.clone()}</dd></div>
                    <div><dt>{export::SHEET_CODE.get(lang)}</dt><dd>{unit.code.clone()}</dd></div>
                    <div><dt>{export::SHEET_PERIOD.get(lang)}</dt><dd>{unit.year}</dd></div>
                    <div>
                        <dt>{export::SHEET_SUBMISSION.get(lang)}</dt>
                        <dd id="sheet-submission">{latest.as_ref().map_or(not_exported.to_string(), |r| format!("{} ({} {})", r.submission_id, export::SHEET_REVISION.get(lang), r.revision))}</dd>
                    </div>
                    <div>
                        <dt>{export::SHEET_FILE.get(lang)}</dt>
                        <dd>{latest.as_ref().map_or(not_exported.to_string(), |r| r.file_name.clone())}</dd>
                    </div>
                    <div>
                        <dt>{export::SHEET_KEY.get(lang)}</dt>
                        <dd id="sheet-key" class="fingerprint">{key_id.unwrap_or_else(|| not_exported.to_string())}</dd>
                    </div>
                    <div class="sheet-hash-row">
                        <dt>{export::SHEET_HASH.get(lang)}</dt>
                        <dd id="sheet-hash" class="hash">{latest.as_ref().map_or(not_exported.to_string(), |r| grouped(&r.hash))}</dd>
                    </div>
                </dl>
                {stale.map(|n| view! { <p class="sheet-stale" id="sheet-stale">{with_revision(export::SHEET_STALE.get(lang), n)}</p> })}
                <table class="sheet-table">
                    {columns()}
                    <thead>
                        <tr>
                            <th scope="col">{export::COL_CODE.get(lang)}</th>
                            <th scope="col">{export::COL_TITLE.get(lang)}</th>
                            <th scope="col">{export::COL_MAX.get(lang)}</th>
                            <th scope="col">{export::COL_SELF.get(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                <div class="sheet-end" id="sheet-end">
                <table class="sheet-table sheet-table-end">
                    {columns()}
                    <tbody>{end_rows}</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" colspan="2">{summary::TOTAL.get(lang)}</th>
                            <td class="num">{short(sheet.applicable_max, lang)}</td>
                            <td class="num" id="sheet-total">{points(sheet.total, lang)}</td>
                        </tr>
                        <tr>
                            <th scope="row" colspan="3">{summary::INDEX.get(lang)}</th>
                            <td class="num">{percent(sheet.index_percent, lang)}</td>
                        </tr>
                        <tr>
                            <th scope="row" colspan="3">{summary::CLASSIFICATION.get(lang)}</th>
                            <td class="num">{class_label}</td>
                        </tr>
                    </tfoot>
                </table>
                <p class="sheet-note">{export::SHEET_LEGEND.get(lang)}</p>
                {sheet.provisional.then(|| view! { <p class="sheet-note">{summary::PROVISIONAL_HINT.get(lang)}</p> })}
                <div class="signatures">
                    <div class="signature">
                        <p class="sig-date">"\u{00a0}"</p>
                        <p class="sig-role">{export::PREPARER.get(lang)}</p>
                        <p class="sig-note">{export::SIGN_NOTE.get(lang)}</p>
                        <p class="sig-name">{unit.preparer.clone()}</p>
                    </div>
                    <div class="signature">
                        <p class="sig-date">{export::DATE_LINE.get(lang)}</p>
                        <p class="sig-role">{export::CHAIRPERSON_FOR.get(lang)}<br/>{export::CHAIRPERSON.get(lang)}</p>
                        <p class="sig-note">{export::CHAIR_NOTE.get(lang)}</p>
                        <p class="sig-name">{unit.chairperson.clone()}</p>
                    </div>
                </div>
                </div>
            </td></tr></tbody>
            </table>
            </article>
        }
    }
}
