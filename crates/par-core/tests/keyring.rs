//! The office's keyring: what `add` refuses, and what a keyring file must satisfy to be trusted.

use par_core::submission::{Keyring, KeyringError, UnitKey, KEYRING_FORMAT};
use serde_json::json;

fn key(seed: u8) -> UnitKey {
    UnitKey::from_secret([seed; 32])
}

/// Every problem of a keyring file, as `location: message`.
fn problems(file: serde_json::Value) -> Vec<String> {
    match Keyring::from_json(&file.to_string()) {
        Err(KeyringError::Invalid(problems)) => problems.iter().map(ToString::to_string).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn a_key_belongs_to_one_unit_only() {
    let mut keyring = Keyring::default();
    keyring
        .add("00001", "UBND xã Tân Lập", &key(1).public_key_hex())
        .unwrap();
    let error = keyring
        .add("00002", "UBND xã Khác", &key(1).public_key_hex())
        .unwrap_err();
    assert_eq!(
        error,
        KeyringError::KeyInUse {
            key_id: key(1).key_id(),
            unit_code: "00001".into(),
            unit_name: "UBND xã Tân Lập".into(),
        }
    );
    assert!(error
        .to_string()
        .contains("đã đăng ký cho đơn vị 00001 (UBND xã Tân Lập); mỗi đơn vị phải có khóa riêng"));
    // A unit may hold several keys: an old one keeps its earlier submissions verifiable.
    keyring.add("00001", "", &key(2).public_key_hex()).unwrap();
    assert_eq!(keyring.keys_for("00001").count(), 2);
}

#[test]
fn a_pasted_key_id_or_a_cut_key_is_told_apart() {
    let mut keyring = Keyring::default();
    assert_eq!(
        keyring.add("00001", "", &key(3).key_id()).unwrap_err(),
        KeyringError::KeyIdInsteadOfPublicKey(key(3).key_id())
    );
    let hex = key(3).public_key_hex();
    assert_eq!(
        keyring.add("00001", "", &hex[..63]).unwrap_err(),
        KeyringError::BadPublicKeyLength { length: 63 }
    );
    let not_hex = format!("{}g", &hex[..63]);
    assert_eq!(
        keyring.add("00001", "", &not_hex).unwrap_err(),
        KeyringError::PublicKeyNotHex { character: 'g' }
    );
    // Upper case and line breaks from a copied document are the same key.
    let copied = format!("{}\n  {}", hex[..32].to_uppercase(), &hex[32..]);
    assert_eq!(keyring.add("00001", "", &copied).unwrap(), key(3).key_id());
    assert_eq!(keyring.keys[0].public_key, hex);
}

#[test]
fn a_keyring_written_by_add_reads_back() {
    let mut keyring = Keyring::default();
    keyring
        .add("00001", "UBND xã Tân Lập", &key(4).public_key_hex())
        .unwrap();
    keyring.add("00002", "", &key(5).public_key_hex()).unwrap();
    let text = serde_json::to_string_pretty(&keyring).unwrap();
    assert_eq!(Keyring::from_json(&text).unwrap(), keyring);
}

#[test]
fn a_hand_edited_keyring_names_each_bad_entry() {
    let (a, b) = (key(6), key(7));
    let found = problems(json!({
        "format": "par-keyring/9",
        "keys": [
            {"unit_code": "00001", "public_key": a.public_key_hex(), "key_id": a.key_id()},
            {"unit_code": "0001", "public_key": b.public_key_hex(), "key_id": b.key_id()},
            {"unit_code": "00003", "public_key": "12 34", "key_id": "X"},
            {"unit_code": "00004", "public_key": b.public_key_hex(), "key_id": a.key_id()},
            {"unit_code": "00001", "public_key": a.public_key_hex().to_uppercase(), "key_id": a.key_id()},
        ]
    }));
    let located: Vec<&str> = found
        .iter()
        .map(|p| p.split(": ").next().unwrap())
        .collect();
    assert_eq!(
        located,
        [
            "format",
            "keys[1].unit_code",
            "keys[2].public_key",
            "keys[3].key_id",
            "keys[3].public_key",
            "keys[4].public_key",
        ],
        "{found:#?}"
    );
    assert!(
        found[0].contains(&format!("cần “{KEYRING_FORMAT}”")),
        "{}",
        found[0]
    );
    assert!(found[2].contains("ký tự “ ”"), "{}", found[2]);
    assert!(
        found[3].contains(&format!("mã đúng là {}", b.key_id())),
        "{}",
        found[3]
    );
    assert!(
        found[4].contains("đã đăng ký cho đơn vị 0001"),
        "{}",
        found[4]
    );
    assert!(found[5].contains("trùng với keys[0]"), "{}", found[5]);
}

#[test]
fn a_keyring_that_is_not_json_is_a_json_error() {
    assert!(matches!(
        Keyring::from_json("{\"format\": "),
        Err(KeyringError::Json(_))
    ));
    assert!(matches!(
        Keyring::from_json(r#"{"format": "par-keyring/1", "khoa": []}"#),
        Err(KeyringError::Json(_))
    ));
}

#[test]
fn a_weak_or_invalid_key_is_refused_at_registration_and_in_a_keyring_file() {
    // Small-order points: anyone can make "signatures" they verify.
    let identity = format!("01{}", "00".repeat(31));
    let order_four = "00".repeat(32);
    for weak in [identity.as_str(), order_four.as_str()] {
        let mut keyring = Keyring::default();
        let error = keyring.add("00004", "", weak).unwrap_err();
        assert_eq!(error, KeyringError::WeakKey, "{weak}");
        assert!(error.to_string().contains("khóa yếu"), "{error}");
    }
    // 64 hex digits that are not a point of the curve.
    let not_a_point = format!("02{}", "ff".repeat(31));
    let mut keyring = Keyring::default();
    assert!(matches!(
        keyring.add("00004", "", &not_a_point),
        Err(KeyringError::NotAKey) | Err(KeyringError::WeakKey)
    ));
    let file = serde_json::json!({"format": "par-keyring/1", "keys": [
        {"unit_code": "00004", "public_key": identity, "key_id": par_core::submission::key_id(&[0; 32])}
    ]});
    let found = problems(file);
    assert!(found.iter().any(|p| p.contains("khóa yếu")), "{found:?}");
}
