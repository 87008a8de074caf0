//! The two languages of the product: Vietnamese first, English second.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// The BCP 47 tag for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// Picks the text for this language; English falls back to Vietnamese when missing.
    pub fn pick<'a>(self, vi: &'a str, en: Option<&'a str>) -> &'a str {
        match (self, en) {
            (Lang::En, Some(en)) if !en.is_empty() => en,
            _ => vi,
        }
    }
}

/// One text of an interface in both languages, side by side, so that neither can be forgotten
/// (both are required to build one). Texts are `const`s grouped in modules by screen or
/// command; the domain's own messages (problems, rules) stay with their types in this crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub vi: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(vi: &'static str, en: &'static str) -> Self {
        Text { vi, en }
    }

    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }

    /// The text in `lang` with each `{name}` replaced by its value.
    pub fn fill(self, lang: Lang, values: &[(&str, &str)]) -> String {
        fill(self.get(lang), values)
    }
}

/// A whole number with its thousands grouped as `lang` writes them: 2.310 hồ sơ, 2,310 files.
pub fn whole_number(value: u64, lang: Lang) -> String {
    group_thousands(&value.to_string(), lang)
}

/// `digits` (a whole number's digits, no sign) with `lang`'s thousands separator between groups.
pub(crate) fn group_thousands(digits: &str, lang: Lang) -> String {
    let separator = match lang {
        Lang::Vi => '.',
        Lang::En => ',',
    };
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(c);
    }
    grouped
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: Text = Text::new("Trang {n}/{total}", "Page {n} of {total}");

    #[test]
    fn a_text_is_read_and_filled_in_either_language() {
        assert_eq!(PAGE.get(Lang::Vi), "Trang {n}/{total}");
        assert_eq!(
            PAGE.fill(Lang::En, &[("n", "2"), ("total", "9")]),
            "Page 2 of 9"
        );
        assert_eq!(
            PAGE.fill(Lang::Vi, &[("n", "2"), ("total", "9")]),
            "Trang 2/9"
        );
    }

    #[test]
    fn whole_numbers_are_grouped_as_each_language_writes_them() {
        assert_eq!(whole_number(4_194_304, Lang::Vi), "4.194.304");
        assert_eq!(whole_number(2_310, Lang::En), "2,310");
        assert_eq!(whole_number(999, Lang::Vi), "999");
    }
}
