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
    /// The year is not the criteria set's year (each set is issued for one year).
    YearNotSetYear,
    /// The province is not the criteria set's province (each province issues its own set).
    ProvinceNotSetProvince,
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
            (YearNotSetYear, Vi) => "Năm đánh giá phải là năm của bộ tiêu chí đang dùng; hãy sửa năm, hoặc chọn bộ tiêu chí của năm này.",
            (YearNotSetYear, En) => "The year must be the year of the criteria set in use; correct the year, or choose this year's set.",
            (ProvinceNotSetProvince, Vi) => "Tỉnh, thành phố phải là tỉnh ban hành bộ tiêu chí đang dùng; hãy ghi đúng tên tỉnh như trong bộ tiêu chí, hoặc chọn bộ tiêu chí của tỉnh mình.",
            (ProvinceNotSetProvince, En) => "The province must be the one that issued the criteria set in use; write its name as the set does, or choose your province's set.",
        }
    }

    /// The field of [`UnitInfo`] that fixes this problem, by its name in the file
    /// (`province`, `name`, `code`, `year`, `preparer`, `chairperson`).
    pub fn field(self) -> &'static str {
        use UnitProblem::*;
        match self {
            ProvinceMissing | ProvinceNotSetProvince => "province",
            NameMissing => "name",
            CodeInvalid => "code",
            YearOutOfRange | YearNotSetYear => "year",
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

    /// [`UnitInfo::problems`], and whether the year and province are those of `framework`
    /// (compared as the file name's slug does: letter case, diacritics written composed or
    /// decomposed, and spacing do not matter).
    pub fn problems_for(&self, framework: &crate::Framework) -> Vec<UnitProblem> {
        let mut problems = self.problems();
        let blank_province = problems.contains(&UnitProblem::ProvinceMissing);
        if !blank_province && !same_place(&self.province, &framework.province) {
            problems.push(UnitProblem::ProvinceNotSetProvince);
        }
        let year_known = !problems.contains(&UnitProblem::YearOutOfRange);
        if year_known && self.year != framework.year {
            problems.push(UnitProblem::YearNotSetYear);
        }
        problems
    }
}

/// Two ways of writing one place name.
fn same_place(a: &str, b: &str) -> bool {
    let words = |s: &str| crate::submission::slug_words(s);
    words(a) == words(b)
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
}
