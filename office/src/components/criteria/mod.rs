//! The criteria-set screen: the sets the office has (bundled and stored) with what identifies
//! each; loading the spreadsheet template, its sheets as CSV files or a JSON set (par-sheet's
//! `read_set_files`: every problem at its cell or JSON path, a sentence for any other file,
//! nothing stored); storing a set that passes (then used to verify files) and downloading its
//! JSON for the communes; the read-only preview as a commune walks it; and the comparison of two
//! versions (par-core's `change_report`, the list `par framework diff` prints).

mod compare;
mod preview;

use leptos::prelude::*;
use leptos::task::spawn_local;

use par_core::describe::points_text;
use par_core::lang::whole_number;
use par_core::submission::{framework_hash, hash_prefix};
use par_core::{Framework, Lang, Text};
use par_sheet::{read_set_files, SetFileError, SetFileProblem, MAX_SET_FILE_BYTES};
use par_web::components::{FilesPicker, Messages};
use par_web::text as t;

use crate::batch::BUNDLED_SETS;
use crate::state::OfficeState;
use crate::texts::criteria as text;

use compare::Compare;
use preview::Preview;

/// One set the screen can show: known to the office, or just loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub hash: String,
    pub set: Framework,
    pub bundled: bool,
    /// Loaded from a file on this screen and not stored (yet).
    pub loaded: bool,
}

impl Choice {
    /// “mau-xa-2025 2026.1” (id and version), what names a set in the office's words.
    pub fn name(&self) -> String {
        set_name(&self.set)
    }

    /// The option's label in a list of sets.
    pub fn label(&self, lang: Lang) -> String {
        let mut label = format!("{} — {} {}", self.set.province, self.set.year, self.name());
        if self.loaded {
            label.push(' ');
            label.push_str(text::LOADED_CHOICE.get(lang));
        }
        label
    }
}

pub fn set_name(set: &Framework) -> String {
    par_core::one_line(&format!("{} {}", set.id, set.version)).into_owned()
}

/// The file name a set's JSON is offered under (par-web's `file_stem`: letters, digits, `-`).
pub fn json_file_name(set: &Framework) -> String {
    let stem = par_web::download::file_stem(
        &format!("bo-tieu-chi-{}-{}", set.id, set.version),
        "bo-tieu-chi",
    );
    format!("{stem}.json")
}

/// A set just read from a file.
#[derive(Debug, Clone, PartialEq)]
struct Loaded {
    file: String,
    set: Framework,
    hash: String,
}

/// What the screen read, kept while the office visits other screens (provided by the app):
/// a set loaded but not stored yet is still there on coming back.
#[derive(Debug, Clone, Copy)]
pub struct CriteriaState {
    loaded: RwSignal<Option<Loaded>>,
    problems: RwSignal<Vec<SetFileProblem>>,
    messages: RwSignal<Vec<String>>,
    notes: RwSignal<Vec<String>>,
    /// Files read so far: tests wait for the next one to be said.
    reads: RwSignal<u32>,
}

impl Default for CriteriaState {
    fn default() -> Self {
        CriteriaState {
            loaded: RwSignal::new(None),
            problems: RwSignal::new(Vec::new()),
            messages: RwSignal::new(Vec::new()),
            notes: RwSignal::new(Vec::new()),
            reads: RwSignal::new(0),
        }
    }
}

/// The effective choice for a picker: the one picked if it still exists, else `fallback`.
pub fn pick(
    choices: &[Choice],
    picked: Option<String>,
    fallback: Option<&Choice>,
) -> Option<Choice> {
    picked
        .and_then(|hash| choices.iter().find(|c| c.hash == hash).cloned())
        .or_else(|| fallback.cloned())
}

/// A `<select>` of the sets, labelled, telling `picked` which hash was chosen.
#[component]
pub fn SetSelect(
    id: &'static str,
    label: Text,
    choices: Signal<Vec<Choice>>,
    current: Signal<Option<Choice>>,
    picked: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    view! {
        <label class="set-select">
            <span>{t(lang, label)}</span>
            <select id=id on:change=move |ev| picked.set(Some(event_target_value(&ev)))>
                {move || {
                    let current = current.get().map(|c| c.hash);
                    choices
                        .get()
                        .into_iter()
                        .map(|choice| {
                            let selected = current.as_deref() == Some(choice.hash.as_str());
                            view! {
                                <option value=choice.hash.clone() selected=selected>
                                    {choice.label(lang.get())}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </label>
    }
}

#[component]
pub fn Criteria() -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let CriteriaState {
        loaded,
        problems,
        messages,
        notes,
        reads,
    } = use_context::<CriteriaState>().unwrap_or_default();
    let bundled: Vec<String> = BUNDLED_SETS
        .iter()
        .filter_map(|text| par_core::load_framework(text).ok())
        .map(|set| framework_hash(&set))
        .collect();
    let choices = Signal::derive(move || {
        let mut all: Vec<Choice> = state.sets.with(|sets| {
            sets.iter()
                .map(|known| Choice {
                    hash: known.sha256.clone(),
                    set: known.framework.clone(),
                    bundled: bundled.contains(&known.sha256),
                    loaded: false,
                })
                .collect()
        });
        if let Some(loaded) = loaded.get() {
            if !all.iter().any(|c| c.hash == loaded.hash) {
                all.push(Choice {
                    hash: loaded.hash,
                    set: loaded.set,
                    bundled: false,
                    loaded: true,
                });
            }
        }
        all
    });

    let read_files = move |files: Vec<web_sys::File>| async move {
        {
            let lang = lang.get_untracked();
            let names: Vec<String> = files.iter().map(web_sys::File::name).collect();
            let name = names.join(", ");
            loaded.set(None);
            problems.set(Vec::new());
            notes.set(Vec::new());
            let refused =
                |reason: &str| text::REFUSED.fill(lang, &[("file", &name), ("reason", reason)]);
            // Refused before a byte is read: an oversized file never reaches memory.
            let size: f64 = files.iter().map(|f| f.size()).sum();
            if size > MAX_SET_FILE_BYTES as f64 {
                let error = SetFileError::TooLarge {
                    size: size as usize,
                    limit: MAX_SET_FILE_BYTES,
                };
                return messages.set(vec![refused(&error.to_string())]);
            }
            messages.set(vec![text::READING.fill(lang, &[("file", &name)])]);
            par_web::clock::next_frame().await;
            let mut picked = Vec::with_capacity(files.len());
            for (file, name) in files.iter().zip(names) {
                match par_web::files::read_bytes(file).await {
                    Ok(bytes) => picked.push((name, bytes)),
                    Err(reason) => return messages.set(vec![refused(&reason)]),
                }
            }
            let started = par_web::clock::now_ms();
            let read = read_set_files(&picked);
            let ms = (par_web::clock::now_ms() - started).round().max(0.0) as u64;
            match read {
                Ok(set) => {
                    let hash = framework_hash(&set);
                    messages.set(Vec::new());
                    notes.set(vec![text::LOADED.fill(
                        lang,
                        &[
                            ("file", &name),
                            ("ms", &whole_number(ms, lang)),
                            ("name", &set_name(&set)),
                        ],
                    )]);
                    loaded.set(Some(Loaded {
                        file: name.clone(),
                        set,
                        hash,
                    }));
                }
                Err(SetFileError::Problems(found)) => {
                    messages.set(vec![text::PROBLEMS.fill(
                        lang,
                        &[
                            ("file", &name),
                            ("count", &whole_number(found.len() as u64, lang)),
                        ],
                    )]);
                    problems.set(found);
                }
                Err(other) => messages.set(vec![refused(&other.to_string())]),
            }
        }
    };

    let on_change = move |ev: web_sys::Event| {
        let files = par_web::files::picked_files(&ev);
        par_web::files::clear_input(&ev);
        if files.is_empty() {
            return;
        }
        spawn_local(async move {
            read_files(files).await;
            reads.update(|n| *n += 1);
        });
    };
    let store = move |_| {
        let Some(current) = loaded.get_untracked() else {
            return;
        };
        spawn_local(async move {
            let lang = lang.get_untracked();
            let name = set_name(&current.set);
            let same = state.sets.with_untracked(|sets| {
                sets.iter()
                    .find(|k| {
                        k.framework.id == current.set.id
                            && k.framework.version == current.set.version
                    })
                    .map(|k| k.sha256.clone())
            });
            let said = match same {
                Some(hash) if hash == current.hash => text::ALREADY.fill(lang, &[("name", &name)]),
                Some(hash) => {
                    return messages.set(vec![text::CONFLICT
                        .fill(lang, &[("name", &name), ("hash", &hash_prefix(&hash))])])
                }
                None => {
                    let key = format!("{}@{}", current.set.id, current.set.version);
                    match state.add_set(&key, current.set.to_file_text()).await {
                        Ok(()) => text::STORED_NOW.fill(lang, &[("name", &name)]),
                        Err(error) => return messages.set(vec![error.to_string()]),
                    }
                }
            };
            messages.set(Vec::new());
            notes.update(|notes| notes.push(said));
        });
    };

    let download = move |set: &Framework| {
        if let Err(reason) =
            par_web::download::download_json(&json_file_name(set), &set.to_file_text())
        {
            messages.set(vec![reason]);
        }
    };

    let preview_pick = RwSignal::new(None::<String>);
    let preview_choice = Signal::derive(move || {
        let all = choices.get();
        let fallback = all.iter().find(|c| c.loaded).or(all.first()).cloned();
        pick(&all, preview_pick.get(), fallback.as_ref())
    });

    view! {
        <section class="screen criteria" aria-labelledby="criteria-heading" data-reads=move || reads.get().to_string()>
            <h1 id="criteria-heading">{t(lang, text::HEADING)}</h1>
            <p>{t(lang, text::INTRO)}</p>

            <h2 id="known-sets-heading">{t(lang, text::KNOWN_HEADING)}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="known-sets-heading">
                <table class="data" id="known-sets">
                    <thead>
                        <tr>
                            <th scope="col">{t(lang, text::COL_PROVINCE)}</th>
                            <th scope="col">{t(lang, text::COL_YEAR)}</th>
                            <th scope="col">{t(lang, text::COL_VERSION)}</th>
                            <th scope="col">{t(lang, text::COL_DECISION)}</th>
                            <th scope="col">{t(lang, text::COL_ITEMS)}</th>
                            <th scope="col">{t(lang, text::COL_MAX)}</th>
                            <th scope="col">{t(lang, text::COL_HASH)}</th>
                            <th scope="col">{t(lang, text::COL_SOURCE)}</th>
                            <th scope="col">{t(lang, text::COL_FILE)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let lang_now = lang.get();
                            choices
                                .get()
                                .into_iter()
                                .filter(|c| !c.loaded)
                                .map(|choice| {
                                    let set = choice.set.clone();
                                    let label = text::DOWNLOAD_NAMED
                                        .fill(lang_now, &[("name", &choice.name())]);
                                    view! {
                                        <tr data-hash=choice.hash.clone()>
                                            <td>{set.province.clone()}</td>
                                            <td class="num">{set.year.to_string()}</td>
                                            <td>{set.version.clone()}</td>
                                            <td>{par_core::changes::decision(&set)}</td>
                                            <td class="num">{whole_number(set.leaves().count() as u64, lang_now)}</td>
                                            <td class="num">{points_text(set.max_points(), lang_now)}</td>
                                            <td><code>{hash_prefix(&choice.hash)}</code></td>
                                            <td>{if choice.bundled { text::BUNDLED.get(lang_now) } else { text::STORED.get(lang_now) }}</td>
                                            <td>
                                                <button type="button" class="button-secondary download-set" aria-label=label on:click=move |_| download(&set)>
                                                    {text::DOWNLOAD.get(lang_now)}
                                                </button>
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>

            <h2>{t(lang, text::LOAD_HEADING)}</h2>
            <FilesPicker
                lang=lang
                id="set-file"
                label=t(lang, text::PICK)
                accept=".xlsx,.json,.csv,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                on_change=on_change
            />
            <Messages id="set-messages".to_string() messages=messages />
            <Show when=move || problems.with(|p| !p.is_empty())>
                <ol id="set-problems" class="set-problems">
                    {move || {
                        problems
                            .get()
                            .into_iter()
                            .map(|p| {
                                let place = if p.place.is_empty() {
                                    text::WHOLE_FILE.get(lang.get()).to_string()
                                } else {
                                    p.place
                                };
                                view! {
                                    <li>
                                        <span class="place">{place}</span>
                                        ": "
                                        {p.message}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ol>
            </Show>
            <Messages id="set-notes".to_string() messages=notes kind="note" />
            {move || {
                loaded.get().map(|current| {
                    let set = current.set.clone();
                    view! {
                        <div class="actions" id="loaded-set" data-file=current.file.clone() data-hash=current.hash.clone()>
                            <button type="button" class="button" id="store-set" on:click=store>
                                {t(lang, text::STORE)}
                            </button>
                            <button type="button" class="button-secondary" id="download-loaded-set" on:click=move |_| download(&set)>
                                {t(lang, text::DOWNLOAD)}
                            </button>
                        </div>
                    }
                })
            }}

            <h2 id="preview-heading">{t(lang, text::PREVIEW_HEADING)}</h2>
            <p>{t(lang, text::PREVIEW_INTRO)}</p>
            <SetSelect id="preview-set" label=text::PREVIEW_PICK choices=choices current=preview_choice picked=preview_pick />
            {move || preview_choice.get().map(|choice| view! { <Preview set=choice.set /> })}

            <h2 id="compare-heading">{t(lang, text::COMPARE_HEADING)}</h2>
            <p>{t(lang, text::COMPARE_INTRO)}</p>
            <Compare choices=choices />
        </section>
    }
}
