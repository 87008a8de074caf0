//! Rules in plain words, as the commune official reads them beside each input.

use par_core::describe::describe_item;
use par_core::{Framework, Lang};

fn sample() -> Framework {
    par_core::load_framework(include_str!("../../../frameworks/mau-xa-2025.json"))
        .expect("the sample set is valid")
}

/// The words for leaf `code`, with the kind of bonus/penalty group holding it, as the app shows them.
fn words(set: &Framework, code: &str, lang: Lang) -> Vec<String> {
    let group = set
        .adjustments
        .iter()
        .find(|g| g.items.iter().any(|item| item.code == code))
        .map(|g| g.kind);
    let leaf = set.leaf(code).expect("a leaf of the sample");
    describe_item(leaf.item, group, lang)
}

#[test]
fn percent_bands_read_as_ranges_with_their_points() {
    let set = sample();
    assert_eq!(
        words(&set, "2.3.2", Lang::Vi),
        [
            "100%: 1 điểm",
            "Từ 80% đến dưới 100%: 0,5 điểm",
            "Dưới 80%: 0 điểm"
        ]
    );
    assert_eq!(
        words(&set, "1.1.2", Lang::Vi)[1],
        "Từ 80% đến dưới 100%: 1,5 điểm × tỷ lệ đạt được"
    );
}

#[test]
fn a_deduction_in_a_field_says_what_each_occurrence_costs_and_the_most_it_costs() {
    let set = sample();
    assert_eq!(
        words(&set, "1.2.2", Lang::Vi),
        [
            "Điểm ban đầu: 0,5 điểm",
            "Mỗi báo cáo gửi chậm so với thời hạn: trừ 0,25 điểm, trừ tối đa 0,5 điểm"
        ]
    );
}

#[test]
fn a_bonus_count_adds_and_a_penalty_count_deducts() {
    let set = sample();
    assert_eq!(
        words(&set, "9.1.1", Lang::Vi),
        ["Mỗi sáng kiến, mô hình được công nhận: cộng 0,5 điểm, tối đa 1 điểm"]
    );
    // The criteria set counts penalty occurrences with positive points; the group takes them
    // from the total, so the words must say "trừ", not "cộng".
    assert_eq!(
        words(&set, "9.2.1", Lang::Vi),
        ["Mỗi văn bản phê bình, nhắc nhở: trừ 0,5 điểm, trừ tối đa 1,5 điểm"]
    );
    assert_eq!(
        words(&set, "9.2.1", Lang::En),
        ["Each “văn bản phê bình, nhắc nhở”: minus 0.5 points, at most 1.5 points in all"]
    );
}

#[test]
fn other_penalty_rules_first_say_their_points_are_deducted() {
    let set = sample();
    assert_eq!(
        words(&set, "9.2.3", Lang::Vi),
        [
            "Số điểm dưới đây bị trừ khỏi tổng điểm.",
            "Có: 1 điểm; Không: 0 điểm"
        ]
    );
    assert_eq!(
        words(&set, "9.1.2", Lang::Vi),
        ["Có: 0,5 điểm; Không: 0 điểm"]
    );
    // Scored by the office: the office decides what is deducted.
    assert_eq!(
        words(&set, "9.2.4", Lang::Vi),
        ["Cơ quan thẩm định quyết định số điểm bị trừ; đơn vị không tự chấm."]
    );
}

/// An item of the second format, from JSON.
fn item(value: serde_json::Value) -> par_core::framework::Item {
    serde_json::from_value(value).unwrap()
}

#[test]
fn a_deduction_inside_a_criterion_states_its_floor_in_both_languages() {
    let item = item(serde_json::json!({
        "code": "1.1.1", "title": "Bố trí công chức đầu mối", "max_points": 1, "min_points": -0.25,
        "rule": {"type": "yes_no", "no_points": -0.25}
    }));
    assert_eq!(
        describe_item(&item, None, Lang::Vi),
        [
            "Có: 1 điểm; Không: -0,25 điểm",
            "Điểm thấp nhất: -0,25 điểm (điểm âm bị trừ vào điểm của tiêu chí)."
        ]
    );
    assert_eq!(
        describe_item(&item, None, Lang::En)[1],
        "Lowest score: -0.25 points (a negative score is deducted from the criterion)."
    );
}

#[test]
fn an_item_the_office_scores_from_figures_says_how() {
    let item = item(serde_json::json!({
        "code": "8.1.1", "title": "Hài lòng", "max_points": 4,
        "rule": {"type": "survey", "source": "SIPAS 2025", "figures": {
            "numerator_label": "Số ý kiến hài lòng", "denominator_label": "Số ý kiến thu thập",
            "bands": [{"from": 90, "points": 4}, {"to": 90, "points": 0}],
            "on_zero_denominator": "excluded"}}
    }));
    let vi = describe_item(&item, None, Lang::Vi);
    assert_eq!(
        vi[1..],
        [
            "Cơ quan thẩm định nhập số liệu; điểm tính như sau:",
            "Tỷ lệ = Số ý kiến hài lòng ÷ Số ý kiến thu thập × 100%",
            "Từ 90% trở lên: 4 điểm",
            "Dưới 90%: 0 điểm",
            "Nếu Số ý kiến thu thập bằng 0: không tính tiêu chí này"
        ]
    );
    let en = describe_item(&item, None, Lang::En);
    assert_eq!(
        en[1],
        "The appraising office enters the figures; points follow:"
    );
}

#[test]
fn a_whole_criterion_or_field_claim_reads_as_one_claim() {
    use par_core::describe::describe_group_not_applicable;
    use par_core::framework::NotApplicable;
    assert_eq!(
        describe_group_not_applicable(NotApplicable::Excluded, true, Lang::Vi).as_deref(),
        Some("Nếu cả lĩnh vực không áp dụng: không tính vào điểm tối đa, giải trình một lần.")
    );
    assert_eq!(
        describe_group_not_applicable(NotApplicable::FullPoints, false, Lang::En).as_deref(),
        Some("If nothing under the whole criterion happened (not applicable): full points for every item, one explanation.")
    );
    assert_eq!(
        describe_group_not_applicable(NotApplicable::None, false, Lang::Vi),
        None
    );
}
