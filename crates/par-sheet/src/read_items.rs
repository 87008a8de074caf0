//! The criteria sheet (“Tiêu chí”): one row per field, criterion, sub-criterion or bonus/penalty
//! group, in order. A sub-criterion whose code extends the code of a sub-criterion without a rule
//! just above it is one level further down (3.1.1 → 3.1.1.1).

use std::cmp::Ordering;
use std::collections::HashMap;

use par_core::framework::{
    AdjustmentGroup, AdjustmentKind, Criterion, EvidenceRequirement, Field, Item, NotApplicable,
};
use par_core::Decimal;

use crate::grid::Grid;
use crate::layout::{
    not_applicable_of, rule_kind_of, yes_no_of, Column, RowLevel, NOT_APPLICABLE, RULE_KINDS,
};
use crate::problem::Problems;
use crate::read_cell::CellReader;
use crate::rule_text::{parse_rule, RuleCells};

/// What the sheet holds, and where each node came from.
#[derive(Debug, Default)]
pub struct ItemRows {
    pub fields: Vec<Field>,
    pub adjustments: Vec<AdjustmentGroup>,
    /// JSON path of each node (`fields[0].criteria[1].items[2]`) → zero-based row.
    pub rows: HashMap<String, u32>,
    pub columns: HashMap<ColumnKey, u32>,
}

/// `Column` as a map key.
pub type ColumnKey = u8;

pub fn column_key(column: Column) -> ColumnKey {
    Column::ALL.iter().position(|c| *c == column).unwrap_or(0) as u8
}

enum Container {
    None,
    Criterion { field: usize, criterion: usize },
    Group(usize),
}

pub fn read_items(grid: &Grid, problems: &mut Problems) -> ItemRows {
    let mut out = ItemRows::default();
    let mut cells = CellReader { grid, problems };
    for column in 0..=grid.cells.keys().map(|(_, c)| *c).max().unwrap_or(0) {
        if let Some(found) = Column::from_title(&cells.text(0, column)) {
            out.columns.insert(column_key(found), column);
        }
    }
    for column in Column::ALL.into_iter().filter(|c| c.required()) {
        if !out.columns.contains_key(&column_key(column)) {
            let sheet = grid.name.clone();
            cells.problems.push(
                &sheet,
                "1:1",
                format!(
                    "thiếu cột “{}” ở dòng 1; hãy dùng dòng tiêu đề của mẫu",
                    column.title()
                ),
            );
        }
    }
    if !cells.problems.is_empty() && out.columns.len() < 3 {
        return out;
    }
    let mut reader = Rows {
        out,
        container: Container::None,
        previous_code: HashMap::new(),
    };
    let last = grid.last_row().unwrap_or(0);
    for row in 1..=last {
        if grid.row_is_blank(row) {
            cells.problem(row, 0, "dòng trống giữa bảng; hãy xóa dòng này (mỗi dòng của bảng là một lĩnh vực, tiêu chí hoặc tiêu chí thành phần)");
            continue;
        }
        reader.row(&mut cells, row);
    }
    reader.out
}

struct Rows {
    out: ItemRows,
    container: Container,
    /// Last code seen under each parent path, to find codes out of order.
    previous_code: HashMap<String, String>,
}

impl Rows {
    fn column(&self, column: Column) -> Option<u32> {
        self.out.columns.get(&column_key(column)).copied()
    }

    fn text(&self, cells: &CellReader<'_>, row: u32, column: Column) -> String {
        self.column(column)
            .map(|c| cells.text(row, c))
            .unwrap_or_default()
    }

    fn row(&mut self, cells: &mut CellReader<'_>, row: u32) {
        let level_column = self.column(Column::Level).unwrap_or(1);
        let level_text = cells.text(row, level_column);
        let Some(level) = RowLevel::parse(&level_text) else {
            let names: Vec<String> = RowLevel::ALL
                .iter()
                .map(|l| format!("“{}”", l.name()))
                .collect();
            let what = if level_text.is_empty() {
                "chưa ghi cấp".to_string()
            } else {
                format!("không nhận ra cấp “{level_text}”")
            };
            cells.problem(
                row,
                level_column,
                format!("{what}; hãy ghi một trong {}", names.join(", ")),
            );
            return;
        };
        let code = self.text(cells, row, Column::Code);
        let title = self.text(cells, row, Column::Title);
        let title_en = self
            .column(Column::TitleEn)
            .and_then(|c| cells.optional_text(row, c));
        let max_column = self.column(Column::MaxPoints).unwrap_or(3);
        let what = if matches!(level, RowLevel::BonusGroup | RowLevel::PenaltyGroup) {
            "điểm tối đa của nhóm"
        } else {
            "điểm tối đa"
        };
        let max_points = cells
            .decimal(row, max_column, what)
            .unwrap_or(Decimal::ZERO);
        if code.is_empty() {
            cells.problem(
                row,
                self.column(Column::Code).unwrap_or(0),
                "chưa ghi mã; hãy ghi mã theo số thứ tự, ví dụ 1.2.3",
            );
        }
        if level != RowLevel::Item {
            self.no_item_cells(cells, row, level);
        }
        match level {
            RowLevel::Field => {
                let path = format!("fields[{}]", self.out.fields.len());
                self.in_order(cells, row, "", &code);
                let not_applicable = self.not_applicable(cells, row);
                self.out.fields.push(Field {
                    code,
                    title,
                    title_en,
                    max_points,
                    not_applicable,
                    criteria: Vec::new(),
                });
                self.out.rows.insert(path, row);
                self.container = Container::None;
            }
            RowLevel::Criterion => {
                let Some(field) = self.out.fields.len().checked_sub(1) else {
                    cells.problem(row, level_column, "tiêu chí phải nằm dưới một dòng “Lĩnh vực”; hãy thêm dòng lĩnh vực phía trên");
                    return;
                };
                let not_applicable = self.not_applicable(cells, row);
                let criteria = &mut self.out.fields[field].criteria;
                let criterion = criteria.len();
                criteria.push(Criterion {
                    code: code.clone(),
                    title,
                    title_en,
                    max_points,
                    not_applicable,
                    items: Vec::new(),
                });
                self.in_order(cells, row, &format!("fields[{field}]"), &code);
                self.out
                    .rows
                    .insert(format!("fields[{field}].criteria[{criterion}]"), row);
                self.container = Container::Criterion { field, criterion };
            }
            RowLevel::BonusGroup | RowLevel::PenaltyGroup => {
                let kind = if level == RowLevel::BonusGroup {
                    AdjustmentKind::Bonus
                } else {
                    AdjustmentKind::Penalty
                };
                let group = self.out.adjustments.len();
                self.in_order(cells, row, "adjustments", &code);
                self.out.adjustments.push(AdjustmentGroup {
                    code,
                    title,
                    title_en,
                    kind,
                    cap: max_points,
                    items: Vec::new(),
                });
                self.out.rows.insert(format!("adjustments[{group}]"), row);
                self.container = Container::Group(group);
            }
            RowLevel::Item => {
                let item = self.item(cells, row, code, title, title_en, max_points);
                self.place_item(cells, row, level_column, item);
            }
        }
    }

    fn place_item(&mut self, cells: &mut CellReader<'_>, row: u32, level_column: u32, item: Item) {
        let (prefix, items) = match self.container {
            Container::None => {
                cells.problem(row, level_column, "tiêu chí thành phần phải nằm dưới một dòng “Tiêu chí” (hoặc “Nhóm điểm thưởng”, “Nhóm điểm trừ”); hãy kiểm tra thứ tự các dòng");
                return;
            }
            Container::Criterion { field, criterion } => (
                format!("fields[{field}].criteria[{criterion}]"),
                &mut self.out.fields[field].criteria[criterion].items,
            ),
            Container::Group(group) => (
                format!("adjustments[{group}]"),
                &mut self.out.adjustments[group].items,
            ),
        };
        let count = items.len();
        let parent = items.last_mut().filter(|last| {
            last.rule.is_none() && item.code.starts_with(&format!("{}.", last.code))
        });
        let (parent_path, path) = match parent {
            Some(parent) => {
                let parent_path = format!("{prefix}.items[{}]", count - 1);
                let path = format!("{parent_path}.items[{}]", parent.items.len());
                parent.items.push(item.clone());
                (parent_path, path)
            }
            None => {
                let path = format!("{prefix}.items[{count}]");
                items.push(item.clone());
                (prefix, path)
            }
        };
        self.in_order(cells, row, &parent_path, &item.code);
        self.out.rows.insert(path, row);
    }

    fn item(
        &self,
        cells: &mut CellReader<'_>,
        row: u32,
        code: String,
        title: String,
        title_en: Option<String>,
        max_points: Decimal,
    ) -> Item {
        let kind_text = self.text(cells, row, Column::RuleKind);
        let rule_cells = RuleCells {
            parameters: self.text(cells, row, Column::Parameters),
            options_en: self.text(cells, row, Column::OptionsEn),
            option_ids: self.text(cells, row, Column::OptionIds),
        };
        let rule = if kind_text.is_empty() {
            None
        } else if let Some(kind) = rule_kind_of(&kind_text) {
            match parse_rule(kind, &rule_cells) {
                Ok(rule) => Some(rule),
                Err(problems) => {
                    for (column, message) in problems {
                        let at = self
                            .column(column)
                            .or(self.column(Column::Parameters))
                            .unwrap_or(0);
                        cells.problem(row, at, message);
                    }
                    None
                }
            }
        } else {
            let names: Vec<String> = RULE_KINDS.iter().map(|(_, n)| format!("“{n}”")).collect();
            let at = self.column(Column::RuleKind).unwrap_or(0);
            cells.problem(
                row,
                at,
                format!(
                    "không nhận ra cách tính điểm “{kind_text}”; hãy ghi một trong {}",
                    names.join(", ")
                ),
            );
            None
        };
        let hint = self.text(cells, row, Column::Evidence);
        let required_text = self.text(cells, row, Column::EvidenceRequired);
        let required = if required_text.is_empty() {
            true
        } else {
            yes_no_of(&required_text).unwrap_or_else(|| {
                let at = self.column(Column::EvidenceRequired).unwrap_or(0);
                cells.problem(
                    row,
                    at,
                    format!("“{required_text}”: hãy ghi “Có” hoặc “Không”"),
                );
                true
            })
        };
        if hint.is_empty() && !required_text.is_empty() {
            let at = self.column(Column::Evidence).unwrap_or(0);
            cells.problem(row, at, "chưa ghi tài liệu kiểm chứng cần có; hãy ghi tên tài liệu, hoặc xóa ô “Bắt buộc có tài liệu”");
        }
        let evidence = (!hint.is_empty()).then_some(EvidenceRequirement { hint, required });
        let not_applicable = self.not_applicable(cells, row);
        let min_points = self
            .column(Column::MinPoints)
            .filter(|at| !cells.text(row, *at).is_empty())
            .and_then(|at| cells.decimal(row, at, "điểm thấp nhất"));
        let guidance = Some(self.text(cells, row, Column::Guidance)).filter(|g| !g.is_empty());
        Item {
            code,
            title,
            title_en,
            max_points,
            min_points,
            items: Vec::new(),
            rule,
            evidence,
            not_applicable,
            guidance,
        }
    }

    /// What not applicable means for the row's item, criterion or field.
    fn not_applicable(&self, cells: &mut CellReader<'_>, row: u32) -> NotApplicable {
        let text = self.text(cells, row, Column::NotApplicable);
        not_applicable_of(&text).unwrap_or_else(|| {
            let names: Vec<String> = NOT_APPLICABLE
                .iter()
                .map(|(_, n)| format!("“{n}”"))
                .collect();
            let at = self.column(Column::NotApplicable).unwrap_or(0);
            cells.problem(
                row,
                at,
                format!(
                    "không nhận ra “{text}”; hãy ghi một trong {} (hoặc để trống)",
                    names.join(", ")
                ),
            );
            NotApplicable::None
        })
    }

    /// Fields, criteria and groups have no rule or evidence of their own; bonus and penalty
    /// groups cannot be claimed not applicable either.
    fn no_item_cells(&self, cells: &mut CellReader<'_>, row: u32, level: RowLevel) {
        let mut only_items = vec![
            Column::RuleKind,
            Column::Parameters,
            Column::Evidence,
            Column::EvidenceRequired,
            Column::OptionIds,
            Column::MinPoints,
        ];
        if matches!(level, RowLevel::BonusGroup | RowLevel::PenaltyGroup) {
            only_items.push(Column::NotApplicable);
        }
        for column in only_items {
            if let Some(at) = self
                .column(column)
                .filter(|at| !cells.text(row, *at).is_empty())
            {
                cells.problem(row, at, format!("dòng “{}” không có ô “{}”: chỉ tiêu chí thành phần mới có; hãy xóa nội dung ô này", level.name(), column.title()));
            }
        }
    }

    /// A code must come after the previous code under the same parent (1.2 after 1.1).
    fn in_order(&mut self, cells: &mut CellReader<'_>, row: u32, parent: &str, code: &str) {
        if code.is_empty() {
            return;
        }
        if let Some(previous) = self
            .previous_code
            .insert(parent.to_string(), code.to_string())
        {
            if compare_codes(&previous, code) != Ordering::Less {
                let at = self.column(Column::Code).unwrap_or(0);
                cells.problem(row, at, format!("mã “{code}” đứng sau “{previous}”; hãy xếp các dòng theo thứ tự mã (hoặc sửa lại mã)"));
            }
        }
    }
}

/// Compares codes part by part, numbers as numbers: 1.2 < 1.10.
pub fn compare_codes(a: &str, b: &str) -> Ordering {
    let parts = |s: &str| s.split('.').map(str::to_string).collect::<Vec<_>>();
    for (x, y) in parts(a).iter().zip(parts(b).iter()) {
        let order = match (x.parse::<u64>(), y.parse::<u64>()) {
            (Ok(x), Ok(y)) => x.cmp(&y),
            _ => x.cmp(y),
        };
        if order != Ordering::Equal {
            return order;
        }
    }
    parts(a).len().cmp(&parts(b).len())
}
