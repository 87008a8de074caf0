//! Every text of the interface, in Vietnamese (default, full diacritics) and English.
//!
//! A struct rather than a key → string map so that a text missing in one language is a compile
//! error. Texts of the criteria set itself come from the set (`Lang::pick`), and messages about
//! answers come from `par-core` (`ProblemKind::message`).

use par_core::Lang;

pub struct Strings {
    pub app_title: &'static str,
    /// The link to the appraising office's app, at the foot of the start screen.
    pub office_link: &'static str,
    pub skip_to_content: &'static str,
    pub skip_to_criterion: &'static str,
    pub tabs_label: &'static str,
    pub tab_start: &'static str,
    pub tab_walk: &'static str,
    pub tab_summary: &'static str,
    pub bundled_error: &'static str,

    // start screen
    pub start_heading: &'static str,
    pub start_step_set: &'static str,
    pub start_step_unit: &'static str,
    pub start_step_score: &'static str,
    pub start_notice_new: &'static str,
    pub start_notice_unit_first: &'static str,
    pub set_legend: &'static str,
    pub set_sample: &'static str,
    pub set_file: &'static str,
    pub set_file_label: &'static str,
    pub set_file_reading: &'static str,
    pub set_file_loaded: &'static str,
    pub set_file_unreadable: &'static str,
    pub set_file_too_large: &'static str,
    pub set_errors_heading: &'static str,
    /// What to do with the list of problems of a criteria-set file.
    pub set_errors_next: &'static str,
    pub set_errors_count: &'static str,
    pub json_position: &'static str,
    pub info_province: &'static str,
    pub info_year: &'static str,
    pub info_version: &'static str,
    pub info_decision: &'static str,
    pub info_decision_line: &'static str,
    pub info_appraising_body: &'static str,
    pub info_evidence_policy: &'static str,
    pub policy_zero: &'static str,
    pub policy_explanation: &'static str,
    pub info_size: &'static str,
    pub info_fields: &'static str,
    pub info_criteria: &'static str,
    pub info_items: &'static str,
    pub info_max: &'static str,
    pub notice: &'static str,
    pub unit_heading: &'static str,
    pub unit_province: &'static str,
    pub unit_name: &'static str,
    pub unit_name_hint: &'static str,
    pub unit_code: &'static str,
    pub unit_code_hint: &'static str,
    pub unit_year: &'static str,
    pub unit_preparer: &'static str,
    pub unit_chairperson: &'static str,
    pub unit_has_problems: &'static str,
    pub start_button: &'static str,

    // walk-through
    pub nav_label: &'static str,
    pub nav_toggle: &'static str,
    pub field: &'static str,
    pub criterion: &'static str,
    pub adjustments: &'static str,
    pub bonus: &'static str,
    pub penalty: &'static str,
    pub cap: &'static str,
    pub points_unit: &'static str,
    pub items_done: &'static str,
    /// Example in an empty date box (day/month/year).
    pub date_placeholder: &'static str,
    pub score_label: &'static str,
    pub deduction_label: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub to_summary: &'static str,
    pub page_of: &'static str,
    pub pager_label: &'static str,
    pub how_scored: &'static str,
    pub guidance: &'static str,
    pub status_scored: &'static str,
    pub status_unanswered: &'static str,
    pub status_invalid: &'static str,
    pub status_excluded: &'static str,
    pub status_pending_survey: &'static str,
    pub status_pending_office: &'static str,
    pub pending_survey_note: &'static str,
    pub pending_office_note: &'static str,
    pub answer_legend: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub percent_label: &'static str,
    pub count_label: &'static str,
    pub parts_legend: &'static str,
    pub rate: &'static str,
    pub ratio_needs_both: &'static str,
    pub numerator_prefix: &'static str,
    pub denominator_prefix: &'static str,
    pub clear_answer: &'static str,
    pub not_applicable: &'static str,
    /// Not applicable on an item that then gets its full points.
    pub not_applicable_full: &'static str,
    /// Not applicable on an item that then leaves the maximum.
    pub not_applicable_excluded: &'static str,
    pub evidence_legend: &'static str,
    pub evidence_needed: &'static str,
    pub evidence_required: &'static str,
    pub evidence_optional: &'static str,
    pub evidence_none: &'static str,
    pub evidence_row: &'static str,
    pub evidence_number: &'static str,
    pub evidence_date: &'static str,
    pub evidence_issuer: &'static str,
    pub evidence_location: &'static str,
    pub evidence_note: &'static str,
    pub evidence_add: &'static str,
    pub evidence_remove: &'static str,
    pub evidence_remove_confirm: &'static str,
    pub evidence_remove_yes: &'static str,
    pub evidence_keep: &'static str,
    pub explanation: &'static str,
    pub explanation_required: &'static str,

    // score bar and summary
    pub score_bar_label: &'static str,
    pub total: &'static str,
    pub index: &'static str,
    pub classification: &'static str,
    pub not_classified: &'static str,
    pub pending_points: &'static str,
    pub provisional: &'static str,
    pub provisional_hint: &'static str,
    pub progress: &'static str,
    pub summary_heading: &'static str,
    pub summary_unit: &'static str,
    pub chart_heading: &'static str,
    pub chart_pending: &'static str,
    /// The summary of a <details> holding what only a technician or the office needs.
    pub technical_details: &'static str,
    /// Under the chart when a field's items were excluded: what its two maxima are.
    pub chart_declared_max: &'static str,
    pub sum_heading: &'static str,
    pub sum_fields: &'static str,
    pub sum_cap: &'static str,
    pub sum_points: &'static str,
    pub sum_max: &'static str,
    pub result_heading: &'static str,
    pub applicable_max: &'static str,
    pub problems_heading: &'static str,
    pub problems_none: &'static str,
    pub problems_count: &'static str,
    pub problem_unknown_item: &'static str,
}

/// Texts of drafts, autosave, backups and offline use.
pub struct DraftTexts {
    pub status_nothing: &'static str,
    pub status_pending: &'static str,
    pub status_saved: &'static str,
    pub status_full: &'static str,
    pub status_failed: &'static str,
    pub status_stale: &'static str,
    pub status_read_only: &'static str,
    pub full_message: &'static str,
    pub read_only_message: &'static str,
    pub stale_message: &'static str,
    pub take_over: &'static str,
    pub retry_save: &'static str,
    pub download_backup: &'static str,
    pub download_all: &'static str,
    pub quarantine_message: &'static str,
    pub quarantine_earlier: &'static str,
    pub quarantine_download: &'static str,
    pub quarantine_delete: &'static str,
    pub dismiss: &'static str,
    pub update_message: &'static str,
    pub update_reload: &'static str,
    pub drafts_heading: &'static str,
    pub drafts_intro: &'static str,
    pub drafts_none: &'static str,
    pub new_draft: &'static str,
    pub col_name: &'static str,
    pub col_unit: &'static str,
    pub col_year: &'static str,
    pub col_set: &'static str,
    pub col_progress: &'static str,
    pub col_saved: &'static str,
    pub col_actions: &'static str,
    pub progress_line: &'static str,
    pub set_missing: &'static str,
    pub open: &'static str,
    pub open_current: &'static str,
    pub rename: &'static str,
    pub rename_label: &'static str,
    pub save_name: &'static str,
    pub cancel: &'static str,
    pub duplicate: &'static str,
    pub duplicate_note: &'static str,
    pub copy_suffix: &'static str,
    pub download_one: &'static str,
    pub delete: &'static str,
    pub delete_confirm: &'static str,
    pub delete_yes: &'static str,
    pub restore_label: &'static str,
    pub restore_done: &'static str,
    pub restore_error: &'static str,
    pub restore_failed: &'static str,
    pub restore_sets: &'static str,
    pub restore_newer: &'static str,
    pub restore_replace: &'static str,
    pub restore_keep: &'static str,
    pub storage_heading: &'static str,
    pub persist_granted: &'static str,
    pub persist_denied: &'static str,
    pub persist_unknown: &'static str,
    pub usage_line: &'static str,
    pub estimate_line: &'static str,
    pub changes_heading: &'static str,
    pub changes_intro: &'static str,
    pub changes_old_value: &'static str,
    pub changes_done: &'static str,
    pub reminder_field: &'static str,
    pub reminder_export: &'static str,
    pub set_missing_notice: &'static str,
    pub set_store_failed: &'static str,
    pub reminder_dismiss: &'static str,
}

mod en;
mod export;
mod vi;

pub use export::{te, ter, ExportStrings};

pub use en::{DRAFTS_EN, EN};
pub use vi::{DRAFTS_VI, VI};

/// The drafts texts for `lang`.
pub fn dt(lang: Lang) -> &'static DraftTexts {
    match lang {
        Lang::Vi => &DRAFTS_VI,
        Lang::En => &DRAFTS_EN,
    }
}

/// A drafts text that follows the language (see [`tr`]).
pub fn dtr(
    lang: leptos::prelude::RwSignal<Lang>,
    pick: fn(&'static DraftTexts) -> &'static str,
) -> leptos::prelude::Signal<&'static str> {
    use leptos::prelude::Get;
    leptos::prelude::Signal::derive(move || pick(dt(lang.get())))
}

/// The interface texts for `lang`.
pub fn t(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

/// An interface text that follows the language. Every such text is the same type,
/// `Signal<&str>`, so the page compiles one piece of rendering code for all of them instead of
/// one per closure (this keeps the wasm download small).
pub fn tr(
    lang: leptos::prelude::RwSignal<Lang>,
    pick: fn(&'static Strings) -> &'static str,
) -> leptos::prelude::Signal<&'static str> {
    use leptos::prelude::Get;
    leptos::prelude::Signal::derive(move || pick(t(lang.get())))
}
