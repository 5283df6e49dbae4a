//! The app's SVG charts, drawn by hand (no charting library, no canvas): the cumulative
//! cash flow of the option in detail with its payback point, its benefits by source
//! against costs by category, and every option's cumulative cash flow side by side.
//! Each chart has a text alternative (`<title>`/`<desc>`) and the tables beside it
//! carry the same numbers. The view box is narrow so text stays readable at 320 px.

use super::results_detail::selected_results;
use crate::chart_scale::{axis, to_f64, x_of, Axis};
use crate::model::benefit_sources::BenefitSource;
use crate::model::CostCategory;
use crate::platform::intl::{format, Style};
use crate::state::{use_state, AppState};
use leptos::prelude::*;
use rust_decimal::Decimal;

const W: f64 = 360.0;
const H: f64 = 220.0;
const LEFT: f64 = 58.0;
const RIGHT: f64 = 350.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 190.0;

/// Dash patterns so that series differ by more than colour.
const DASHES: [&str; 8] = ["", "6 3", "2 3", "8 3 2 3", "", "6 3", "2 3", "8 3 2 3"];

/// A coordinate in whole view-box units: integers format without float code (smaller
/// wasm), and one unit of a 360-wide view box is finer than a screen pixel at 320 px.
fn px(v: f64) -> i32 {
    v.round() as i32
}

fn compact(state: &AppState, v: f64) -> String {
    let d = Decimal::from_f64_retain(v).unwrap_or_default().round_dp(0);
    format(state.lang.get(), &state.currency(), Style::MoneyCompact, &d)
}

/// Horizontal grid lines with value labels, and the year labels below.
fn grid(state: &AppState, a: &Axis, years: u32) -> impl IntoView {
    let ticks = a.ticks.iter().map(|t| {
        let y = a.y(*t, TOP, BOTTOM);
        let zero = t.abs() < f64::EPSILON;
        view! {
            <line x1=px(LEFT) x2=px(RIGHT) y1=px(y) y2=px(y) class=if zero { "axis-zero" } else { "grid" }/>
            <text x=px(LEFT - 4.0) y=px(y + 4.0) text-anchor="end" class="tick">{compact(state, *t)}</text>
        }
    }).collect::<Vec<_>>();
    let year_labels = (0..=years).map(|t| {
        view! { <text x=px(x_of(f64::from(t), years, LEFT + 12.0, RIGHT - 12.0)) y=px(BOTTOM + 16.0) text-anchor="middle" class="tick">{t}</text> }
    }).collect::<Vec<_>>();
    view! { <g aria-hidden="true">{ticks}{year_labels}</g> }
}

fn polyline(a: &Axis, values: &[f64], years: u32) -> String {
    values
        .iter()
        .enumerate()
        .map(|(t, v)| format!("{},{}", px(x_of(t as f64, years, LEFT + 12.0, RIGHT - 12.0)), px(a.y(*v, TOP, BOTTOM))))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The cumulative cash flow S_t of the option in detail, with its payback point.
#[component]
pub fn CashflowChart() -> impl IntoView {
    let state = use_state();
    let chart = move || {
        let (cumulative, payback) = selected_results(&state, |r| (r.years.iter().map(|y| y.cumulative).collect::<Vec<_>>(), r.payback_months)).ok()?;
        let years = cumulative.len().saturating_sub(1) as u32;
        let values: Vec<f64> = cumulative.iter().map(to_f64).collect();
        let a = axis(values.iter().copied());
        let lang = state.lang.get();
        let currency = state.currency();
        let desc_points = cumulative
            .iter()
            .enumerate()
            .map(|(t, v)| crate::i18n::fill(state.tr("chart.point"), &[("year", &t.to_string()), ("value", &format(lang, &currency, Style::Money, v))]))
            .collect::<Vec<_>>()
            .join("; ");
        let payback_text = match payback {
            Ok(m) => crate::i18n::fill(state.tr("chart.payback_at"), &[("months", &format(lang, &currency, Style::Number { digits: 1 }, &m))]),
            Err(_) => state.tr("chart.no_payback").to_owned(),
        };
        let marker = payback.ok().map(|m| {
            let t = to_f64(&m) / 12.0;
            let x = x_of(t, years, LEFT + 12.0, RIGHT - 12.0);
            let y = a.y(0.0, TOP, BOTTOM);
            view! {
                <g class="payback-marker" data-testid="payback-marker">
                    <line x1=px(x) x2=px(x) y1=px(TOP) y2=px(BOTTOM) class="marker-line"/>
                    <circle cx=px(x) cy=px(y) r="4.5"/>
                    <text x=px(x.min(RIGHT - 60.0).max(LEFT + 4.0)) y=px(TOP + 10.0) class="marker-label">{payback_text.clone()}</text>
                </g>
            }
        });
        Some(view! {
            <svg viewBox=format!("0 0 {} {}", px(W), px(H)) role="img" aria-labelledby="cf-chart-title cf-chart-desc" class="chart">
                <title id="cf-chart-title">{state.tr("chart.cumulative.title")}</title>
                <desc id="cf-chart-desc">{format!("{desc_points}. {payback_text}")}</desc>
                {grid(&state, &a, years)}
                <polyline points=polyline(&a, &values, years) class="series" style="stroke: var(--chart-1)" fill="none"/>
                {values.iter().enumerate().map(|(t, v)| view! {
                    <circle cx=px(x_of(t as f64, years, LEFT + 12.0, RIGHT - 12.0)) cy=px(a.y(*v, TOP, BOTTOM)) r="3" style="fill: var(--chart-1)"/>
                }).collect::<Vec<_>>()}
                {marker}
            </svg>
        })
    };
    view! {
        <figure class="card chart-card">
            <figcaption><h2>{state.text("chart.cumulative.title")}</h2>
                <p class="help">{state.text("chart.cumulative.help")}</p></figcaption>
            {chart}
        </figure>
    }
}

/// Benefits by source (up) against costs by category (down), per year.
#[component]
pub fn BreakdownChart() -> impl IntoView {
    let state = use_state();
    let chart = move || {
        let rows = selected_results(&state, |r| r.years.clone()).ok()?;
        let years = rows.len().saturating_sub(1) as u32;
        let tops = rows.iter().map(|r| to_f64(&r.benefit));
        let bottoms = rows.iter().map(|r| -to_f64(&r.cost));
        let a = axis(tops.chain(bottoms));
        let slot = (RIGHT - LEFT - 24.0) / f64::from(years + 1);
        let bar = (slot * 0.6).min(36.0);
        let lang = state.lang.get();
        let currency = state.currency();
        let mut bars = Vec::new();
        for (t, r) in rows.iter().enumerate() {
            let cx = x_of(t as f64, years, LEFT + 12.0, RIGHT - 12.0);
            let mut up = 0.0;
            for (i, s) in BenefitSource::ALL.iter().enumerate() {
                let v = to_f64(&r.benefits.get(*s));
                if v <= 0.0 { continue; }
                let (y0, y1) = (a.y(up, TOP, BOTTOM), a.y(up + v, TOP, BOTTOM));
                up += v;
                bars.push(view! { <rect x=px(cx - bar / 2.0) y=px(y1) width=px(bar) height=px((y0 - y1).max(1.0)) style=format!("fill: var(--chart-{})", i % 8 + 1)/> }.into_any());
            }
            let mut down = 0.0;
            for (i, c) in CostCategory::ALL.iter().enumerate() {
                let v = to_f64(&r.costs[c.index()]);
                if v <= 0.0 { continue; }
                let (y0, y1) = (a.y(down, TOP, BOTTOM), a.y(down - v, TOP, BOTTOM));
                down -= v;
                bars.push(view! { <rect x=px(cx - bar / 2.0) y=px(y0) width=px(bar) height=px((y1 - y0).max(1.0)) class="cost-bar" style=format!("fill: var(--chart-{})", (i + 2) % 8 + 1)/> }.into_any());
            }
        }
        let legend_sources: Vec<_> = BenefitSource::ALL.iter().enumerate()
            .filter(|(_, s)| rows.iter().any(|r| !r.benefits.get(**s).is_zero()))
            .map(|(i, s)| view! { <li><span class="swatch" style=format!("background: var(--chart-{})", i % 8 + 1)></span>{state.tr(&format!("source.{}", s.key()))}</li> })
            .collect();
        let legend_costs: Vec<_> = CostCategory::ALL.iter().enumerate()
            .filter(|(_, c)| rows.iter().any(|r| !r.costs[c.index()].is_zero()))
            .map(|(i, c)| view! { <li><span class="swatch hatched" style=format!("background: var(--chart-{})", (i + 2) % 8 + 1)></span>{state.tr(&format!("category.{}", c.key()))}</li> })
            .collect();
        let desc = rows.iter().map(|r| crate::i18n::fill(state.tr("chart.breakdown.point"), &[
            ("year", &r.year.to_string()),
            ("benefit", &format(lang, &currency, Style::Money, &r.benefit)),
            ("cost", &format(lang, &currency, Style::Money, &r.cost)),
        ])).collect::<Vec<_>>().join("; ");
        Some(view! {
            <svg viewBox=format!("0 0 {} {}", px(W), px(H)) role="img" aria-labelledby="bd-chart-title bd-chart-desc" class="chart">
                <title id="bd-chart-title">{state.tr("chart.breakdown.title")}</title>
                <desc id="bd-chart-desc">{desc}</desc>
                {grid(&state, &a, years)}
                {bars}
            </svg>
            <div class="legend">
                <p>{state.tr("chart.breakdown.benefits")}</p><ul>{legend_sources}</ul>
                <p>{state.tr("chart.breakdown.costs")}</p><ul>{legend_costs}</ul>
            </div>
        })
    };
    view! {
        <figure class="card chart-card">
            <figcaption><h2>{state.text("chart.breakdown.title")}</h2>
                <p class="help">{state.text("chart.breakdown.help")}</p></figcaption>
            {chart}
        </figure>
    }
}

/// Cumulative net cash flow of every option, one line each.
#[component]
pub fn ComparisonChart() -> impl IntoView {
    let state = use_state();
    let chart = move || {
        let names: Vec<String> = state.scenario.with(|s| s.options.iter().map(|o| o.name.clone()).collect());
        let series: Vec<Vec<Decimal>> = state.results.with(|r| {
            r.0.options.iter().map(|o| o.as_ref().map(|o| o.years.iter().map(|y| y.cumulative).collect()).unwrap_or_default()).collect()
        });
        let years = series.iter().map(|s| s.len()).max().unwrap_or(1).saturating_sub(1) as u32;
        let a = axis(series.iter().flatten().map(to_f64));
        let lang = state.lang.get();
        let currency = state.currency();
        let lines = series.iter().enumerate().map(|(i, s)| {
            let values: Vec<f64> = s.iter().map(to_f64).collect();
            view! {
                <polyline points=polyline(&a, &values, years) class="series" fill="none"
                    style=format!("stroke: var(--chart-{})", i % 8 + 1) stroke-dasharray=DASHES[i % 8]/>
            }
        }).collect::<Vec<_>>();
        let desc = names.iter().zip(&series).map(|(n, s)| {
            let last = s.last().map(|v| format(lang, &currency, Style::Money, v)).unwrap_or_else(|| "—".into());
            crate::i18n::fill(state.tr("chart.compare.point"), &[("name", n), ("years", &years.to_string()), ("value", &last)])
        }).collect::<Vec<_>>().join("; ");
        let legend = names.iter().enumerate().map(|(i, n)| view! {
            <li><svg class="legend-line" viewBox="0 0 24 6" aria-hidden="true"><line x1="0" y1="3" x2="24" y2="3"
                style=format!("stroke: var(--chart-{})", i % 8 + 1) stroke-dasharray=DASHES[i % 8]/></svg>{n.clone()}</li>
        }).collect::<Vec<_>>();
        view! {
            <svg viewBox=format!("0 0 {} {}", px(W), px(H)) role="img" aria-labelledby="cmp-chart-title cmp-chart-desc" class="chart">
                <title id="cmp-chart-title">{state.tr("chart.compare.title")}</title>
                <desc id="cmp-chart-desc">{desc}</desc>
                {grid(&state, &a, years)}
                {lines}
            </svg>
            <ul class="legend">{legend}</ul>
        }
    };
    view! {
        <figure class="card chart-card">
            <figcaption><h2>{state.text("chart.compare.title")}</h2>
                <p class="help">{state.text("chart.compare.help")}</p></figcaption>
            {chart}
        </figure>
    }
}
