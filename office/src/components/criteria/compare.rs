//! Two versions of a set side by side: what changed, in the words an official reads
//! (par-core's `change_report`, the list `par framework diff` prints and the commune app shows
//! when a draft moves to the new version).

use leptos::prelude::*;

use par_core::changes::change_report;
use par_core::lang::whole_number;

use super::{pick, set_name, Choice, SetSelect};
use crate::state::OfficeState;
use crate::texts::criteria as text;

#[component]
pub fn Compare(choices: Signal<Vec<Choice>>) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let old_pick = RwSignal::new(None::<String>);
    let new_pick = RwSignal::new(None::<String>);
    // By default: the first set the office has against the one just loaded (or the last).
    let old = Signal::derive(move || {
        let all = choices.get();
        pick(&all, old_pick.get(), all.first())
    });
    let new = Signal::derive(move || {
        let all = choices.get();
        let fallback = all.iter().find(|c| c.loaded).or(all.last()).cloned();
        pick(&all, new_pick.get(), fallback.as_ref())
    });
    let report = move || {
        let (Some(old), Some(new)) = (old.get(), new.get()) else {
            return None;
        };
        let lang = lang.get();
        let report = change_report(&old.set, &new.set, lang);
        let names = [("old", set_name(&old.set)), ("new", set_name(&new.set))];
        let fill = |text: par_core::Text, count: Option<String>| {
            let mut values: Vec<(&str, &str)> =
                names.iter().map(|(k, v)| (*k, v.as_str())).collect();
            if let Some(count) = &count {
                values.push(("count", count));
            }
            text.fill(lang, &values)
        };
        if report.is_empty() {
            return Some(view! { <p id="compare-summary">{fill(text::SAME, None)}</p> }.into_any());
        }
        let count = whole_number(report.items.len() as u64, lang);
        let header = (!report.header.is_empty()).then(|| {
            view! {
                <p class="compare-set-heading">{text::SET_CHANGES.get(lang)}</p>
                <ul id="compare-header">
                    {report.header.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}
                </ul>
            }
        });
        let items = report.items.into_iter().map(|line| {
            let before_after = line.before_after.map(|(was, now)| {
                view! {
                    <dl class="before-after">
                        <dt>{text::BEFORE.get(lang)}</dt><dd>{was}</dd>
                        <dt>{text::NOW.get(lang)}</dt><dd>{now}</dd>
                    </dl>
                }
            });
            view! {
                <li class="change" data-code=line.code.clone() data-kind=format!("{:?}", line.kind)>
                    <p>
                        <span class="code">{line.code.clone()}</span>" "{line.title.clone()}": "
                        <span class="change-message">{line.message}</span>
                    </p>
                    {before_after}
                </li>
            }
        });
        Some(
            view! {
                <p id="compare-summary">{fill(text::CHANGES, Some(count))}</p>
                {header}
                <ul id="compare-items" class="compare-items">{items.collect_view()}</ul>
            }
            .into_any(),
        )
    };
    view! {
        <div class="compare-pickers">
            <SetSelect id="compare-old" label=text::COMPARE_OLD choices=choices current=old picked=old_pick />
            <SetSelect id="compare-new" label=text::COMPARE_NEW choices=choices current=new picked=new_pick />
        </div>
        <div id="compare-result" aria-live="polite">{report}</div>
    }
}
