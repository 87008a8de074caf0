//! How the total adds up: the fields together, then each bonus and penalty group with its sign,
//! then the total — so the figures on the summary sum to the total shown above them (the chart
//! alone leaves out the groups outside the maximum).

use crate::texts::summary;
use leptos::prelude::*;
use par_core::score::{summary_lines, LineKind};

use crate::format::{points, short, signed};
use crate::state::AppState;

#[component]
pub fn SumTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let (lang, set, sheet) = state.scored();
        let groups = summary_lines(&set, &sheet, lang)
            .into_iter()
            .filter(|line| line.kind != LineKind::Field)
            .map(|line| {
                let kind = if line.kind == LineKind::Bonus {
                    "bonus"
                } else {
                    "penalty"
                };
                view! {
                    <tr class=format!("sum-{kind}") data-code=line.code.clone()>
                        <th scope="row">{line.code.clone()} ". " {line.title.clone()}</th>
                        <td class="num">{signed(line.points, lang)}</td>
                        <td class="num">{summary::SUM_CAP.get(lang)} " " {short(line.max, lang)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="sum-table" id="summary-sum">
                <caption>{summary::SUM_HEADING.get(lang)}</caption>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col" class="num">{summary::SUM_POINTS.get(lang)}</th>
                        <th scope="col" class="num">{summary::SUM_MAX.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>
                    <tr class="sum-fields">
                        <th scope="row">{summary::SUM_FIELDS.get(lang)}</th>
                        <td class="num">{points(sheet.fields_points, lang)}</td>
                        <td class="num">{short(sheet.applicable_max, lang)}</td>
                    </tr>
                    {groups}
                </tbody>
                <tfoot>
                    <tr class="sum-total">
                        <th scope="row">{summary::TOTAL.get(lang)}</th>
                        <td class="num" id="summary-sum-total">{points(sheet.total, lang)}</td>
                        <td class="num">{short(sheet.applicable_max, lang)}</td>
                    </tr>
                </tfoot>
            </table>
        }
    }
}
