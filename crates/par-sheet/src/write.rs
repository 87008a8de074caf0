//! A criteria set written as the template (rust_xlsxwriter): the header sheet, the criteria
//! sheet with drop-down lists for its fixed words, and the instructions. The bytes depend only
//! on the set (the file's creation date is the decision date), so a committed template can be
//! compared with a fresh export.

use par_core::framework::{Framework, Item, NotApplicable};
use par_core::Decimal;
use rust_xlsxwriter::{
    Color, DataValidation, DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet,
    XlsxError,
};

use crate::layout::{
    claim_without_evidence_name, evidence_policy_name, not_applicable_name, rule_kind_name,
    unit_level_name, Column, HeaderKey, RowLevel, CLAIMS_WITHOUT_EVIDENCE, EVIDENCE_POLICIES,
    HEADER_COLUMNS, HEADER_SHEET, ITEMS_SHEET, LEVELS, NO, NOT_APPLICABLE, RULE_KINDS, YES,
};
use crate::problem::ExportError;
use crate::rule_text::rule_cells;

/// Rows the drop-down lists cover in a template.
const LIST_ROWS: u32 = 1000;

/// The set as an XLSX template.
pub fn export_xlsx(set: &Framework) -> Result<Vec<u8>, ExportError> {
    let mut workbook = new_workbook(Some(&set.decision.date), &set.title)?;
    header_sheet(workbook.add_worksheet(), Some(set))?;
    let items = workbook.add_worksheet();
    items_sheet_frame(items)?;
    let mut writer = ItemWriter {
        sheet: items,
        row: 1,
        styles: Styles::new(),
        group_not_applicable: NotApplicable::None,
    };
    for field in &set.fields {
        writer.group_not_applicable = field.not_applicable;
        writer.node(
            RowLevel::Field,
            &field.code,
            &field.title,
            &field.title_en,
            field.max_points,
        )?;
        for criterion in &field.criteria {
            writer.group_not_applicable = criterion.not_applicable;
            writer.node(
                RowLevel::Criterion,
                &criterion.code,
                &criterion.title,
                &criterion.title_en,
                criterion.max_points,
            )?;
            for item in &criterion.items {
                writer.item(item)?;
            }
        }
    }
    for group in &set.adjustments {
        writer.group_not_applicable = NotApplicable::None;
        let level = match group.kind {
            par_core::framework::AdjustmentKind::Bonus => RowLevel::BonusGroup,
            par_core::framework::AdjustmentKind::Penalty => RowLevel::PenaltyGroup,
        };
        writer.node(level, &group.code, &group.title, &group.title_en, group.cap)?;
        for item in &group.items {
            writer.item(item)?;
        }
    }
    crate::instructions::write(workbook.add_worksheet())?;
    Ok(workbook.save_to_buffer()?)
}

/// The template with nothing filled in, for a new set.
pub fn empty_template() -> Result<Vec<u8>, ExportError> {
    let mut workbook = new_workbook(None, "Mẫu bộ tiêu chí")?;
    header_sheet(workbook.add_worksheet(), None)?;
    items_sheet_frame(workbook.add_worksheet())?;
    crate::instructions::write(workbook.add_worksheet())?;
    Ok(workbook.save_to_buffer()?)
}

pub(crate) fn new_workbook(date: Option<&str>, title: &str) -> Result<Workbook, XlsxError> {
    let mut workbook = Workbook::new();
    let (y, m, d) = date
        .and_then(|iso| {
            let mut parts = iso.split('-').map(|p| p.parse::<u16>().ok());
            Some((parts.next()??, parts.next()?? as u8, parts.next()?? as u8))
        })
        .unwrap_or((2025, 1, 1));
    let created =
        ExcelDateTime::from_ymd(y, m, d).or_else(|_| ExcelDateTime::from_ymd(2025, 1, 1))?;
    let properties = DocProperties::new()
        .set_title(title)
        .set_creation_datetime(&created);
    workbook.set_properties(&properties);
    Ok(workbook)
}

struct Styles {
    title: Format,
    text: Format,
    bold: Format,
    number: Format,
    bold_number: Format,
}

impl Styles {
    fn new() -> Self {
        let text = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        Styles {
            title: text
                .clone()
                .set_bold()
                .set_background_color(Color::RGB(0xDDEBF7)),
            bold: text.clone().set_bold(),
            number: text.clone().set_num_format("0.####"),
            bold_number: text.clone().set_bold().set_num_format("0.####"),
            text,
        }
    }
}

fn header_sheet(sheet: &mut Worksheet, set: Option<&Framework>) -> Result<(), XlsxError> {
    let styles = Styles::new();
    sheet.set_name(HEADER_SHEET)?;
    for (column, title) in HEADER_COLUMNS.iter().chain(["Cách ghi"].iter()).enumerate() {
        sheet.write_string_with_format(0, column as u16, *title, &styles.title)?;
    }
    for (column, width) in [28.0, 60.0, 40.0, 50.0].into_iter().enumerate() {
        sheet.set_column_width(column as u16, width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    let mut row = 1;
    for key in HeaderKey::ALL
        .into_iter()
        .filter(|k| *k != HeaderKey::Classification)
    {
        sheet.write_string_with_format(row, 0, key.label(), &styles.bold)?;
        sheet.write_string_with_format(row, 3, key.hint(), &styles.text)?;
        if let Some(set) = set {
            write_setting(sheet, row, key, set, &styles)?;
        }
        let choices: Option<Vec<&str>> = match key {
            HeaderKey::Level => Some(LEVELS.iter().map(|(_, n)| *n).collect()),
            HeaderKey::EvidencePolicy => Some(EVIDENCE_POLICIES.iter().map(|(_, n)| *n).collect()),
            HeaderKey::ClaimWithoutEvidence => {
                Some(CLAIMS_WITHOUT_EVIDENCE.iter().map(|(_, n)| *n).collect())
            }
            _ => None,
        };
        if let Some(choices) = choices {
            sheet.add_data_validation(
                row,
                1,
                row,
                1,
                &DataValidation::new().allow_list_strings(&choices)?,
            )?;
        }
        row += 1;
    }
    let bands = set.map(|s| s.classification.as_slice()).unwrap_or_default();
    let rows = if bands.is_empty() { 1 } else { bands.len() };
    for i in 0..rows {
        sheet.write_string_with_format(row, 0, HeaderKey::Classification.label(), &styles.bold)?;
        if i == 0 {
            sheet.write_string_with_format(
                row,
                3,
                HeaderKey::Classification.hint(),
                &styles.text,
            )?;
        }
        if let Some(band) = bands.get(i) {
            let above = i.checked_sub(1).map(|j| bands[j].min_percent);
            sheet.write_string_with_format(
                row,
                1,
                class_band_text(&band.label, band.min_percent, above),
                &styles.text,
            )?;
            if let Some(en) = &band.label_en {
                sheet.write_string_with_format(row, 2, en, &styles.text)?;
            }
        }
        row += 1;
    }
    Ok(())
}

fn write_setting(
    sheet: &mut Worksheet,
    row: u32,
    key: HeaderKey,
    set: &Framework,
    styles: &Styles,
) -> Result<(), XlsxError> {
    let text = match key {
        HeaderKey::Id => set.id.clone(),
        HeaderKey::Title => {
            if let Some(en) = &set.title_en {
                sheet.write_string_with_format(row, 2, en, &styles.text)?;
            }
            set.title.clone()
        }
        HeaderKey::Level => unit_level_name(set.level).to_string(),
        HeaderKey::Province => set.province.clone(),
        HeaderKey::Year => {
            sheet.write_number_with_format(row, 1, f64::from(set.year), &styles.number)?;
            return Ok(());
        }
        HeaderKey::Version => set.version.clone(),
        HeaderKey::DecisionNumber => set.decision.number.clone(),
        HeaderKey::DecisionDate => par_core::input::iso_to_vi(&set.decision.date),
        HeaderKey::DecisionIssuer => set.decision.issuer.clone(),
        HeaderKey::AppraisingBody => set.appraising_body.clone(),
        HeaderKey::EvidencePolicy => evidence_policy_name(set.evidence_policy).to_string(),
        HeaderKey::Decimals => {
            sheet.write_number_with_format(row, 1, f64::from(set.decimals), &styles.number)?;
            return Ok(());
        }
        HeaderKey::Notice => set.notice.clone().unwrap_or_default(),
        HeaderKey::ClaimWithoutEvidence => {
            claim_without_evidence_name(set.not_applicable_without_evidence).to_string()
        }
        HeaderKey::Classification => String::new(),
    };
    if !text.is_empty() {
        sheet.write_string_with_format(row, 1, text, &styles.text)?;
    }
    Ok(())
}

/// “Xuất sắc: từ 90% trở lên”, “Khá: từ 70% đến dưới 80%”, “Yếu: dưới 50%”.
fn class_band_text(label: &str, min: Decimal, above: Option<Decimal>) -> String {
    let pct = |d: Decimal| format!("{}%", d.format_vi_short());
    match above {
        None => format!("{label}: từ {} trở lên", pct(min)),
        Some(above) if min.is_zero() => format!("{label}: dưới {}", pct(above)),
        Some(above) => format!("{label}: từ {} đến dưới {}", pct(min), pct(above)),
    }
}

fn items_sheet_frame(sheet: &mut Worksheet) -> Result<(), XlsxError> {
    let styles = Styles::new();
    sheet.set_name(ITEMS_SHEET)?;
    for (i, column) in Column::ALL.iter().enumerate() {
        sheet.write_string_with_format(0, i as u16, column.title(), &styles.title)?;
        sheet.set_column_width(i as u16, column.width())?;
    }
    sheet.set_freeze_panes(1, 2)?;
    let lists: [(Column, Vec<&str>); 4] = [
        (
            Column::Level,
            RowLevel::ALL.iter().map(|l| l.name()).collect(),
        ),
        (
            Column::RuleKind,
            RULE_KINDS.iter().map(|(_, n)| *n).collect(),
        ),
        (
            Column::NotApplicable,
            NOT_APPLICABLE.iter().map(|(_, n)| *n).collect(),
        ),
        (Column::EvidenceRequired, vec![YES, NO]),
    ];
    for (column, choices) in lists {
        let at = Column::ALL.iter().position(|c| *c == column).unwrap_or(0) as u16;
        sheet.add_data_validation(
            1,
            at,
            LIST_ROWS,
            at,
            &DataValidation::new().allow_list_strings(&choices)?,
        )?;
    }
    Ok(())
}

struct ItemWriter<'a> {
    sheet: &'a mut Worksheet,
    row: u32,
    styles: Styles,
    /// What not applicable means for the next field or criterion row written.
    group_not_applicable: NotApplicable,
}

impl ItemWriter<'_> {
    fn put(&mut self, column: Column, text: &str, bold: bool) -> Result<(), XlsxError> {
        if text.is_empty() {
            return Ok(());
        }
        let at = Column::ALL.iter().position(|c| *c == column).unwrap_or(0) as u16;
        let format = if bold {
            &self.styles.bold
        } else {
            &self.styles.text
        };
        self.sheet
            .write_string_with_format(self.row, at, text, format)?;
        Ok(())
    }

    fn node(
        &mut self,
        level: RowLevel,
        code: &str,
        title: &str,
        title_en: &Option<String>,
        max: Decimal,
    ) -> Result<(), XlsxError> {
        let bold = matches!(
            level,
            RowLevel::Field | RowLevel::BonusGroup | RowLevel::PenaltyGroup
        );
        self.put(Column::Code, code, bold)?;
        self.put(Column::Level, level.name(), bold)?;
        self.put(Column::Title, title, bold)?;
        self.put(Column::TitleEn, title_en.as_deref().unwrap_or(""), false)?;
        if !self.group_not_applicable.is_none() {
            let words = not_applicable_name(self.group_not_applicable);
            self.put(Column::NotApplicable, words, false)?;
        }
        let at = Column::ALL
            .iter()
            .position(|c| *c == Column::MaxPoints)
            .unwrap_or(0) as u16;
        let format = if bold {
            &self.styles.bold_number
        } else {
            &self.styles.number
        };
        self.sheet
            .write_number_with_format(self.row, at, decimal_f64(max), format)?;
        self.row += 1;
        Ok(())
    }

    fn item(&mut self, item: &Item) -> Result<(), XlsxError> {
        self.put(Column::Code, &item.code, false)?;
        self.put(Column::Level, RowLevel::Item.name(), false)?;
        self.put(Column::Title, &item.title, false)?;
        self.put(
            Column::TitleEn,
            item.title_en.as_deref().unwrap_or(""),
            false,
        )?;
        let at = Column::ALL
            .iter()
            .position(|c| *c == Column::MaxPoints)
            .unwrap_or(0) as u16;
        self.sheet.write_number_with_format(
            self.row,
            at,
            decimal_f64(item.max_points),
            &self.styles.number,
        )?;
        if let Some(rule) = &item.rule {
            self.put(Column::RuleKind, rule_kind_name(rule.kind()), false)?;
            let cells = rule_cells(rule);
            self.put(Column::Parameters, &cells.parameters, false)?;
            self.put(Column::OptionsEn, &cells.options_en, false)?;
            self.put(Column::OptionIds, &cells.option_ids, false)?;
        }
        if let Some(evidence) = &item.evidence {
            self.put(Column::Evidence, &evidence.hint, false)?;
            self.put(
                Column::EvidenceRequired,
                if evidence.required { YES } else { NO },
                false,
            )?;
        }
        if !item.not_applicable.is_none() {
            self.put(
                Column::NotApplicable,
                not_applicable_name(item.not_applicable),
                false,
            )?;
        }
        self.put(
            Column::Guidance,
            item.guidance.as_deref().unwrap_or(""),
            false,
        )?;
        if let Some(floor) = item.min_points {
            let at = Column::ALL
                .iter()
                .position(|c| *c == Column::MinPoints)
                .unwrap_or(0) as u16;
            let number = decimal_f64(floor);
            self.sheet
                .write_number_with_format(self.row, at, number, &self.styles.number)?;
        }
        self.row += 1;
        for sub in &item.items {
            self.item(sub)?;
        }
        Ok(())
    }
}

/// A decimal as the spreadsheet number that reads back as exactly it (at most four decimals).
pub(crate) fn decimal_f64(value: Decimal) -> f64 {
    value.units() as f64 / Decimal::ONE.units() as f64
}
