//! A criteria set may name the appraising body's key ids (`par-framework/2`): written in their
//! one form, left out of the JSON (and the hash) when unused, so older sets stay as they were.

mod common;

use common::{framework_json, leaf};
use par_core::appraisal::{KeyTrust, OfficeTrust};
use par_core::submission::{framework_hash, UnitKey};
use par_core::Framework;
use serde_json::json;

fn set_with(keys: serde_json::Value, format: &str) -> Framework {
    let mut value = framework_json(vec![leaf("1.1.1", "1", json!({"type": "yes_no"}))]);
    value["format"] = json!(format);
    value["appraiser_key_ids"] = keys;
    serde_json::from_value(value).unwrap()
}

#[test]
fn named_keys_need_the_second_format_and_their_one_written_form() {
    let id = UnitKey::from_secret([9; 32]).key_id();
    let set = set_with(json!([id]), "par-framework/2");
    assert!(par_core::validate::validate(&set).is_empty());
    assert_eq!(OfficeTrust::for_set(&set).judge(&id), KeyTrust::NamedBySet);

    let old_tag = set_with(json!([id]), "par-framework/1");
    let problems = par_core::validate::validate(&old_tag);
    assert!(
        problems.iter().any(|p| p.location == "format"),
        "{problems:?}"
    );

    let lower = set_with(json!([id.to_lowercase()]), "par-framework/2");
    let problems = par_core::validate::validate(&lower);
    assert!(
        problems
            .iter()
            .any(|p| p.location == "appraiser_key_ids[0]"),
        "{problems:?}"
    );
}

#[test]
fn a_set_without_named_keys_serialises_and_hashes_as_before() {
    let value = framework_json(vec![leaf("1.1.1", "1", json!({"type": "yes_no"}))]);
    let set: Framework = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(
        serde_json::to_value(&set).unwrap()["appraiser_key_ids"],
        json!(null)
    );
    let with_empty = set_with(json!([]), "par-framework/1");
    assert_eq!(framework_hash(&set), framework_hash(&with_empty));
}
