//! Messages about the visitor's work: storage that does not work, stored data that
//! could not be read (with its backup to download), a change made in another tab, a
//! link that was opened or could not be, a new version of the app waiting.

use crate::persist::envelope::BACKUP_KEY;
use crate::platform::{files, service_worker, store};
use crate::state::{use_state, Notice};
use leptos::prelude::*;

/// `quick`: in the article's quick view the storage notice is left out here; the
/// quick view says it quietly, and only once the reader has changed something
/// (quick_view.rs), rather than greeting every reader with a warning.
#[component]
pub fn Notices(#[prop(optional)] quick: bool) -> impl IntoView {
    let state = use_state();
    let items = move || {
        state.notices.get().into_iter().enumerate().filter(move |(_, n)| !(quick && *n == Notice::StorageUnavailable)).map(|(i, n)| {
            let (key, detail, testid) = match &n {
                Notice::StorageUnavailable => ("notice.storage_unavailable", String::new(), "notice-storage-unavailable"),
                Notice::StoredUnreadable(why) => ("notice.stored_unreadable", why.clone(), "notice-stored-unreadable"),
                Notice::SaveFailed => ("notice.save_failed", String::new(), "notice-save-failed"),
                Notice::ChangedElsewhere => ("notice.changed_elsewhere", String::new(), "notice-changed-elsewhere"),
                Notice::ReplacedElsewhere => ("notice.replaced_elsewhere", String::new(), "notice-replaced-elsewhere"),
                Notice::LinkBroken(why) => ("notice.link_broken", why.clone(), "link-error"),
                Notice::LinkOpened(name) => ("notice.link_opened", name.clone(), "notice-link-opened"),
                Notice::Imported(name) => ("notice.imported", name.clone(), "notice-imported"),
                Notice::AlreadySaved(name) => ("notice.already_saved", name.clone(), "notice-already-saved"),
                Notice::UpdateReady => ("notice.update_ready", String::new(), "notice-update"),
                Notice::WorkspaceFull => ("notice.workspace_full", String::new(), "notice-workspace-full"),
            };
            let warn = matches!(n, Notice::LinkOpened(_) | Notice::Imported(_) | Notice::AlreadySaved(_) | Notice::ChangedElsewhere | Notice::ReplacedElsewhere | Notice::UpdateReady | Notice::WorkspaceFull);
            let backup = matches!(n, Notice::StoredUnreadable(_));
            let update = matches!(n, Notice::UpdateReady);
            view! {
                <div class=if warn { "notice notice-warn" } else { "notice notice-error" } role="status" data-testid=testid>
                    <p>{state.text(key)} " " <span class="detail">{detail}</span></p>
                    {backup.then(|| view! {
                        <button type="button" data-testid="download-backup" on:click=move |_| {
                            if let Some(text) = store::backup() {
                                files::download(&format!("{BACKUP_KEY}.json").replace(':', "-"), "application/json", &text);
                            }
                        }>{state.text("notice.download_backup")}</button>
                    })}
                    {update.then(|| view! {
                        <button type="button" class="primary" data-testid="update-reload" on:click=|_| service_worker::apply_update()>
                            {state.text("notice.update_reload")}
                        </button>
                    })}
                    <button type="button" class="dismiss" on:click=move |_| {
                        state.notices.update(|v| { if i < v.len() { v.remove(i); } });
                        // The button goes with its notice: the focus moves to the next
                        // notice's button, or to the start of the content.
                        crate::platform::focus::focus_soon(vec![".notices .dismiss".into(), "#main".into()]);
                    }>
                        {state.text("notice.dismiss")}
                    </button>
                </div>
            }
        }).collect::<Vec<_>>()
    };
    view! { <div class="notices" aria-live="polite">{items}</div> }
}
