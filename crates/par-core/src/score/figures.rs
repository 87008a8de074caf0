//! The figures a unit declared for an item, as a score table shows them beside the points:
//! "1.230 / 1.845", "90,5%", "3", "Có".

use crate::answers::AnswerValue;
use crate::lang::{whole_number, Lang};
use crate::rule::Rule;

/// What the unit declared for an item scored by `rule`, in a few characters; `None` for an
/// answer of another kind (reported as a problem elsewhere).
pub fn declared_figures(rule: &Rule, value: &AnswerValue, lang: Lang) -> Option<String> {
    let vi = lang == Lang::Vi;
    Some(match (rule, value) {
        (Rule::YesNo { .. }, AnswerValue::YesNo(yes)) => match (yes, vi) {
            (true, true) => "Có".into(),
            (false, true) => "Không".into(),
            (true, false) => "Yes".into(),
            (false, false) => "No".into(),
        },
        (Rule::Levels { options }, AnswerValue::Level(id)) => {
            let option = options.iter().find(|option| &option.id == id)?;
            lang.pick(&option.label, option.label_en.as_deref())
                .to_string()
        }
        (Rule::Percent { .. }, AnswerValue::Percent(percent)) => {
            format!("{}%", percent.format_figure(lang))
        }
        (
            Rule::Ratio { .. },
            AnswerValue::Ratio {
                numerator,
                denominator,
            },
        ) => format!(
            "{} / {}",
            numerator.format_figure(lang),
            denominator.format_figure(lang)
        ),
        (Rule::Parts { parts, .. }, AnswerValue::Parts(ticked)) => {
            format!("{}/{}", ticked.len(), parts.len())
        }
        (Rule::Count { .. }, AnswerValue::Count(count)) => whole_number(u64::from(*count), lang),
        _ => return None,
    })
}
