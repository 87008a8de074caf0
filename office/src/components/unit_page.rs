//! A unit's page.

use leptos::prelude::*;

#[component]
pub fn UnitPage() -> impl IntoView {
    view! { <section class="screen"></section> }
}
