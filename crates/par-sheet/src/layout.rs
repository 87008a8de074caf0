//! The template's shape, in one place for the reader and the writer: sheet names, column titles,
//! the header sheet's labels and the words a row uses for its level, rule and not-applicable
//! meaning. Matching is forgiving (case, spacing, composed or decomposed accents); writing uses
//! the first spelling listed.

use par_core::framework::{ClaimWithoutEvidence, EvidencePolicy, NotApplicable, UnitLevel};

use crate::text::key;

pub const HEADER_SHEET: &str = "Thông tin chung";
pub const ITEMS_SHEET: &str = "Tiêu chí";
pub const INSTRUCTIONS_SHEET: &str = "Hướng dẫn";

/// The header sheet: label in A, value in B, English in C.
pub const HEADER_COLUMNS: [&str; 3] = ["Nội dung", "Giá trị", "Tiếng Anh (không bắt buộc)"];

/// One row of the header sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HeaderKey {
    Id,
    Title,
    Level,
    Province,
    Year,
    Version,
    DecisionNumber,
    DecisionDate,
    DecisionIssuer,
    AppraisingBody,
    EvidencePolicy,
    Decimals,
    Notice,
    /// Under “Tính 0 điểm”: what a full-points not-applicable claim without evidence scores.
    ClaimWithoutEvidence,
    /// Repeated: one row per classification band, highest first.
    Classification,
}

impl HeaderKey {
    pub const ALL: [HeaderKey; 15] = [
        HeaderKey::Id,
        HeaderKey::Title,
        HeaderKey::Level,
        HeaderKey::Province,
        HeaderKey::Year,
        HeaderKey::Version,
        HeaderKey::DecisionNumber,
        HeaderKey::DecisionDate,
        HeaderKey::DecisionIssuer,
        HeaderKey::AppraisingBody,
        HeaderKey::EvidencePolicy,
        HeaderKey::Decimals,
        HeaderKey::Notice,
        HeaderKey::ClaimWithoutEvidence,
        HeaderKey::Classification,
    ];

    pub fn label(self) -> &'static str {
        match self {
            HeaderKey::Id => "Mã bộ tiêu chí",
            HeaderKey::Title => "Tên bộ tiêu chí",
            HeaderKey::Level => "Cấp đánh giá",
            HeaderKey::Province => "Tỉnh, thành phố",
            HeaderKey::Year => "Năm đánh giá",
            HeaderKey::Version => "Phiên bản",
            HeaderKey::DecisionNumber => "Số quyết định",
            HeaderKey::DecisionDate => "Ngày quyết định",
            HeaderKey::DecisionIssuer => "Cơ quan ban hành",
            HeaderKey::AppraisingBody => "Cơ quan thẩm định",
            HeaderKey::EvidencePolicy => "Thiếu tài liệu kiểm chứng",
            HeaderKey::Decimals => "Số chữ số thập phân",
            HeaderKey::Notice => "Ghi chú",
            HeaderKey::ClaimWithoutEvidence => "Không áp dụng mà thiếu tài liệu",
            HeaderKey::Classification => "Xếp loại",
        }
    }

    /// What to write in the value cell, shown in the instructions and in messages.
    pub fn hint(self) -> &'static str {
        match self {
            HeaderKey::Id => "mã ngắn không dấu, không dấu cách, ví dụ “ha-noi-xa-2025”",
            HeaderKey::Title => "tên đầy đủ của bộ tiêu chí",
            HeaderKey::Level => "“Cấp xã”, “Cấp huyện” hoặc “Cấp sở”",
            HeaderKey::Province => "ví dụ “Thành phố Hà Nội”",
            HeaderKey::Year => "năm đánh giá, ví dụ 2025",
            HeaderKey::Version => "ví dụ 1; tăng lên mỗi lần sửa bộ tiêu chí đã gửi",
            HeaderKey::DecisionNumber => "ví dụ “5666/QĐ-UBND”",
            HeaderKey::DecisionDate => "ngày/tháng/năm, ví dụ 15/09/2025",
            HeaderKey::DecisionIssuer => "ví dụ “UBND Thành phố Hà Nội”",
            HeaderKey::AppraisingBody => "ví dụ “Sở Nội vụ Thành phố Hà Nội”",
            HeaderKey::EvidencePolicy => "“Tính 0 điểm” hoặc “Phải giải trình”",
            HeaderKey::Decimals => "số chữ số thập phân của điểm, từ 0 đến 4 (thường là 2)",
            HeaderKey::Notice => "không bắt buộc",
            HeaderKey::ClaimWithoutEvidence => {
                "khi thiếu tài liệu “Tính 0 điểm”: tiêu chí khai không áp dụng (được điểm tối đa) mà không có tài liệu “Vẫn được điểm tối đa” hoặc “Tính 0 điểm” (để trống: vẫn được điểm tối đa)"
            }
            HeaderKey::Classification => {
                "mỗi mức một dòng, từ cao xuống thấp, ví dụ “Tốt: từ 80% đến dưới 90%”"
            }
        }
    }

    pub fn required(self) -> bool {
        !matches!(self, HeaderKey::Notice | HeaderKey::ClaimWithoutEvidence)
    }

    pub fn from_label(text: &str) -> Option<HeaderKey> {
        let wanted = key(text);
        HeaderKey::ALL
            .into_iter()
            .find(|k| key(k.label()) == wanted)
    }
}

/// Columns of the criteria sheet, in the order the writer puts them. The reader finds them by
/// their title in row 1, so an official may reorder them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Code,
    Level,
    Title,
    MaxPoints,
    RuleKind,
    Parameters,
    Evidence,
    EvidenceRequired,
    NotApplicable,
    Guidance,
    TitleEn,
    OptionsEn,
    OptionIds,
    MinPoints,
}

impl Column {
    pub const ALL: [Column; 14] = [
        Column::Code,
        Column::Level,
        Column::Title,
        Column::MaxPoints,
        Column::RuleKind,
        Column::Parameters,
        Column::Evidence,
        Column::EvidenceRequired,
        Column::NotApplicable,
        Column::Guidance,
        Column::TitleEn,
        Column::OptionsEn,
        Column::OptionIds,
        Column::MinPoints,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Column::Code => "Mã",
            Column::Level => "Cấp",
            Column::Title => "Nội dung",
            Column::MaxPoints => "Điểm tối đa",
            Column::RuleKind => "Cách tính điểm",
            Column::Parameters => "Mức điểm, tham số",
            Column::Evidence => "Tài liệu kiểm chứng",
            Column::EvidenceRequired => "Bắt buộc có tài liệu",
            Column::NotApplicable => "Không áp dụng",
            Column::Guidance => "Hướng dẫn chấm",
            Column::TitleEn => "Tên tiếng Anh",
            Column::OptionsEn => "Mức, nội dung (tiếng Anh)",
            Column::OptionIds => "Mã mức, nội dung",
            Column::MinPoints => "Điểm thấp nhất (âm)",
        }
    }

    /// The template writes the first columns; these later ones may be left out of a sheet.
    pub fn required(self) -> bool {
        matches!(
            self,
            Column::Code | Column::Level | Column::Title | Column::MaxPoints | Column::RuleKind
        )
    }

    pub fn width(self) -> f64 {
        match self {
            Column::Code => 9.0,
            Column::Level => 18.0,
            Column::Title | Column::Parameters | Column::Guidance => 48.0,
            Column::MaxPoints | Column::EvidenceRequired | Column::MinPoints => 11.0,
            Column::RuleKind | Column::NotApplicable => 22.0,
            Column::Evidence | Column::TitleEn => 36.0,
            Column::OptionsEn | Column::OptionIds => 24.0,
        }
    }

    pub fn from_title(text: &str) -> Option<Column> {
        let wanted = key(text);
        Column::ALL.into_iter().find(|c| key(c.title()) == wanted)
    }
}

/// What a row of the criteria sheet is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowLevel {
    Field,
    Criterion,
    /// A sub-criterion; one level further down when its code extends a sub-criterion without a rule.
    Item,
    BonusGroup,
    PenaltyGroup,
}

impl RowLevel {
    pub const ALL: [RowLevel; 5] = [
        RowLevel::Field,
        RowLevel::Criterion,
        RowLevel::Item,
        RowLevel::BonusGroup,
        RowLevel::PenaltyGroup,
    ];

    pub fn name(self) -> &'static str {
        match self {
            RowLevel::Field => "Lĩnh vực",
            RowLevel::Criterion => "Tiêu chí",
            RowLevel::Item => "Tiêu chí thành phần",
            RowLevel::BonusGroup => "Nhóm điểm thưởng",
            RowLevel::PenaltyGroup => "Nhóm điểm trừ",
        }
    }

    pub fn parse(text: &str) -> Option<RowLevel> {
        let wanted = key(text);
        let aliases: [(&str, RowLevel); 4] = [
            ("TCTP", RowLevel::Item),
            ("TC", RowLevel::Criterion),
            ("Điểm thưởng", RowLevel::BonusGroup),
            ("Điểm trừ", RowLevel::PenaltyGroup),
        ];
        RowLevel::ALL
            .into_iter()
            .map(|level| (level.name(), level))
            .chain(aliases)
            .find(|(name, _)| key(name) == wanted)
            .map(|(_, level)| level)
    }
}

/// The rule kinds as an official names them.
pub const RULE_KINDS: [(&str, &str); 8] = [
    ("yes_no", "Có/Không"),
    ("levels", "Theo mức"),
    ("percent", "Tỷ lệ %"),
    ("ratio", "Tỷ lệ tử số/mẫu số"),
    ("parts", "Cộng điểm nội dung"),
    ("count", "Đếm số lần"),
    ("survey", "Điều tra xã hội học"),
    ("appraiser_only", "Cơ quan thẩm định chấm"),
];

pub fn rule_kind_name(kind: &str) -> &'static str {
    RULE_KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("", |(_, name)| name)
}

/// The machine kind (`yes_no`…) for what an official wrote (“Có/Không”, or the machine name).
pub fn rule_kind_of(text: &str) -> Option<&'static str> {
    let wanted = key(text);
    RULE_KINDS
        .iter()
        .find(|(kind, name)| key(name) == wanted || key(kind) == wanted)
        .map(|(kind, _)| *kind)
}

pub const NOT_APPLICABLE: [(NotApplicable, &str); 3] = [
    (NotApplicable::None, "Không"),
    (NotApplicable::FullPoints, "Được điểm tối đa"),
    (NotApplicable::Excluded, "Không tính vào điểm tối đa"),
];

pub fn not_applicable_name(value: NotApplicable) -> &'static str {
    NOT_APPLICABLE
        .iter()
        .find(|(v, _)| *v == value)
        .map_or("", |(_, name)| name)
}

pub fn not_applicable_of(text: &str) -> Option<NotApplicable> {
    if text.trim().is_empty() {
        return Some(NotApplicable::None);
    }
    let wanted = key(text);
    NOT_APPLICABLE
        .iter()
        .find(|(_, name)| key(name) == wanted)
        .map(|(value, _)| *value)
}

pub const LEVELS: [(UnitLevel, &str); 3] = [
    (UnitLevel::Commune, "Cấp xã"),
    (UnitLevel::District, "Cấp huyện"),
    (UnitLevel::Department, "Cấp sở"),
];

pub fn unit_level_of(text: &str) -> Option<UnitLevel> {
    let wanted = key(text);
    LEVELS
        .iter()
        .find(|(_, name)| {
            key(name) == wanted
                || name
                    .strip_prefix("Cấp ")
                    .is_some_and(|short| key(short) == wanted)
        })
        .map(|(level, _)| *level)
}

pub fn unit_level_name(level: UnitLevel) -> &'static str {
    LEVELS
        .iter()
        .find(|(l, _)| *l == level)
        .map_or("", |(_, name)| name)
}

pub const EVIDENCE_POLICIES: [(EvidencePolicy, &str); 2] = [
    (EvidencePolicy::ZeroWithoutEvidence, "Tính 0 điểm"),
    (EvidencePolicy::ExplanationRequired, "Phải giải trình"),
];

pub fn evidence_policy_of(text: &str) -> Option<EvidencePolicy> {
    let wanted = key(text);
    EVIDENCE_POLICIES
        .iter()
        .find(|(_, name)| key(name) == wanted)
        .map(|(policy, _)| *policy)
}

pub fn evidence_policy_name(policy: EvidencePolicy) -> &'static str {
    EVIDENCE_POLICIES
        .iter()
        .find(|(p, _)| *p == policy)
        .map_or("", |(_, name)| name)
}

pub const YES: &str = "Có";
pub const NO: &str = "Không";

/// “Có”/“Không” (also x, yes/no); `None` for anything else.
pub fn yes_no_of(text: &str) -> Option<bool> {
    match key(text).as_str() {
        "có" | "co" | "x" | "yes" | "bắt buộc" => Some(true),
        "không" | "khong" | "no" | "không bắt buộc" => Some(false),
        _ => None,
    }
}

pub const CLAIMS_WITHOUT_EVIDENCE: [(ClaimWithoutEvidence, &str); 2] = [
    (
        ClaimWithoutEvidence::KeepsFullPoints,
        "Vẫn được điểm tối đa",
    ),
    (ClaimWithoutEvidence::ScoresZero, "Tính 0 điểm"),
];

pub fn claim_without_evidence_of(text: &str) -> Option<ClaimWithoutEvidence> {
    if text.trim().is_empty() {
        return Some(ClaimWithoutEvidence::KeepsFullPoints);
    }
    let wanted = key(text);
    CLAIMS_WITHOUT_EVIDENCE
        .iter()
        .find(|(_, name)| key(name) == wanted)
        .map(|(value, _)| *value)
}

pub fn claim_without_evidence_name(value: ClaimWithoutEvidence) -> &'static str {
    CLAIMS_WITHOUT_EVIDENCE
        .iter()
        .find(|(v, _)| *v == value)
        .map_or("", |(_, name)| name)
}
