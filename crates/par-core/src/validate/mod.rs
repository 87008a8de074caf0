//! Checks a criteria set and reports every problem at once, each with its location
//! (`fields[2].criteria[1].items[0].rule.bands[1]`) and a Vietnamese message.

use std::collections::HashMap;
use std::fmt;

use serde::Serialize;

mod rules;

use crate::decimal::Decimal;
use crate::framework::{
    Framework, Item, NotApplicable, FRAMEWORK_FORMAT, FRAMEWORK_FORMATS, FRAMEWORK_FORMAT_2,
};

/// One problem in a criteria set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SetProblem {
    /// Where, as a JSON path: `fields[2].criteria[1].items[0]`.
    pub location: String,
    pub message: String,
}

impl fmt::Display for SetProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Every problem of `framework`; empty when it is valid.
pub fn validate(framework: &Framework) -> Vec<SetProblem> {
    let mut check = Checker {
        problems: Vec::new(),
        decimals: u32::from(framework.decimals.min(4)),
    };
    check.header(framework);
    let mut codes = HashMap::new();
    for (f, field) in framework.fields.iter().enumerate() {
        let at = format!("fields[{f}]");
        check.code(&at, &field.code, None, &mut codes);
        check.positive(&at, field.max_points);
        check.precise(&format!("{at}.max_points"), field.max_points);
        let criteria_sum: Decimal = field.criteria.iter().map(|c| c.max_points).sum();
        check.sum(&at, field.max_points, criteria_sum, "các tiêu chí");
        if field.criteria.is_empty() {
            check.push(&at, "Lĩnh vực chưa có tiêu chí nào.");
        }
        let below: Vec<(String, NotApplicable, Option<&Item>)> = field
            .criteria
            .iter()
            .enumerate()
            .flat_map(|(c, criterion)| {
                let at = format!("{at}.criteria[{c}]");
                std::iter::once((at.clone(), criterion.not_applicable, None)).chain(
                    nested_items(&at, &criterion.items)
                        .into_iter()
                        .map(|(at, item)| (at, item.not_applicable, Some(item))),
                )
            })
            .collect();
        check.group_not_applicable(&at, "lĩnh vực", field.not_applicable, &below);
        for (c, criterion) in field.criteria.iter().enumerate() {
            let at = format!("{at}.criteria[{c}]");
            check.code(&at, &criterion.code, Some(&field.code), &mut codes);
            let below: Vec<(String, NotApplicable, Option<&Item>)> =
                nested_items(&at, &criterion.items)
                    .into_iter()
                    .map(|(at, item)| (at, item.not_applicable, Some(item)))
                    .collect();
            check.group_not_applicable(&at, "tiêu chí", criterion.not_applicable, &below);
            check.items(
                &at,
                &criterion.code,
                criterion.max_points,
                &criterion.items,
                &mut codes,
            );
        }
    }
    for (g, group) in framework.adjustments.iter().enumerate() {
        let at = format!("adjustments[{g}]");
        check.code(&at, &group.code, None, &mut codes);
        check.positive(&format!("{at}.cap"), group.cap);
        check.precise(&format!("{at}.cap"), group.cap);
        if group.items.is_empty() {
            check.push(&at, "Nhóm điểm thưởng/điểm trừ chưa có nội dung nào.");
        }
        for (i, item) in group.items.iter().enumerate() {
            check.item(
                &format!("{at}.items[{i}]"),
                &group.code,
                item,
                0,
                &mut codes,
            );
        }
    }
    check.problems
}

struct Checker {
    problems: Vec<SetProblem>,
    /// Decimals of the set's points: no point value may have more.
    decimals: u32,
}

impl Checker {
    pub(super) fn push(&mut self, location: &str, message: impl Into<String>) {
        self.problems.push(SetProblem {
            location: location.to_string(),
            message: message.into(),
        });
    }

    fn header(&mut self, set: &Framework) {
        if !FRAMEWORK_FORMATS.contains(&set.format.as_str()) {
            self.push(
                "format",
                format!("Phải là “{FRAMEWORK_FORMAT}” hoặc “{FRAMEWORK_FORMAT_2}”."),
            );
        } else if set.format == FRAMEWORK_FORMAT && set.required_format() == FRAMEWORK_FORMAT_2 {
            self.push(
                "format",
                format!("Bộ tiêu chí dùng cách tính chỉ có ở định dạng “{FRAMEWORK_FORMAT_2}” (điểm trừ dưới 0 trong tiêu chí, không áp dụng cả tiêu chí hoặc lĩnh vực, số liệu do cơ quan thẩm định nhập, cách tính không áp dụng khi thiếu tài liệu, mã khóa của cơ quan thẩm định); hãy ghi “{FRAMEWORK_FORMAT_2}”."),
            );
        }
        for (name, value) in [
            ("id", &set.id),
            ("title", &set.title),
            ("province", &set.province),
            ("version", &set.version),
            ("appraising_body", &set.appraising_body),
            ("decision.number", &set.decision.number),
            ("decision.issuer", &set.decision.issuer),
        ] {
            if value.trim().is_empty() {
                self.push(name, "Không được để trống.");
            }
        }
        for (i, key_id) in set.appraiser_key_ids.iter().enumerate() {
            if !crate::submission::is_key_id(key_id) {
                self.push(
                    &format!("appraiser_key_ids[{i}]"),
                    "Mã khóa phải viết dạng XXXX-XXXX-XXXX-XXXX (chữ số và chữ in hoa), như ứng dụng của cơ quan thẩm định hiển thị.",
                );
            }
        }
        if !(2000..=2100).contains(&set.year) {
            self.push("year", "Năm phải từ 2000 đến 2100.");
        }
        if !crate::input::is_iso_date(&set.decision.date) {
            self.push(
                "decision.date",
                "Phải là một ngày có thật, viết yyyy-mm-dd, ví dụ 2025-09-15.",
            );
        }
        if set.decimals > 4 {
            self.push("decimals", "Số chữ số thập phân phải từ 0 đến 4.");
        }
        if set.fields.is_empty() {
            self.push("fields", "Bộ tiêu chí chưa có lĩnh vực nào.");
        }
        if set.classification.is_empty() {
            self.push("classification", "Chưa có mức xếp loại nào.");
        }
        for (i, band) in set.classification.iter().enumerate() {
            let at = format!("classification[{i}]");
            if band.label.trim().is_empty() {
                self.push(&at, "Tên mức xếp loại không được để trống.");
            }
            if !(Decimal::ZERO..=Decimal::HUNDRED).contains(&band.min_percent) {
                self.push(&format!("{at}.min_percent"), "Phải từ 0 đến 100.");
            }
            if i > 0 && band.min_percent >= set.classification[i - 1].min_percent {
                self.push(
                    &format!("{at}.min_percent"),
                    "Các mức xếp loại phải xếp từ cao xuống thấp, mức sau thấp hơn mức trước.",
                );
            }
        }
    }

    fn code(
        &mut self,
        at: &str,
        code: &str,
        parent: Option<&str>,
        seen: &mut HashMap<String, String>,
    ) {
        if code.trim().is_empty() || code.contains(char::is_whitespace) {
            self.push(
                &format!("{at}.code"),
                "Mã không được trống hoặc chứa dấu cách.",
            );
            return;
        }
        if let Some(parent) = parent {
            if !code.starts_with(&format!("{parent}.")) {
                self.push(
                    &format!("{at}.code"),
                    format!("Mã “{code}” phải bắt đầu bằng mã cấp trên “{parent}.”."),
                );
            }
        }
        if let Some(first) = seen.insert(code.to_string(), at.to_string()) {
            self.push(
                &format!("{at}.code"),
                format!("Mã “{code}” bị trùng với {first}."),
            );
        }
    }

    /// Points with more decimals than the set rounds to cannot be scored as written. (Called
    /// from many places: kept out of line, which keeps the web app's download smaller.)
    #[inline(never)]
    pub(super) fn precise(&mut self, at: &str, points: Decimal) {
        if !points.has_at_most_decimals(self.decimals) {
            self.push(
                at,
                format!(
                    "Điểm {} có nhiều hơn {} chữ số thập phân mà bộ tiêu chí cho phép (“decimals”).",
                    points.format_vi_short(),
                    self.decimals
                ),
            );
        }
    }

    pub(super) fn positive(&mut self, at: &str, value: Decimal) {
        if value <= Decimal::ZERO {
            self.push(at, "Điểm tối đa phải lớn hơn 0.");
        }
    }

    fn sum(&mut self, at: &str, declared: Decimal, children: Decimal, of_what: &str) {
        if declared != children {
            self.push(
                &format!("{at}.max_points"),
                format!(
                    "Điểm tối đa {} khác tổng điểm tối đa của {of_what} ({}).",
                    declared.format_vi(2),
                    children.format_vi(2)
                ),
            );
        }
    }

    fn items(
        &mut self,
        at: &str,
        parent_code: &str,
        max_points: Decimal,
        items: &[Item],
        codes: &mut HashMap<String, String>,
    ) {
        self.positive(&format!("{at}.max_points"), max_points);
        self.precise(&format!("{at}.max_points"), max_points);
        if items.is_empty() {
            self.push(&format!("{at}.items"), "Chưa có tiêu chí thành phần nào.");
            return;
        }
        let sum: Decimal = items.iter().map(|i| i.max_points).sum();
        self.sum(at, max_points, sum, "các tiêu chí thành phần");
        for (i, item) in items.iter().enumerate() {
            self.item(&format!("{at}.items[{i}]"), parent_code, item, 0, codes);
        }
    }

    fn item(
        &mut self,
        at: &str,
        parent_code: &str,
        item: &Item,
        depth: usize,
        codes: &mut HashMap<String, String>,
    ) {
        self.code(at, &item.code, Some(parent_code), codes);
        if item.title.trim().is_empty() {
            self.push(&format!("{at}.title"), "Tên tiêu chí không được để trống.");
        }
        match (&item.rule, item.items.is_empty()) {
            (Some(_), false) => self.push(at, "Tiêu chí có tiêu chí con thì không có cách tính điểm riêng (bỏ “rule” hoặc “items”)."),
            (None, true) => self.push(at, "Thiếu cách tính điểm (“rule”)."),
            (None, false) => {
                if depth >= 1 {
                    self.push(&format!("{at}.items"), "Chỉ cho phép thêm một cấp tiêu chí con.");
                    return;
                }
                if item.evidence.is_some() || !item.not_applicable.is_none() || item.min_points.is_some() {
                    self.push(at, "“evidence”, “not_applicable” và “min_points” đặt ở tiêu chí con có điểm, không đặt ở nhóm.");
                }
                let sum: Decimal = item.items.iter().map(|i| i.max_points).sum();
                self.sum(at, item.max_points, sum, "các tiêu chí con");
                for (i, sub) in item.items.iter().enumerate() {
                    self.item(&format!("{at}.items[{i}]"), &item.code, sub, depth + 1, codes);
                }
                return;
            }
            (Some(rule), true) => self.rule(&format!("{at}.rule"), rule, item),
        }
        self.positive(&format!("{at}.max_points"), item.max_points);
        self.precise(&format!("{at}.max_points"), item.max_points);
        if let Some(floor) = item.min_points {
            if floor >= Decimal::ZERO || !floor.has_at_most_decimals(self.decimals) {
                self.push(
                    &format!("{at}.min_points"),
                    "Điểm thấp nhất phải nhỏ hơn 0 (phần bị trừ), ví dụ -0,25; bỏ trống nếu tiêu chí không bị trừ dưới 0 điểm.",
                );
            }
        }
        if let Some(rule) = &item.rule {
            if !rule.is_self_assessed()
                && (!item.not_applicable.is_none() || item.evidence.is_some())
            {
                self.push(
                    at,
                    "Tiêu chí do cơ quan thẩm định chấm không có “not_applicable” hay “evidence”.",
                );
            }
        }
        if let Some(evidence) = &item.evidence {
            if evidence.hint.trim().is_empty() {
                self.push(
                    &format!("{at}.evidence.hint"),
                    "Hãy ghi tài liệu kiểm chứng cần có.",
                );
            }
        }
    }
}

/// Every item and sub-item under a criterion, with its path.
fn nested_items<'a>(at: &str, items: &'a [Item]) -> Vec<(String, &'a Item)> {
    let mut all = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let at = format!("{at}.items[{i}]");
        for (s, sub) in item.items.iter().enumerate() {
            all.push((format!("{at}.items[{s}]"), sub));
        }
        all.push((at, item));
    }
    all
}

impl Checker {
    /// A criterion or field claimed not applicable as a whole holds only items the unit scores,
    /// none with a not-applicable meaning of its own: one claim covers all of it or nothing.
    fn group_not_applicable(
        &mut self,
        at: &str,
        what: &str,
        meaning: NotApplicable,
        below: &[(String, NotApplicable, Option<&Item>)],
    ) {
        if meaning.is_none() {
            return;
        }
        for (path, own, item) in below {
            if !own.is_none() {
                self.push(
                    &format!("{path}.not_applicable"),
                    format!("Đã cho phép không áp dụng cả {what} ({at}); bỏ “not_applicable” ở đây để một lời khai bao trùm cả {what}."),
                );
            }
            if let Some(rule) = item.and_then(|i| i.rule.as_ref()) {
                if !rule.is_self_assessed() {
                    self.push(
                        path,
                        format!("Tiêu chí do cơ quan thẩm định chấm không thể nằm trong {what} được khai không áp dụng cả {what}."),
                    );
                }
            }
        }
    }
}
