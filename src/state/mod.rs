//! The app's state: a few typed signals in one [`AppState`], provided through context.
//! Reading and moving around are here; every change to the answers and to the unit is a method
//! in `editing.rs`, so the rules "nothing typed is ever lost" and "bad input never scores" live
//! in one place:
//! - `answers` holds only parsed, well-formed values; `sheet` rescores them on every change.
//! - `raw` holds the text of every number or date box exactly as typed, keyed by the element id.
//!   A box shows its raw text when there is one, so "abc" stays in the box beside its error and
//!   "97,50" is not rewritten to "97,5" while typing; an unparsable text lives only here.

mod draft;
mod editing;
mod evidence;
mod round;

pub use draft::{display_name, Draft};

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use leptos::prelude::*;
use par_core::answers::{Answer, AnswerValue, Answers};
use par_core::decimal::Decimal;
use par_core::draft::ExportRecord;
use par_core::problems::ProblemKind;
use par_core::rule::Rule;
use par_core::{score, Framework, Lang, ScoreSheet, UnitInfo};

use crate::model::problem_target::{focus_id, group_focus_id, input_id, slot, Slot};
use crate::signing::StoredKey;
use par_core::input::{read_number, InputError, NumberBox};
use par_core::pages::{page_to_fix, pages, Page};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    Walk,
    Summary,
    /// Check, sign and download the submission file; the unit's key; the printed score sheet.
    Export,
}

/// What the start screen says at its top after a button took the user there, so the button's
/// effect is visible (a new, empty draft looks like the old screen otherwise).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartNotice {
    /// "Bản nháp mới" opened an empty draft.
    NewDraft,
    /// "Chấm điểm" was pressed before the unit was entered.
    UnitFirst,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RatioSide {
    Numerator,
    Denominator,
}

impl RatioSide {
    /// This side of a stored ratio answer, if the answer is a ratio.
    pub fn of(self, value: Option<&AnswerValue>) -> Option<Decimal> {
        match value {
            Some(AnswerValue::Ratio {
                numerator,
                denominator,
            }) => Some(match self {
                RatioSide::Numerator => *numerator,
                RatioSide::Denominator => *denominator,
            }),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceField {
    Number,
    Date,
    Issuer,
    Location,
    Note,
}

impl EvidenceField {
    /// The field's name in CSS classes (`evidence-date`).
    pub fn css_name(self) -> &'static str {
        match self {
            Self::Number => "number",
            Self::Date => "date",
            Self::Issuer => "issuer",
            Self::Location => "location",
            Self::Note => "note",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum UnitField {
    Province,
    Name,
    Code,
    Year,
    Preparer,
    Chairperson,
}

/// Text of number and date boxes as typed, keyed by element id.
pub type RawInputs = BTreeMap<String, String>;

/// Element id of a ratio's denominator box (the numerator is the item's [`input_id`]).
pub fn denominator_id(code: &str) -> String {
    format!("input-{code}-den")
}

pub fn evidence_input_id(code: &str, index: usize, field: EvidenceField) -> String {
    format!("evidence-{code}-{index}-{}", field.css_name())
}

pub const UNIT_YEAR_ID: &str = "unit-year";
/// Id of the walk-through's criterion heading, focused when the page changes.
pub const CRITERION_HEADING_ID: &str = "criterion-heading";

#[derive(Clone, Copy)]
pub struct AppState {
    pub framework: RwSignal<Arc<Framework>>,
    pub pages: Memo<Arc<Vec<Page>>>,
    pub unit: RwSignal<UnitInfo>,
    pub answers: RwSignal<Answers>,
    pub raw: RwSignal<RawInputs>,
    /// Index into `pages` of the page shown in the walk-through.
    pub current: RwSignal<usize>,
    pub lang: RwSignal<Lang>,
    pub screen: RwSignal<Screen>,
    /// The score of the answers so far, recomputed by `par_core::score` on every change.
    pub sheet: Memo<ScoreSheet>,
    /// Id of an element to focus once it is rendered (after a jump or a page change).
    pub focus_request: RwSignal<Option<String>>,
    /// Set by a jump to an item (from the summary or the export screen): the focused input's
    /// item card is shown from its title, not only the input.
    pub reveal_item: RwSignal<bool>,
    /// Set once the user tried to start: from then on every unit problem is shown.
    pub unit_checked: RwSignal<bool>,
    /// Said at the top of the start screen (see [`StartNotice`]); cleared on leaving it.
    pub start_notice: RwSignal<Option<StartNotice>>,
    /// The name the user gave the open draft; empty for its unit and year. Persisted with it.
    pub draft_name: RwSignal<String>,
    /// Signed files exported so far, oldest first (the next export is revision n+1 replacing
    /// the last hash). Persisted with the draft.
    pub exports: RwSignal<Vec<ExportRecord>>,
    /// Changes from a criteria-set upgrade the user has not reviewed yet (kept with the draft).
    pub pending_changes: RwSignal<Vec<par_core::draft::FrameworkChange>>,
    /// Which set the draft is made on, with its hash (computed once per set, not per save).
    pub framework_key: Memo<par_core::draft::FrameworkKey>,
    /// The unit's signing key, once read from local storage or created (see `crate::signing`).
    pub signing_key: RwSignal<Option<StoredKey>>,
    /// The appraisal round of the open draft (files received and sent, answers being written).
    /// Persisted with the draft.
    pub round: RwSignal<par_core::appraisal::RoundRecord>,
    /// Another tab edits this draft (or this tab's copy is out of date): every edit is refused
    /// until the user takes over (`storage::Session::take_over`).
    pub read_only: RwSignal<bool>,
    /// Answers of other criteria sets opened in this session, so switching back restores them.
    stash: StoredValue<HashMap<String, (Answers, RawInputs)>>,
}

fn set_key(framework: &Framework) -> String {
    format!("{}@{}", framework.id, framework.version)
}

impl AppState {
    /// The page's language, the criteria set and its score sheet, tracked: what a view of the
    /// scores (summary, chart, printed sheet) re-renders from.
    pub fn scored(&self) -> (Lang, Arc<Framework>, ScoreSheet) {
        (self.lang.get(), self.framework.get(), self.sheet.get())
    }

    pub fn new(framework: Framework) -> Self {
        let unit = UnitInfo::blank_for(&framework);
        let answers = RwSignal::new(Answers::new(&framework.id, &framework.version));
        let framework = RwSignal::new(Arc::new(framework));
        let sheet = Memo::new(move |_| framework.with(|set| answers.with(|a| score(set, a))));
        let pages = Memo::new(move |_| Arc::new(framework.with(|set| pages(set))));
        let framework_key =
            Memo::new(move |_| framework.with(|set| par_core::draft::FrameworkKey::of(set)));
        AppState {
            framework,
            pages,
            unit: RwSignal::new(unit),
            answers,
            raw: RwSignal::new(RawInputs::new()),
            current: RwSignal::new(0),
            lang: RwSignal::new(Lang::Vi),
            screen: RwSignal::new(Screen::Start),
            sheet,
            focus_request: RwSignal::new(None),
            reveal_item: RwSignal::new(false),
            unit_checked: RwSignal::new(false),
            start_notice: RwSignal::new(None),
            draft_name: RwSignal::new(String::new()),
            exports: RwSignal::new(Vec::new()),
            pending_changes: RwSignal::new(Vec::new()),
            framework_key,
            signing_key: RwSignal::new(None),
            round: RwSignal::new(Default::default()),
            read_only: RwSignal::new(false),
            stash: StoredValue::new(HashMap::new()),
        }
    }

    /// Switches to another criteria set, keeping the answers of the current one for later.
    pub fn set_framework(&self, framework: Framework) {
        let old_key = self.framework.with_untracked(|set| set_key(set));
        let new_key = set_key(&framework);
        if old_key == new_key {
            self.framework.set(Arc::new(framework));
            return;
        }
        let old = (self.answers.get_untracked(), self.raw.get_untracked());
        let restored = self.stash.try_update_value(|stash| {
            stash.insert(old_key, old);
            stash.remove(&new_key)
        });
        let (answers, raw) = restored.flatten().unwrap_or_else(|| {
            (
                Answers::new(&framework.id, &framework.version),
                RawInputs::new(),
            )
        });
        self.unit.update(|unit| {
            if unit.province.trim().is_empty() {
                unit.province = framework.province.clone();
            }
        });
        self.answers.set(answers);
        self.raw.set(raw);
        self.current.set(0);
        self.framework.set(Arc::new(framework));
    }

    /// Replaces the answers, unit and typed text only (a newer copy saved by another tab).
    pub fn replace_content(&self, unit: UnitInfo, answers: Answers, raw: RawInputs) {
        self.unit.set(unit);
        self.answers.set(answers);
        self.raw.set(raw);
    }

    // ----- reading -------------------------------------------------------------------------

    /// The answer of `code` (tracked).
    pub fn answer(&self, code: &str) -> Option<Answer> {
        self.answers.with(|a| a.get(code).cloned())
    }

    /// The classification reached, as the set names it in the language shown (tracked).
    pub fn classification_label(&self) -> String {
        let label = self.sheet.with(|sh| sh.classification.clone());
        self.framework
            .with(|set| crate::format::classification(set, label.as_deref(), self.lang.get()))
    }

    /// The score sheet's messages about one part of item `code` (its value, not-applicable
    /// choice or evidence), in the language shown. "Unanswered" is left out: the item's status
    /// badge says it.
    pub fn slot_messages(&self, code: &str, part: Slot) -> Vec<String> {
        let lang = self.lang.get();
        // The item's own labels make the message ("Số hồ sơ đúng hạn" cannot exceed …).
        self.framework.with(|set| {
            let item = set.leaf(code).map(|leaf| leaf.item);
            self.sheet.with(|sh| {
                sh.problems_of(code)
                    .filter(|kind| slot(kind) == part && **kind != ProblemKind::Unanswered)
                    .map(|kind| match item {
                        Some(item) => kind.message_for(item, lang),
                        None => kind.message(lang),
                    })
                    .collect()
            })
        })
    }

    /// `read` of the answer for `code` (tracked), without copying it: for one field of it.
    pub fn with_answer<T>(&self, code: &str, read: impl FnOnce(Option<&Answer>) -> T) -> T {
        self.answers.with(|a| read(a.get(code)))
    }

    pub fn value(&self, code: &str) -> Option<AnswerValue> {
        self.answers
            .with(|a| a.get(code).and_then(|answer| answer.value.clone()))
    }

    pub fn raw_text(&self, id: &str) -> Option<String> {
        self.raw.with(|raw| raw.get(id).cloned())
    }

    /// What a number box shows: the text typed, or the stored value written for `lang`.
    pub fn box_text(&self, id: &str, stored: impl FnOnce() -> Option<Decimal>) -> String {
        self.raw_text(id).unwrap_or_else(|| {
            stored()
                .map(|d| crate::format::short(d, self.lang.get()))
                .unwrap_or_default()
        })
    }

    /// Why the text typed in a number box of item `code` cannot be read, if it cannot: such an
    /// item scores nothing (it counts as unanswered) until the text is fixed. `rule` is the
    /// item's (the caller has it; looking it up here would search the set on every keystroke).
    pub fn typing_error(&self, code: &str, rule: &Rule) -> Option<InputError> {
        let kind = NumberBox::for_rule(rule)?;
        self.raw.with(|raw| {
            [input_id(code), denominator_id(code)]
                .iter()
                .filter_map(|id| raw.get(id))
                .find_map(|text| read_number(text, kind).err())
        })
    }

    pub fn page(&self) -> Option<Page> {
        let index = self.current.get();
        self.pages.with(|pages| pages.get(index).copied())
    }

    // ----- moving around -----------------------------------------------------------------

    pub fn page_count(&self) -> usize {
        self.pages.with(|pages| pages.len())
    }

    pub fn go_to(&self, page: usize) {
        let last = self
            .pages
            .with_untracked(|pages| pages.len().saturating_sub(1));
        self.current.set(page.min(last));
        self.screen.set(Screen::Walk);
        self.focus_request
            .set(Some(CRITERION_HEADING_ID.to_string()));
    }

    pub fn next(&self) {
        self.go_to(self.current.get_untracked() + 1);
    }

    pub fn previous(&self) {
        self.go_to(self.current.get_untracked().saturating_sub(1));
    }

    /// Opens the page of item `code` (or of the criterion or field whose claim it is) and
    /// focuses the input that fixes `problem`.
    pub fn jump_to(&self, code: &str, problem: &ProblemKind) {
        let (page, is_group) = self.framework.with_untracked(|set| {
            (
                page_to_fix(set, code),
                set.group_not_applicable(code).is_some(),
            )
        });
        if let Some(page) = page {
            self.current.set(page);
            self.screen.set(Screen::Walk);
            self.reveal_item.set(true);
            let target = if is_group {
                group_focus_id(code, problem)
            } else {
                focus_id(code, problem)
            };
            self.focus_request.set(Some(target));
        }
    }

    /// Opens the walk-through if the unit is complete; otherwise shows every unit problem.
    pub fn start_walk(&self) -> bool {
        self.unit_checked.set(true);
        if self.unit.with_untracked(|unit| unit.problems().is_empty()) {
            self.start_notice.set(None);
            self.screen.set(Screen::Walk);
            self.focus_request
                .set(Some(CRITERION_HEADING_ID.to_string()));
            true
        } else {
            self.start_notice.set(Some(StartNotice::UnitFirst));
            false
        }
    }

    /// `?demo` in the address: the bundled set with an example unit, straight to the first
    /// criterion (for demonstrations and the start-up benchmark).
    pub fn open_demo(&self) {
        self.unit.set(UnitInfo {
            province: self.framework.with_untracked(|set| set.province.clone()),
            name: "UBND xã Tân Lập".into(),
            code: "00004".into(),
            year: self.framework.with_untracked(|set| set.year),
            preparer: "Nguyễn Văn An".into(),
            chairperson: "Trần Thị Bình".into(),
        });
        self.screen.set(Screen::Walk);
    }

    /// par-core's export check of the open draft (tracked): what blocks the export and what
    /// the appraiser is warned about; verification applies the same check.
    pub fn export_check(&self) -> par_core::export_check::ExportCheck {
        self.framework.with(|set| {
            self.unit.with(|unit| {
                self.answers.with(|answers| {
                    self.sheet.with(|sheet| {
                        par_core::export_check::check_export(set, unit, answers, sheet)
                    })
                })
            })
        })
    }

    /// The revision of the latest export when the unit or the answers changed after it (the
    /// printed sheet would no longer match that file); kept with the draft, so a reopened draft
    /// still knows.
    pub fn changed_since_export(&self) -> Option<u32> {
        self.exports.with(|exports| {
            self.unit.with(|unit| {
                self.answers
                    .with(|answers| par_core::draft::changed_since_export(exports, unit, answers))
            })
        })
    }

    /// Replaces the answers with the example answers (`?demo=full`), when they belong to the
    /// open criteria set.
    pub fn load_sample_answers(&self, json: &str) {
        if let Ok(answers) = serde_json::from_str::<Answers>(json) {
            if self.framework.with_untracked(|set| answers.is_for(set)) {
                self.answers.set(answers);
                self.raw.set(RawInputs::new());
            }
        }
    }
}
