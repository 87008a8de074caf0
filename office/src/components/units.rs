//! The province's expected units, from a CSV or Excel list (par-sheet's `read_units`: BOM, `;`
//! separators and codes that lost their leading zeros tolerated; broken rows said at their
//! cell). A list that does not read changes nothing.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::state::OfficeState;
use crate::store::{ExpectedUnitRecord, StoredUnits};
use crate::texts::units as text;
use par_core::lang::whole_number;
use par_web::components::{FilePicker, Messages};
use par_web::text as t;

#[component]
pub fn Units() -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let messages = RwSignal::new(Vec::<String>::new());
    let on_change = move |ev: web_sys::Event| {
        let Some((input, file)) = par_web::files::picked_file(&ev) else {
            return;
        };
        input.set_value("");
        spawn_local(async move {
            let name = file.name();
            let lang = lang.get_untracked();
            let refused =
                |reason: &str| text::REFUSED.fill(lang, &[("file", &name), ("reason", reason)]);
            let bytes = match par_web::files::read_bytes(&file).await {
                Ok(bytes) => bytes,
                Err(reason) => return messages.set(vec![refused(&reason)]),
            };
            match par_sheet::read_units(&name, &bytes) {
                Ok(list) => {
                    let units = StoredUnits {
                        file_name: name.clone(),
                        units: list
                            .units
                            .into_iter()
                            .map(|u| ExpectedUnitRecord {
                                code: u.code,
                                name: u.name,
                            })
                            .collect(),
                    };
                    let mut said = Vec::new();
                    if list.padded > 0 {
                        said.push(
                            text::PADDED
                                .fill(lang, &[("count", &whole_number(list.padded as u64, lang))]),
                        );
                    }
                    match state.set_units(units).await {
                        Ok(()) => messages.set(said),
                        Err(error) => messages.set(vec![refused(&error.to_string())]),
                    }
                }
                Err(error) => {
                    // The first line says what is wrong; each broken row follows at its cell.
                    let text = error.to_string();
                    let mut lines = text
                        .lines()
                        .map(|l| l.trim().trim_start_matches("- ").to_string());
                    let first = refused(&lines.next().unwrap_or_default());
                    messages.set(std::iter::once(first).chain(lines).collect());
                }
            }
        });
    };
    view! {
        <section class="screen" aria-labelledby="units-heading">
            <h1 id="units-heading">{t(lang, text::HEADING)}</h1>
            <p>{t(lang, text::INTRO)}</p>
            <FilePicker
                lang=lang
                id="units-file"
                label=t(lang, text::PICK)
                described_by="units-messages"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                on_change=on_change
            />
            <Messages id="units-messages".to_string() messages=messages />
            {move || {
                state.units.with(|units| match units {
                    None => view! { <p>{t(lang, text::NONE)}</p> }.into_any(),
                    Some(list) => view! {
                        <p id="units-loaded">{text::LOADED.fill(lang.get(), &[("file", &list.file_name), ("count", &whole_number(list.units.len() as u64, lang.get()))])}</p>
                        <table class="data" id="units-table">
                            <thead><tr><th scope="col">{t(lang, text::CODE)}</th><th scope="col">{t(lang, text::NAME)}</th></tr></thead>
                            <tbody>
                                {list.units.iter().map(|u| view! { <tr><td>{u.code.clone()}</td><td>{u.name.clone()}</td></tr> }).collect_view()}
                            </tbody>
                        </table>
                    }
                    .into_any(),
                })
            }}
        </section>
    }
}
