//! Why a result has no value. The UI translates each reason; a result is never shown
//! as 0, NaN or ∞ in place of one of these.

use rust_decimal::Decimal;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Undefined {
    /// ROI and BCR divide by the present value of costs, which is 0.
    NoCosts,
    /// The cumulative cash flow never reaches 0 within the horizon.
    NeverPaysBack,
    /// IRR: the non-zero cash flows do not change sign (all gains or all costs).
    NoSignChange,
    /// IRR: the cash flows change sign more than once, so there may be several rates.
    MultipleSignChanges,
    /// IRR: the root lies outside −99.99 % … 10 000 %.
    IrrOutOfRange,
    /// CLV:CAC divides by an acquisition cost of 0.
    NoAcquisitionCost,
    /// CLV: with no churn and no discounting a customer is worth an unbounded amount.
    InfiniteLifetime,
    /// First-year ROI divides by the costs of years 0 and 1, which are 0.
    NoFirstYearCost,
    /// A number grew beyond what a 96-bit decimal holds (about 7.9 × 10²⁸).
    Overflow,
}

impl Undefined {
    /// The translation key of the reason.
    pub fn key(self) -> &'static str {
        match self {
            Undefined::NoCosts => "no_costs",
            Undefined::NeverPaysBack => "never_pays_back",
            Undefined::NoSignChange => "no_sign_change",
            Undefined::MultipleSignChanges => "multiple_sign_changes",
            Undefined::IrrOutOfRange => "irr_out_of_range",
            Undefined::NoAcquisitionCost => "no_acquisition_cost",
            Undefined::InfiniteLifetime => "infinite_lifetime",
            Undefined::NoFirstYearCost => "no_first_year_cost",
            Undefined::Overflow => "overflow",
        }
    }
}

impl std::fmt::Display for Undefined {
    /// An English sentence for logs and tests; the UI shows its own translation of [`Undefined::key`].
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(match self {
            Undefined::NoCosts => "undefined: the present value of the costs is 0",
            Undefined::NeverPaysBack => "not paid back within the horizon",
            Undefined::NoSignChange => "undefined: the cash flows never change sign",
            Undefined::MultipleSignChanges => "undefined: the cash flows change sign more than once",
            Undefined::IrrOutOfRange => "undefined: the rate lies outside -99.99 % to 10 000 %",
            Undefined::NoAcquisitionCost => "undefined: the acquisition cost is 0",
            Undefined::InfiniteLifetime => "undefined: with no churn and no discounting the value is unbounded",
            Undefined::NoFirstYearCost => "undefined: there is no cost in years 0 and 1",
            Undefined::Overflow => "undefined: a number is too large to compute",
        })
    }
}

/// A result that may be undefined, with its reason.
pub type Metric = Result<Decimal, Undefined>;
