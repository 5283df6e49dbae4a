//! The UI, one component a file. Components read [`crate::state::AppState`] and
//! hold no business logic: numbers come from `crate::model`.

pub mod analysis_panel;
pub mod baseline_form;
pub mod call_to_action;
pub mod cashflow_table;
pub mod charts;
pub mod comparison;
pub mod cost_lines;
pub mod embed_panel;
pub mod header;
pub mod label_text;
pub mod line_scale;
pub mod notices;
pub mod number_field;
pub mod option_editor;
pub mod option_tabs;
pub mod quick_view;
pub mod results_detail;
pub mod scenario_bar;
pub mod select_field;
pub mod settings_form;
