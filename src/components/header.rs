//! The page header: the title and the language switcher.

use crate::i18n::Lang;
use crate::state::use_state;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let state = use_state();
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">{state.text("app.skip_to_main")}</a>
            <h1>{state.text("app.title")}</h1>
            <p class="subtitle">{state.text("app.subtitle")}</p>
            <nav class="lang-switch" aria-label=state.text("lang.switch_label")>
                {Lang::ALL.map(|lang| view! {
                    <button
                        type="button"
                        lang=lang.code()
                        data-testid=format!("lang-{}", lang.code())
                        aria-pressed=move || (state.lang.get() == lang).to_string()
                        on:click=move |_| {
                            wasm_bindgen_futures::spawn_local(async move {
                                if crate::platform::locale_files::ensure(lang).await {
                                    state.set_lang(lang);
                                }
                            });
                        }
                    >
                        {lang.name()}
                    </button>
                })}
            </nav>
        </header>
    }
}
