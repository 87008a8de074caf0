//! Element ids the shared layer puts on the page; tests and the apps' styles refer to them.

/// The hidden `<a download>` of the last download, kept so a test can read the file back.
pub const LAST_DOWNLOAD: &str = "last-download";
/// The language buttons of [`crate::components::LangSwitch`].
pub const LANG_VI: &str = "lang-vi";
pub const LANG_EN: &str = "lang-en";
/// The page's own loading message (in each app's `index.html`), removed once the app starts.
pub const LOADING: &str = "loading";

/// Removes the page's loading message: the app has started.
pub fn remove_loading_message() {
    if let Some(loading) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(LOADING))
    {
        loading.remove();
    }
}
