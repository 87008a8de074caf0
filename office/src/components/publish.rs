//! The final ranking, published.

use leptos::prelude::*;

#[component]
pub fn Publish() -> impl IntoView {
    view! { <section class="screen"></section> }
}
