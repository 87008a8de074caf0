//! The instructions sheet (“Hướng dẫn”): how to fill each column, and an example of every rule
//! kind. The examples are real rules written by the same code as an export, and a test reads each
//! back, so the instructions cannot drift from what the reader accepts.

use par_core::rule::{Band, LevelOption, Part, Rule, ZeroDenominator};
use par_core::Decimal;
use rust_xlsxwriter::{Format, FormatAlign, Worksheet, XlsxError};

use crate::layout::{
    rule_kind_name, Column, RowLevel, HEADER_SHEET, INSTRUCTIONS_SHEET, ITEMS_SHEET,
};
use crate::rule_text::rule_cells;

fn band(
    from: Option<i64>,
    from_inclusive: bool,
    to: Option<i64>,
    to_inclusive: bool,
    points: Decimal,
) -> Band {
    Band {
        from: from.map(Decimal::from_int),
        from_inclusive,
        to: to.map(Decimal::from_int),
        to_inclusive,
        points,
        proportional: false,
    }
}

/// One example per rule kind: the rule, and what it means in words.
pub fn examples() -> Vec<(Rule, &'static str)> {
    let quarter = Decimal::from_units(Decimal::ONE.units() / 4);
    let half = Decimal::from_units(Decimal::ONE.units() / 2);
    let one = Decimal::ONE;
    vec![
        (Rule::YesNo { yes_points: None, no_points: None }, "Để trống: “Có” được điểm tối đa, “Không” 0 điểm. Ghi “Có: …”, “Không: …” nếu khác."),
        (
            Rule::Levels {
                options: vec![
                    LevelOption { id: "kip_thoi".into(), label: "Ban hành đúng thời hạn".into(), label_en: None, points: one },
                    LevelOption { id: "cham".into(), label: "Ban hành chậm".into(), label_en: None, points: half },
                    LevelOption { id: "khong".into(), label: "Không ban hành".into(), label_en: None, points: Decimal::ZERO },
                ],
            },
            "Mỗi dòng một mức “tên: điểm”. Cột “Mã mức, nội dung” (không bắt buộc) ghi mã từng mức, cùng thứ tự; để trống thì mã được tạo từ tên.",
        ),
        (
            Rule::Percent {
                bands: vec![
                    band(Some(90), false, None, false, Decimal::from_int(2)),
                    band(Some(70), true, Some(90), true, one),
                    band(None, true, Some(70), false, Decimal::ZERO),
                ],
            },
            "Đơn vị nhập một tỷ lệ %. Mỗi dòng một mức; viết như văn bản: “Từ 80% đến dưới 100%”, “70% – 90%” (gồm cả hai đầu), “< 70%”, “> 90%”, “100%”. Điểm “theo tỷ lệ” = điểm tối đa × tỷ lệ đạt được. Các mức phải phủ kín từ 0% đến 100%, không chồng nhau.",
        ),
        (
            Rule::Ratio {
                numerator_label: "Số hồ sơ giải quyết đúng hạn".into(),
                denominator_label: "Số hồ sơ tiếp nhận".into(),
                bands: vec![
                    band(Some(100), true, Some(100), true, one),
                    Band { from: Some(Decimal::from_int(90)), to: Some(Decimal::HUNDRED), proportional: true, ..band(None, true, None, false, Decimal::ZERO) },
                    band(None, true, Some(90), false, Decimal::ZERO),
                ],
                on_zero_denominator: ZeroDenominator::FullPoints,
            },
            "Đơn vị nhập tử số và mẫu số; tỷ lệ được tính rồi chấm theo các mức như “Tỷ lệ %”. Dòng “Nếu mẫu số bằng 0” ghi “Được điểm tối đa”, “0 điểm” hoặc “Không tính vào điểm tối đa”.",
        ),
        (
            Rule::Parts {
                parts: vec![
                    Part { id: "bang_tin".into(), label: "Bảng tin".into(), label_en: None, points: quarter },
                    Part { id: "trang_ttdt".into(), label: "Trang thông tin điện tử".into(), label_en: None, points: quarter },
                    Part { id: "hoi_nghi".into(), label: "Hội nghị".into(), label_en: None, points: half },
                ],
                cap: Some(one),
            },
            "Đơn vị đánh dấu các nội dung đã làm; điểm cộng lại, không quá “Tối đa” (để trống: điểm tối đa của tiêu chí).",
        ),
        (
            Rule::Count { unit: "hồ sơ trễ hạn".into(), per_occurrence: -quarter, start: one, limit: Some(one) },
            "Đơn vị nhập số lần. Điểm = điểm ban đầu + (cộng hoặc trừ) mỗi lần, thay đổi không quá “Giới hạn”, không dưới 0 và không quá điểm tối đa.",
        ),
        (
            Rule::Survey {
                source: Some("Khảo sát SIPAS năm 2025 do Sở Nội vụ tổ chức".into()),
                figures: Some(par_core::rule::OfficeFigures {
                    numerator_label: "Số ý kiến hài lòng".into(),
                    denominator_label: "Số ý kiến thu thập".into(),
                    bands: vec![
                        band(Some(90), true, None, false, one),
                        band(None, true, Some(90), false, Decimal::ZERO),
                    ],
                    on_zero_denominator: ZeroDenominator::Excluded,
                }),
            },
            "Đơn vị không tự chấm; cơ quan thẩm định nhập điểm theo kết quả điều tra. “Nguồn” không bắt buộc. Nếu ghi “Tử số”, “Mẫu số” và các mức (như “Tỷ lệ tử số/mẫu số”), cơ quan thẩm định nhập số liệu và điểm được tính theo các mức; không ghi thì nhập thẳng điểm.",
        ),
        (Rule::AppraiserOnly { figures: None }, "Đơn vị không tự chấm; cơ quan thẩm định nhập điểm. Có thể ghi “Tử số”, “Mẫu số” và các mức như ở “Điều tra xã hội học”."),
    ]
}

const GENERAL: [&str; 11] = [
    "Bảng tính có ba trang: “Thông tin chung”, “Tiêu chí” và trang hướng dẫn này. Không đổi tên trang và dòng tiêu đề.",
    "Trang “Thông tin chung”: mỗi dòng một mục, cột A là tên mục, cột B là giá trị; mỗi mức xếp loại một dòng “Xếp loại”, từ cao xuống thấp.",
    "Trang “Tiêu chí”: mỗi dòng một lĩnh vực, tiêu chí, tiêu chí thành phần hoặc nhóm điểm thưởng/điểm trừ, theo thứ tự mã (1, 1.1, 1.1.1…). Không để dòng trống, không gộp ô, không dùng công thức.",
    "Tiêu chí thành phần có thể chia thêm một cấp: dòng không có “Cách tính điểm” (ví dụ 3.1.1), tiếp theo là các dòng có mã mở rộng từ mã đó (3.1.1.1, 3.1.1.2).",
    "Điểm tối đa ghi bằng số (ô kiểu Number), ví dụ 1,5; điểm tối đa của lĩnh vực, tiêu chí phải bằng tổng điểm các dòng con.",
    "Các ô nhiều dòng (mức điểm, tham số): xuống dòng trong ô bằng Alt+Enter.",
    "“Tài liệu kiểm chứng”: tài liệu đơn vị phải có; “Bắt buộc có tài liệu”: Có/Không (để trống là Có).",
    "“Không áp dụng”: để trống nếu tiêu chí luôn áp dụng; “Được điểm tối đa” nếu không phát sinh thì được điểm; “Không tính vào điểm tối đa” nếu không phát sinh thì tiêu chí được loại khỏi điểm tối đa.",
    "“Không áp dụng” ghi ở dòng “Lĩnh vực” hoặc “Tiêu chí”: đơn vị khai một lần, một giải trình, cho cả lĩnh vực hoặc tiêu chí (không khai riêng từng tiêu chí thành phần); khi đó các dòng bên dưới để trống ô này.",
    "“Điểm thấp nhất (âm)”: chỉ ghi khi tiêu chí thành phần có thể bị trừ dưới 0 điểm, ví dụ -0,25 cho “không bố trí … bị 0 điểm và bị trừ 0,25 điểm” (khi đó “Không: -0,25 điểm”).",
    "Kiểm tra: par framework import TỆP.xlsx -o TỆP.json liệt kê mọi lỗi kèm ô (ví dụ Tiêu chí!D14); chỉ khi không còn lỗi mới ghi tệp JSON.",
];

pub fn write(sheet: &mut Worksheet) -> Result<(), XlsxError> {
    let text = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let bold = text.clone().set_bold();
    sheet.set_name(INSTRUCTIONS_SHEET)?;
    for (column, width) in [26.0, 60.0, 30.0, 60.0].into_iter().enumerate() {
        sheet.set_column_width(column as u16, width)?;
    }
    sheet.write_string_with_format(0, 0, "Hướng dẫn ghi bộ tiêu chí", &bold)?;
    let mut row = 2;
    for line in GENERAL {
        sheet.write_string_with_format(row, 0, "•", &text)?;
        sheet.write_string_with_format(row, 1, line, &text)?;
        row += 1;
    }
    row += 1;
    let names: Vec<&str> = RowLevel::ALL.iter().map(|l| l.name()).collect();
    sheet.write_string_with_format(row, 0, "Cột “Cấp”", &bold)?;
    sheet.write_string_with_format(row, 1, names.join("; "), &text)?;
    row += 2;
    let headings = [
        Column::RuleKind.title(),
        "Ví dụ ô “Mức điểm, tham số”",
        "Ví dụ ô “Mã mức, nội dung”",
        "Ý nghĩa",
    ];
    for (column, heading) in headings.iter().enumerate() {
        sheet.write_string_with_format(row, column as u16, *heading, &bold)?;
    }
    row += 1;
    for (rule, meaning) in examples() {
        let cells = rule_cells(&rule);
        sheet.write_string_with_format(row, 0, rule_kind_name(rule.kind()), &text)?;
        sheet.write_string_with_format(row, 1, &cells.parameters, &text)?;
        sheet.write_string_with_format(row, 2, &cells.option_ids, &text)?;
        sheet.write_string_with_format(row, 3, meaning, &text)?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(row, 0, "Trang", &bold)?;
    sheet.write_string_with_format(
        row,
        1,
        format!("“{HEADER_SHEET}”, “{ITEMS_SHEET}”, “{INSTRUCTIONS_SHEET}”"),
        &text,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rule_text::parse_rule;

    #[test]
    fn every_example_reads_back_as_its_rule() {
        let examples = examples();
        assert_eq!(
            examples.len(),
            crate::layout::RULE_KINDS.len(),
            "one example per rule kind"
        );
        for (rule, _) in examples {
            assert_eq!(parse_rule(rule.kind(), &rule_cells(&rule)), Ok(rule));
        }
    }
}
