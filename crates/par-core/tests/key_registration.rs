//! `par-key-registration/1`: a unit's key registration file, signed by the key it registers,
//! and what adding it to the office's keyring does. Hostile cases first: every file may be
//! forged, edited or not a registration at all.

use par_core::json::MAX_FILE_BYTES;
use par_core::submission::{
    add_outcome, register, AddOutcome, KeyRegistration, Keyring, KeyringError, RegistrationError,
    UnitKey,
};
use serde_json::{json, Value};

const AT: &str = "2025-12-01T09:30:00Z";

fn key(seed: u8) -> UnitKey {
    UnitKey::from_secret([seed; 32])
}

fn registration(seed: u8, code: &str) -> KeyRegistration {
    KeyRegistration::create(&key(seed), code, "UBND xã Tân Lập", AT)
}

fn as_value(registration: &KeyRegistration) -> Value {
    serde_json::to_value(registration).unwrap()
}

fn read(file: &Value) -> Result<par_core::submission::CheckedRegistration, RegistrationError> {
    KeyRegistration::from_json(&file.to_string())
}

#[test]
fn a_registration_made_by_the_app_is_accepted_with_its_key() {
    let made = registration(1, "00004");
    let checked = KeyRegistration::from_json(&made.to_json()).unwrap();
    assert_eq!(checked.unit_code, "00004");
    assert_eq!(checked.unit_name, "UBND xã Tân Lập");
    assert_eq!(checked.public_key, key(1).public_key_hex());
    assert_eq!(checked.key_id, key(1).key_id());
    assert_eq!(checked.created_at, AT);
    assert_eq!(made.file_name(), "DANG-KY-KHOA-00004-tan-lap.json");
    // Spacing and key order do not matter: the signature covers the canonical form.
    let compact = as_value(&made).to_string();
    assert!(KeyRegistration::from_json(&compact).is_ok());
}

#[test]
fn an_edited_field_breaks_the_signature() {
    // Another unit's code, another name, another time: each is covered by the signature.
    for (field, value) in [
        ("unit_code", "00005"),
        ("unit_name", "UBND xã Khác"),
        ("created_at", "2025-12-02T09:30:00Z"),
    ] {
        let mut file = as_value(&registration(1, "00004"));
        file[field] = value.into();
        assert_eq!(read(&file), Err(RegistrationError::BadSignature), "{field}");
    }
}

#[test]
fn a_signature_by_another_key_is_refused() {
    // Someone pastes the unit's public key (seen on its screen) into a file they sign with
    // their own key: they cannot prove possession of the unit's key.
    let mut forged = as_value(&registration(2, "00004"));
    let victim = registration(1, "00004");
    forged["public_key"] = victim.public_key.clone().into();
    forged["key_id"] = victim.key_id.clone().into();
    let error = read(&forged).unwrap_err();
    assert_eq!(error, RegistrationError::BadSignature);
    assert!(error
        .to_string()
        .starts_with("signature: chữ ký không khớp"));
    // A signature that is not 64 bytes of lower-case hex is said so, before any check.
    let mut file = as_value(&registration(1, "00004"));
    file["signature"] = file["signature"].as_str().unwrap().to_uppercase().into();
    assert_eq!(read(&file), Err(RegistrationError::BadSignatureText));
    file["signature"] = "00".into();
    assert_eq!(read(&file), Err(RegistrationError::BadSignatureText));
}

#[test]
fn a_key_id_that_is_not_the_keys_is_refused() {
    let mut file = as_value(&registration(1, "00004"));
    file["key_id"] = key(2).key_id().into();
    let error = read(&file).unwrap_err();
    assert_eq!(
        error,
        RegistrationError::KeyIdMismatch {
            stated: key(2).key_id(),
            actual: key(1).key_id()
        }
    );
    assert!(error.to_string().starts_with("key_id: mã khóa"));
}

#[test]
fn a_weak_key_is_refused_even_with_a_signature_it_verifies() {
    // The identity point: a "signature" anyone can make verifies under it with a lax check.
    let identity = format!("01{}", "00".repeat(31));
    let mut file = as_value(&registration(1, "00004"));
    file["public_key"] = identity.into();
    file["key_id"] = par_core::submission::key_id(&[0; 32]).into();
    file["signature"] = format!("01{}", "00".repeat(63)).into();
    assert_eq!(
        read(&file),
        Err(RegistrationError::Field {
            field: "public_key",
            error: KeyringError::WeakKey
        })
    );
}

#[test]
fn duplicate_keys_oversized_files_and_other_formats_are_refused() {
    // A key written twice: one reader would take the first, another the last.
    let made = registration(1, "00004");
    let text = made.to_json().replacen(
        "\"unit_code\": \"00004\",",
        "\"unit_code\": \"00005\", \"unit_code\": \"00004\",",
        1,
    );
    let error = KeyRegistration::from_json(&text).unwrap_err();
    assert!(matches!(error, RegistrationError::Json(_)), "{error:?}");
    assert!(error.to_string().contains("dòng"), "{error}");
    // Larger than any reader accepts.
    let padded = made
        .to_json()
        .replacen('{', &format!("{{{}", " ".repeat(MAX_FILE_BYTES)), 1);
    let error = KeyRegistration::from_json(&padded).unwrap_err();
    assert!(error.to_string().contains("quá giới hạn"), "{error}");
    // Another format: a keyring, or a registration of a later version.
    let mut file = as_value(&made);
    file["format"] = "par-keyring/1".into();
    let error = read(&file).unwrap_err();
    assert_eq!(
        error,
        RegistrationError::WrongFormat("par-keyring/1".into())
    );
    assert!(error.to_string().contains("không phải tệp đăng ký khóa"));
    // A keyring file itself does not have the registration's shape.
    let keyring = json!({"format": "par-keyring/1", "keys": []});
    assert!(matches!(read(&keyring), Err(RegistrationError::Json(_))));
    // An unknown field is refused rather than ignored.
    let mut file = as_value(&made);
    file["province"] = "Tỉnh mẫu".into();
    assert!(matches!(read(&file), Err(RegistrationError::Json(_))));
}

#[test]
fn a_bad_unit_code_or_time_names_its_field() {
    let made = KeyRegistration::create(&key(1), "4", "x", AT);
    let error = made.check().unwrap_err();
    assert!(error.to_string().starts_with("unit_code: "), "{error}");
    let made = KeyRegistration::create(&key(1), "00004", "x", "2025-02-30T09:30:00Z");
    assert!(matches!(made.check(), Err(RegistrationError::BadTime(_))));
}

#[test]
fn adding_a_first_key_the_same_key_again_or_a_rotation() {
    let mut keyring = Keyring::default();
    let first = registration(1, "00004").check().unwrap();
    assert_eq!(register(&mut keyring, &first, false), AddOutcome::Added);
    assert_eq!(keyring.keys.len(), 1);
    assert_eq!(
        register(&mut keyring, &first, false),
        AddOutcome::AlreadyThere
    );
    assert_eq!(keyring.keys.len(), 1);
    // A new key for the same unit waits for confirmation, then joins the old one.
    let rotated = registration(2, "00004").check().unwrap();
    let asks = AddOutcome::NeedsConfirmation {
        existing: vec![key(1).key_id()],
    };
    assert_eq!(register(&mut keyring, &rotated, false), asks);
    assert_eq!(keyring.keys.len(), 1);
    assert_eq!(register(&mut keyring, &rotated, true), asks);
    assert_eq!(keyring.keys_for("00004").count(), 2);
    assert_eq!(add_outcome(&keyring, &rotated), AddOutcome::AlreadyThere);
    // The same key in another unit's name is refused even when confirmed.
    let stolen = registration(1, "00009").check().unwrap();
    let refused = AddOutcome::KeyOfAnotherUnit {
        unit_code: "00004".into(),
        unit_name: "UBND xã Tân Lập".into(),
    };
    assert_eq!(register(&mut keyring, &stolen, true), refused);
    assert_eq!(keyring.keys.len(), 2);
    // The keyring written after these steps reads back as valid.
    let text = serde_json::to_string(&keyring).unwrap();
    assert!(Keyring::from_json(&text).is_ok());
}
