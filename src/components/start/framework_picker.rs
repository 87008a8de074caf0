//! Choosing the criteria set: the bundled sample, or a province's JSON file. A file is checked
//! with `par_core::load_framework` and every problem is listed with where it is.

use leptos::prelude::*;
use par_web::files;

use leptos::task::spawn_local;
use par_core::{JsonError, LoadError};
use par_web::components::FilePicker;

use crate::format::fill;
use crate::i18n::{t, tr};
use crate::model::bundled;
use crate::state::AppState;
use crate::storage::Session;

/// Larger files are refused before reading: a criteria set is a few hundred kilobytes at most.
const MAX_FILE_BYTES: f64 = 5_242_880.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Sample,
    File,
}

#[derive(Debug, Clone, PartialEq)]
enum FileState {
    None,
    Reading,
    Loaded(String),
    /// File name and every problem as (location, message).
    Rejected(String, Vec<(String, String)>),
}

/// Every problem of a rejected criteria set as (location, message), in Vietnamese.
pub fn load_errors(error: &LoadError) -> Vec<(String, String)> {
    match error {
        LoadError::Json(JsonError::Syntax {
            line,
            column,
            detail,
        }) => vec![(
            fill(
                t(par_core::Lang::Vi).json_position,
                &[("line", line.to_string()), ("column", column.to_string())],
            ),
            detail.clone(),
        )],
        LoadError::Json(JsonError::Content { location, message }) => {
            vec![(location.clone(), message.clone())]
        }
        LoadError::Invalid(problems) => problems
            .iter()
            .map(|p| (p.location.clone(), p.message.clone()))
            .collect(),
    }
}

#[component]
pub fn FrameworkPicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let s = move || t(state.lang.get());
    let session = use_context::<Session>();
    // With drafts, a chosen set goes through the session (kept in storage, drafts upgraded).
    let use_set = move |framework: par_core::Framework, text: Option<&str>| match session {
        Some(session) => session.use_set(framework, text),
        None => state.set_framework(framework),
    };
    let source = RwSignal::new(Source::Sample);
    let file_state = RwSignal::new(FileState::None);

    let use_sample = move |_| {
        source.set(Source::Sample);
        if let Ok(sample) = bundled::framework() {
            use_set(sample, None);
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some((_, file)) = files::picked_file(&ev) else {
            return;
        };
        let name = file.name();
        if file.size() > MAX_FILE_BYTES {
            file_state.set(FileState::Rejected(
                name,
                vec![(
                    String::new(),
                    t(state.lang.get_untracked()).set_file_too_large.into(),
                )],
            ));
            return;
        }
        file_state.set(FileState::Reading);
        spawn_local(async move {
            let text = files::read_text(&file).await.ok();
            let Some(text) = text else {
                let message = t(state.lang.get_untracked())
                    .set_file_unreadable
                    .to_string();
                file_state.set(FileState::Rejected(name, vec![(String::new(), message)]));
                return;
            };
            match par_core::load_framework(&text) {
                Ok(framework) => {
                    use_set(framework, Some(&text));
                    file_state.set(FileState::Loaded(name));
                }
                Err(error) => file_state.set(FileState::Rejected(name, load_errors(&error))),
            }
        });
    };

    let file_feedback = move || match file_state.get() {
        FileState::None => ().into_any(),
        FileState::Reading => view! { <p role="status">{s().set_file_reading}</p> }.into_any(),
        FileState::Loaded(name) => view! {
            <p role="status" class="ok">{s().set_file_loaded} ": " <strong>{name}</strong></p>
        }
        .into_any(),
        FileState::Rejected(name, problems) => view! {
            <div id="framework-errors" class="load-errors" role="alert">
                <p><strong>{s().set_errors_heading} ": " {name}</strong></p>
                <p>{problems.len()} " " {s().set_errors_count}</p>
                <ol>
                    {problems
                        .into_iter()
                        .map(|(location, message)| view! {
                            <li>
                                <Show when={let l = location.clone(); move || !l.is_empty()}>
                                    <code class="location">{location.clone()}</code> ": "
                                </Show>
                                {message}
                            </li>
                        })
                        .collect_view()}
                </ol>
                <p>{s().set_errors_next}</p>
            </div>
        }
        .into_any(),
    };

    view! {
        <fieldset class="set-picker">
            <legend>{tr(lang, |s| s.set_legend)}</legend>
            <div class="choice">
                <input
                    type="radio"
                    id="source-sample"
                    name="framework-source"
                    prop:checked=move || source.get() == Source::Sample
                    on:change=use_sample
                />
                <label for="source-sample">{tr(lang, |s| s.set_sample)}</label>
            </div>
            <div class="choice">
                <input
                    type="radio"
                    id="source-file"
                    name="framework-source"
                    prop:checked=move || source.get() == Source::File
                    on:change=move |_| source.set(Source::File)
                />
                <label for="source-file">{tr(lang, |s| s.set_file)}</label>
            </div>
            <Show when=move || source.get() == Source::File>
                <FilePicker
                    lang=lang
                    id="framework-file"
                    label=tr(lang, |s| s.set_file_label)
                    accept=".json,application/json"
                    on_change=on_file
                />
                {file_feedback}
            </Show>
        </fieldset>
    }
}
