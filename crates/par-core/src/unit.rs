//! The unit being assessed and who prepared and signs its self-assessment.

use serde::{Deserialize, Serialize};

/// A commune / ward People's Committee and the people responsible for its report.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UnitInfo {
    pub province: String,
    /// e.g. "UBND xã Tân Lập".
    pub name: String,
    /// Mã đơn vị hành chính: five digits for a commune in the national list.
    pub code: String,
    /// Year assessed.
    pub year: u16,
    /// Civil servant who compiled the self-assessment.
    pub preparer: String,
    /// Chủ tịch UBND, who signs the report.
    pub chairperson: String,
}

/// A field of [`UnitInfo`] that needs attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitProblem {
    ProvinceMissing,
    NameMissing,
    /// Not five digits.
    CodeInvalid,
    YearOutOfRange,
    PreparerMissing,
    ChairpersonMissing,
}

impl UnitProblem {
    pub fn message(self, lang: crate::Lang) -> &'static str {
        use crate::Lang::*;
        use UnitProblem::*;
        match (self, lang) {
            (ProvinceMissing, Vi) => "Hãy nhập tỉnh, thành phố.",
            (ProvinceMissing, En) => "Enter the province.",
            (NameMissing, Vi) => "Hãy nhập tên xã, phường.",
            (NameMissing, En) => "Enter the commune or ward name.",
            (CodeInvalid, Vi) => "Mã đơn vị hành chính gồm 5 chữ số, ví dụ 00004.",
            (CodeInvalid, En) => "The administrative unit code has 5 digits, e.g. 00004.",
            (YearOutOfRange, Vi) => "Năm đánh giá phải từ 2000 đến 2100.",
            (YearOutOfRange, En) => "The year must be between 2000 and 2100.",
            (PreparerMissing, Vi) => "Hãy nhập họ tên người lập.",
            (PreparerMissing, En) => "Enter the preparer's name.",
            (ChairpersonMissing, Vi) => "Hãy nhập họ tên Chủ tịch UBND.",
            (ChairpersonMissing, En) => "Enter the chairperson's name.",
        }
    }

    /// The field of [`UnitInfo`] that fixes this problem, by its name in the file
    /// (`province`, `name`, `code`, `year`, `preparer`, `chairperson`).
    pub fn field(self) -> &'static str {
        use UnitProblem::*;
        match self {
            ProvinceMissing => "province",
            NameMissing => "name",
            CodeInvalid => "code",
            YearOutOfRange => "year",
            PreparerMissing => "preparer",
            ChairpersonMissing => "chairperson",
        }
    }
}

impl UnitInfo {
    /// A blank unit for `framework`: its province and year filled in, the rest to be typed.
    pub fn blank_for(framework: &crate::Framework) -> Self {
        UnitInfo {
            province: framework.province.clone(),
            year: framework.year,
            ..UnitInfo::default()
        }
    }

    /// Everything that is missing or malformed, in form order.
    pub fn problems(&self) -> Vec<UnitProblem> {
        let blank = |s: &str| s.trim().is_empty();
        let mut problems = Vec::new();
        if blank(&self.province) {
            problems.push(UnitProblem::ProvinceMissing);
        }
        if blank(&self.name) {
            problems.push(UnitProblem::NameMissing);
        }
        if !is_unit_code(&self.code) {
            problems.push(UnitProblem::CodeInvalid);
        }
        if !(2000..=2100).contains(&self.year) {
            problems.push(UnitProblem::YearOutOfRange);
        }
        if blank(&self.preparer) {
            problems.push(UnitProblem::PreparerMissing);
        }
        if blank(&self.chairperson) {
            problems.push(UnitProblem::ChairpersonMissing);
        }
        problems
    }
}

/// Where the unit disagrees with the criteria set it is assessed against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "field", rename_all = "snake_case")]
pub enum SetMismatch {
    /// The year assessed is not the set's year: a submission of it fails verification.
    Year { unit: u16, set: u16 },
    /// The province is not the set's: most likely the wrong set was chosen.
    Province { unit: String, set: String },
}

impl SetMismatch {
    /// Whether the unit cannot export until this is settled (the office would refuse the
    /// file). A different province is a question for the official, who may know better
    /// (a set shared by several provinces), so it warns only.
    pub fn blocks_export(&self) -> bool {
        matches!(self, SetMismatch::Year { .. })
    }

    /// The field of [`UnitInfo`] that differs (`year`, `province`), as [`UnitProblem::field`].
    pub fn field(&self) -> &'static str {
        match self {
            SetMismatch::Year { .. } => "year",
            SetMismatch::Province { .. } => "province",
        }
    }

    /// A sentence saying what differs and what to do.
    pub fn message(&self, lang: crate::Lang) -> String {
        use crate::Lang::*;
        match (self, lang) {
            (SetMismatch::Year { unit, set }, Vi) => format!(
                "Năm đánh giá {unit} khác năm của bộ tiêu chí ({set}): hãy sửa năm thành {set}, hoặc chọn bộ tiêu chí của năm {unit}."
            ),
            (SetMismatch::Year { unit, set }, En) => format!(
                "The year {unit} is not the criteria set's year ({set}): change it to {set}, or choose the criteria set of {unit}."
            ),
            (SetMismatch::Province { unit, set }, Vi) => format!(
                "Tỉnh “{}” khác tỉnh của bộ tiêu chí (“{}”): hãy kiểm tra lại tên tỉnh, hoặc chọn bộ tiêu chí của tỉnh mình.",
                crate::escape::one_line(unit),
                crate::escape::one_line(set)
            ),
            (SetMismatch::Province { unit, set }, En) => format!(
                "The province “{}” is not the criteria set's (“{}”): check the province, or choose your province's criteria set.",
                crate::escape::one_line(unit),
                crate::escape::one_line(set)
            ),
        }
    }
}

impl UnitInfo {
    /// How the unit disagrees with `framework`, in form order (province, then year). Provinces
    /// are compared without "Tỉnh"/"Thành phố", case, tone marks or their Unicode composition,
    /// so "tỉnh Hoà Bình" matches "Hòa Bình"; a blank province is a [`UnitProblem`] instead.
    pub fn set_mismatches(&self, framework: &crate::Framework) -> Vec<SetMismatch> {
        let mut mismatches = Vec::new();
        let (unit, set) = (
            province_key(&self.province),
            province_key(&framework.province),
        );
        if !unit.is_empty() && !set.is_empty() && unit != set {
            mismatches.push(SetMismatch::Province {
                unit: self.province.trim().to_string(),
                set: framework.province.trim().to_string(),
            });
        }
        if self.year != framework.year {
            mismatches.push(SetMismatch::Year {
                unit: self.year,
                set: framework.year,
            });
        }
        mismatches
    }
}

/// A province's name reduced to what tells provinces apart: "Tỉnh Lâm Đồng" → "lam-dong".
fn province_key(name: &str) -> String {
    let slug = crate::submission::slug(name);
    ["tinh-", "thanh-pho-", "tp-"]
        .iter()
        .find_map(|prefix| slug.strip_prefix(prefix))
        .unwrap_or(&slug)
        .to_string()
}

/// Whether `code` is a five-digit administrative unit code.
pub fn is_unit_code(code: &str) -> bool {
    code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_every_missing_field_in_order() {
        let empty = UnitInfo::default();
        assert_eq!(empty.problems().len(), 6);
        let unit = UnitInfo {
            province: "Tỉnh mẫu".into(),
            name: "UBND xã Tân Lập".into(),
            code: "0004".into(),
            year: 2025,
            preparer: "Nguyễn Văn A".into(),
            chairperson: "Trần Thị B".into(),
        };
        assert_eq!(unit.problems(), [UnitProblem::CodeInvalid]);
        assert!(UnitInfo {
            code: "00004".into(),
            ..unit
        }
        .problems()
        .is_empty());
    }

    fn set_of(province: &str, year: u16) -> crate::Framework {
        let text = include_str!("../../../frameworks/mau-xa-2025.json");
        let mut set = crate::load_framework(text).expect("the sample set loads");
        set.province = province.into();
        set.year = year;
        set
    }

    #[test]
    fn the_unit_is_checked_against_the_sets_province_and_year() {
        let set = set_of("Tỉnh Hòa Bình", 2025);
        let unit = |province: &str, year| UnitInfo {
            province: province.into(),
            year,
            ..UnitInfo::default()
        };
        // The same province however it is written: prefix, case, old or new tone placement,
        // decomposed Unicode (as some Vietnamese keyboards type it).
        for same in [
            "Tỉnh Hòa Bình",
            "tỉnh Hoà Bình",
            "HÒA BÌNH",
            "Hòa  Bình",
            "Ho\u{300}a Bi\u{300}nh",
            "",
        ] {
            assert!(unit(same, 2025).set_mismatches(&set).is_empty(), "{same}");
        }
        assert_eq!(
            unit("Lâm Đồng", 2024).set_mismatches(&set),
            [
                SetMismatch::Province {
                    unit: "Lâm Đồng".into(),
                    set: "Tỉnh Hòa Bình".into()
                },
                SetMismatch::Year {
                    unit: 2024,
                    set: 2025
                }
            ]
        );
        let year = &unit("Hòa Bình", 2024).set_mismatches(&set)[0];
        assert!(year.blocks_export());
        assert_eq!(
            year.message(crate::Lang::Vi),
            "Năm đánh giá 2024 khác năm của bộ tiêu chí (2025): hãy sửa năm thành 2025, hoặc chọn bộ tiêu chí của năm 2024."
        );
        assert!(year
            .message(crate::Lang::En)
            .starts_with("The year 2024 is not"));
        let province = &unit("Thành phố Hà Nội", 2025).set_mismatches(&set)[0];
        assert!(!province.blocks_export());
        assert_eq!(
            province.message(crate::Lang::Vi),
            "Tỉnh “Thành phố Hà Nội” khác tỉnh của bộ tiêu chí (“Tỉnh Hòa Bình”): hãy kiểm tra lại tên tỉnh, hoặc chọn bộ tiêu chí của tỉnh mình."
        );
    }
}
