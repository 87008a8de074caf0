//! The commune's two pages and the way between them. The self-assessment (`/`: start, criteria,
//! summary) and the export (`export/`: checks, the unit's key, signing, the printed sheet) are
//! pages of their own because Trunk cannot split one wasm module: signing, keys and printing
//! stay out of the everyday download. Both open the same draft through the same state and
//! session; leaving a page saves the draft first, and the other page reopens it where it was.

use leptos::prelude::*;

use crate::model::bundled;
use crate::state::{AppState, Screen};
use crate::storage::Session;
use crate::texts::common;

/// The screens a page draws itself; `None` for those that belong to the other page.
pub type Screens = fn(Screen) -> Option<AnyView>;

/// Where this page is, relative to the self-assessment's page: `""` on it, `"../"` on the export
/// page. Links to the other pages (the export, the appraisal round) start from here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageRoot(pub &'static str);

impl Screen {
    /// The screen's name in an address (`?screen=walk`).
    pub fn address_name(self) -> &'static str {
        match self {
            Screen::Start => "start",
            Screen::Walk => "walk",
            Screen::Summary => "summary",
            Screen::Export => "export",
        }
    }

    pub fn from_address_name(name: &str) -> Option<Screen> {
        [Screen::Start, Screen::Walk, Screen::Summary, Screen::Export]
            .into_iter()
            .find(|screen| screen.address_name() == name)
    }
}

/// The address of the page that shows `screen` for the open draft, with the element to focus
/// there (a jump from the export's list of problems to the box that fixes one).
pub fn address(root: PageRoot, screen: Screen, draft: Option<&str>, focus: Option<&str>) -> String {
    let mut query = Vec::new();
    if let Some(draft) = draft {
        query.push(format!("draft={}", encode(draft)));
    }
    let page = match screen {
        Screen::Export => "export/",
        other => {
            query.push(format!("screen={}", other.address_name()));
            ""
        }
    };
    if let Some(focus) = focus {
        query.push(format!("focus={}", encode(focus)));
    }
    format!("{}{page}?{}", root.0, query.join("&"))
}

/// `text` as it may stand in an address's query (ids are letters, digits, `-` and `.`; anything
/// else is escaped rather than trusted).
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// Leaves this page for the one that shows `screen`, once the draft is safely stored (the other
/// page opens it from storage). False, and nothing happens, when it could not be stored (full
/// storage: the alert says so and what the user typed stays on this page).
pub fn go_to(session: Session, state: AppState, root: PageRoot, screen: Screen) -> bool {
    if !session.save_now() && !state.read_only.get_untracked() {
        return false;
    }
    let draft = session.id.get_untracked();
    let focus = state.focus_request.get_untracked();
    let target = address(root, screen, draft.as_deref(), focus.as_deref());
    window().location().set_href(&target).is_ok()
}

/// The screen and focus an address names (`?screen=walk&focus=input-1.2.1`), applied once the
/// draft is open; the address is then cleaned so a reload does not jump again.
pub fn apply_address(state: AppState) {
    let screen = address_param("screen").and_then(|name| Screen::from_address_name(&name));
    let Some(screen) = screen.filter(|s| *s != Screen::Export) else {
        return;
    };
    state.screen.set(screen);
    if let Some(focus) = address_param("focus") {
        state.reveal_item.set(screen == Screen::Walk);
        state.focus_request.set(Some(focus));
    }
    if let Ok(history) = window().history() {
        let path = window().location().pathname().unwrap_or_default();
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

/// The start of a commune page other than the self-assessment (the export, the appraisal round):
/// the commune app's state and session, provided, autosaving exactly as there, on the draft the
/// address names and no other; with whether that draft was opened. `Err` holds what the page
/// shows instead when the bundled set does not load (only a broken build).
pub fn open_addressed_draft() -> Result<(AppState, Session, bool), AnyView> {
    let framework = bundled::framework().map_err(bundled_error)?;
    let state = AppState::new(framework);
    provide_context(state);
    let session = Session::new(state);
    provide_context(session);
    session.start(false);
    let opened = draft_in_address().is_some_and(|id| session.open_stored(&id));
    Ok((state, session, opened))
}

/// The page when the bundled set does not load (only possible with a broken build; the set is
/// checked by a native test).
pub fn bundled_error(error: String) -> AnyView {
    view! {
        <main>
            <h1>{common::BUNDLED_ERROR.get(par_core::Lang::Vi)}</h1>
            <p>{error}</p>
        </main>
    }
    .into_any()
}

/// The draft id an address names (`?draft=<id>`).
pub fn draft_in_address() -> Option<String> {
    address_param("draft")
}

/// The value of `name` in the page's address (`?name=value`), if not empty.
fn address_param(name: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
        .filter(|value| !value.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_lead_to_the_page_of_each_screen() {
        let here = PageRoot("");
        let export = PageRoot("../");
        assert_eq!(
            address(here, Screen::Export, Some("d1"), None),
            "export/?draft=d1"
        );
        assert_eq!(
            address(export, Screen::Walk, Some("d1"), Some("input-1.2.1")),
            "../?draft=d1&screen=walk&focus=input-1.2.1"
        );
        assert_eq!(
            address(export, Screen::Start, None, None),
            "../?screen=start"
        );
        for screen in [Screen::Start, Screen::Walk, Screen::Summary, Screen::Export] {
            assert_eq!(
                Screen::from_address_name(screen.address_name()),
                Some(screen)
            );
        }
        assert_eq!(Screen::from_address_name("office"), None);
        assert_eq!(
            address(here, Screen::Summary, Some("a&b"), Some("x y")),
            "?draft=a%26b&screen=summary&focus=x%20y"
        );
    }
}
