//! Signed submissions: the standard vectors, the round trip and every kind of tampering.

mod common;

use common::signed::{fixture, meta, unit, ANSWERS};
use par_core::submission::{
    canonical_json, key_id, slug, verify, ExportMeta, Keyring, KnownFramework, Outcome, Payload,
    Submission, UnitKey, VerifyContext,
};
use par_core::Answers;
use serde_json::{json, Value};

fn hex32(text: &str) -> [u8; 32] {
    hex::decode(text).unwrap().try_into().unwrap()
}

#[test]
fn rfc_8032_ed25519_test_vectors() {
    // RFC 8032 §7.1, TEST 1, 2 and 3: secret key, public key, message, signature.
    let vectors = [
        ("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
         "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
         "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"),
        ("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
         "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
         "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"),
        ("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
         "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
         "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"),
    ];
    for (secret, public, message, signature) in vectors {
        let key = UnitKey::from_secret(hex32(secret));
        assert_eq!(key.public_key_hex(), public);
        let message = hex::decode(message).unwrap();
        let signed = key.sign(&message);
        assert_eq!(hex::encode(signed), signature);
        assert!(par_core::submission::verify_signature(
            &hex32(public),
            &message,
            &signed
        ));
        let mut wrong = message.clone();
        wrong.push(0);
        assert!(!par_core::submission::verify_signature(
            &hex32(public),
            &wrong,
            &signed
        ));
    }
}

#[test]
fn rfc_8785_canonical_json_examples() {
    // RFC 8785 §3.2.2 sample input and its canonical output.
    let input = r#"{
        "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
        "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
        "literals": [null, true, false]
    }"#;
    let value: Value = serde_json::from_str(input).unwrap();
    assert_eq!(
        String::from_utf8(canonical_json(&value)).unwrap(),
        r#"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}"#
    );
    // Keys sort by UTF-16 code units; Vietnamese letters stay as they are (NFC, not escaped).
    let value = json!({"xã": "Tân Lập", "b": [1.50, -0.0, 100], "a": {"điểm": 87.5, "Điểm": 1}});
    assert_eq!(
        String::from_utf8(canonical_json(&value)).unwrap(),
        r#"{"a":{"Điểm":1,"điểm":87.5},"b":[1.5,0,100],"xã":"Tân Lập"}"#
    );
}

#[test]
fn key_ids_are_short_groups_of_unambiguous_characters() {
    let key = UnitKey::from_secret([7; 32]);
    let id = key.key_id();
    assert_eq!(id.len(), 19, "{id}");
    assert_eq!(id.split('-').count(), 4);
    assert!(id
        .chars()
        .all(|c| c == '-' || "0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(c)));
    assert_eq!(id, key_id(&key.public_key()), "deterministic");
    assert_ne!(id, UnitKey::from_secret([8; 32]).key_id());
}

#[test]
fn a_signed_submission_verifies() {
    let f = fixture();
    assert_eq!(f.check(&f.text), Outcome::Valid);
    let submission: Submission = serde_json::from_str(&f.text).unwrap();
    assert_eq!(submission.file_name(), "CCHC-2025-00004-tan-lap-r1.json");
    assert_eq!(submission.payload.scores.problems.len(), 0);
    assert_eq!(submission.signature.key_id, f.key.key_id());
}

#[test]
fn reordering_keys_and_reformatting_keep_it_valid() {
    let f = fixture();
    let compact = f.edit(|_| {});
    assert_eq!(f.check(&compact), Outcome::Valid);
    // serde_json's map is sorted, so build reversed key order by hand.
    let value: Value = serde_json::from_str(&f.text).unwrap();
    let payload = value["payload"].as_object().unwrap();
    let reversed: Vec<String> = payload
        .iter()
        .rev()
        .map(|(k, v)| format!("{}:{}", serde_json::to_string(k).unwrap(), v))
        .collect();
    let text = format!(
        r#"{{"signature":{},"payload":{{{}}},"format":"par-submission/1"}}"#,
        value["signature"],
        reversed.join(",")
    );
    assert_eq!(f.check(&text), Outcome::Valid);
}

#[test]
fn flipping_any_byte_of_the_payload_is_caught() {
    let f = fixture();
    let bytes = f.text.as_bytes();
    let start = f.text.find("\"payload\"").unwrap();
    let end = f.text.find("\"signature\"").unwrap();
    let mut checked = 0;
    // Every byte of the first 600, then every 23rd: keys, values, numbers and punctuation alike.
    let positions = (start..start + 600).chain((start + 600..end).step_by(23));
    for at in positions {
        let mut changed = bytes.to_vec();
        changed[at] ^= 0x01;
        let Ok(text) = String::from_utf8(changed) else {
            continue;
        };
        let outcome = f.check(&text);
        // A flip inside insignificant white space changes nothing that is signed.
        if bytes[at].is_ascii_whitespace() && (bytes[at] ^ 1).is_ascii_whitespace() {
            continue;
        }
        assert!(
            matches!(outcome, Outcome::PayloadChanged | Outcome::Malformed { .. }),
            "byte {at} ({:?}): {outcome:?}",
            bytes[at] as char
        );
        checked += 1;
    }
    assert!(checked > 1500, "checked {checked} positions");
}

#[test]
fn changing_an_answer_or_a_score_breaks_the_signature() {
    let f = fixture();
    let answer = f.edit(|v| {
        let items = v["payload"]["answers"]["items"].as_object_mut().unwrap();
        let (_, first) = items.iter_mut().next().unwrap();
        first["explanation"] = json!("Đã sửa sau khi ký");
    });
    assert_eq!(f.check(&answer), Outcome::PayloadChanged);
    let score = f.edit(|v| v["payload"]["scores"]["total"] = json!(99.5));
    assert_eq!(f.check(&score), Outcome::PayloadChanged);
}

#[test]
fn scores_that_differ_from_the_recomputed_ones_are_named() {
    let f = fixture();
    let text = f.resign(&f.key, |payload| {
        payload.scores.leaves[0].points = par_core::Decimal::from_int(0);
        payload.scores.total += par_core::Decimal::ONE;
    });
    let Outcome::ScoresDiffer { items } = f.check(&text) else {
        panic!("expected differences")
    };
    let named: Vec<&str> = items.iter().map(|d| d.item.as_str()).collect();
    let first_leaf = f.framework.leaves().next().unwrap().item.code.clone();
    assert!(named.contains(&first_leaf.as_str()), "{named:?}");
    assert!(named.contains(&"total"), "{named:?}");
}

#[test]
fn swapping_the_public_key_is_caught() {
    let f = fixture();
    let other = UnitKey::from_secret([9; 32]);
    let swapped = f.edit(|v| {
        v["signature"]["public_key"] = json!(other.public_key_hex());
        v["signature"]["key_id"] = json!(other.key_id());
    });
    assert_eq!(f.check(&swapped), Outcome::PayloadChanged);
    let mismatched_id = f.edit(|v| v["signature"]["key_id"] = json!(other.key_id()));
    assert!(matches!(f.check(&mismatched_id), Outcome::Malformed { .. }));
}

#[test]
fn a_file_signed_by_another_key_or_replayed_under_another_unit_is_caught() {
    let f = fixture();
    let forger = UnitKey::from_secret([13; 32]);
    let forged = f.resign(&forger, |_| {});
    assert!(
        matches!(f.check(&forged), Outcome::WrongKey { ref unit_code, .. } if unit_code == "00004")
    );

    // Replay: the same file claimed for another commune. Without re-signing the signature breaks;
    // re-signed, the other commune's registered key does not match.
    let replay = f.edit(|v| v["payload"]["unit"]["code"] = json!("00007"));
    assert_eq!(f.check(&replay), Outcome::PayloadChanged);
    let mut keyring = f.keyring.clone();
    keyring
        .add(
            "00007",
            "UBND xã Khác",
            &UnitKey::from_secret([77; 32]).public_key_hex(),
        )
        .unwrap();
    let resigned = f.resign(&f.key, |p| p.unit.code = "00007".into());
    let frameworks = std::slice::from_ref(&f.known);
    let outcome = verify(
        &resigned,
        VerifyContext {
            keyring: Some(&keyring),
            frameworks,
        },
    )
    .outcome;
    assert!(matches!(outcome, Outcome::WrongKey { ref unit_code, .. } if unit_code == "00007"));
    let unregistered = f.resign(&f.key, |p| p.unit.code = "00099".into());
    assert_eq!(
        f.check(&unregistered),
        Outcome::UnregisteredUnit {
            unit_code: "00099".into()
        }
    );
}

#[test]
fn unknown_format_framework_and_hash_are_told_apart() {
    let f = fixture();
    let future = f.edit(|v| v["format"] = json!("par-submission/2"));
    assert_eq!(
        f.check(&future),
        Outcome::UnknownFormat {
            format: "par-submission/2".into()
        }
    );
    assert!(matches!(f.check("{not json"), Outcome::Malformed { .. }));
    assert!(matches!(
        f.check(r#"{"format": "par-submission/1"}"#),
        Outcome::Malformed { .. }
    ));

    let unknown = verify(
        &f.text,
        VerifyContext {
            keyring: Some(&f.keyring),
            frameworks: &[],
        },
    )
    .outcome;
    assert!(matches!(unknown, Outcome::FrameworkUnknown { .. }));
    let mut changed = f.framework.clone();
    changed.title.push_str(" (sửa)");
    let frameworks = [KnownFramework::from(changed)];
    let mismatch = verify(
        &f.text,
        VerifyContext {
            keyring: Some(&f.keyring),
            frameworks: &frameworks,
        },
    )
    .outcome;
    assert!(matches!(mismatch, Outcome::FrameworkHashMismatch { .. }));
}

#[test]
fn a_second_revision_names_the_first() {
    let f = fixture();
    let first: Submission = serde_json::from_str(&f.text).unwrap();
    let answers: Answers = par_core::parse_json(ANSWERS).unwrap();
    let second = Submission::sign(
        Payload::new(
            &f.framework,
            &unit(),
            &answers,
            ExportMeta {
                revision: 2,
                replaces: Some(first.payload.hash()),
                ..meta()
            },
        ),
        &f.key,
    );
    assert_eq!(
        second.payload.replaces.as_deref(),
        Some(first.payload.hash().as_str())
    );
    assert_eq!(second.file_name(), "CCHC-2025-00004-tan-lap-r2.json");
    assert_eq!(f.check(&second.to_json()), Outcome::Valid);
}

#[test]
fn keyring_rejects_bad_codes_keys_and_duplicates() {
    let mut keyring = Keyring::default();
    let key = UnitKey::from_secret([1; 32]);
    assert!(keyring.add("4", "", &key.public_key_hex()).is_err());
    assert!(keyring.add("00004", "", "abcd").is_err());
    assert_eq!(
        keyring.add("00004", "", &key.public_key_hex()).unwrap(),
        key.key_id()
    );
    assert!(keyring
        .add("00004", "", &key.public_key_hex().to_uppercase())
        .is_err());
}

mod key_backup {
    use par_core::submission::*;

    fn backup() -> KeyBackup {
        let key = UnitKey::from_secret([21; 32]);
        backup_key(&key, "mật khẩu đủ dài 2025", [1; 16], [2; 24], DEFAULT_KDF).unwrap()
    }

    #[test]
    fn round_trip_restores_the_same_key() {
        let backup = backup();
        assert_eq!(backup.key_id, UnitKey::from_secret([21; 32]).key_id());
        let key = restore_key(&backup.to_json(), "mật khẩu đủ dài 2025").unwrap();
        assert_eq!(key.secret(), [21; 32]);
        assert!(
            !backup.to_json().contains(&hex::encode([21u8; 32])),
            "the secret is not in the file"
        );
    }

    #[test]
    fn wrong_passphrase_and_damaged_files_are_told_apart() {
        let text = backup().to_json();
        assert_eq!(
            restore_key(&text, "mật khẩu sai 2025").unwrap_err(),
            KeyBackupError::WrongPassphrase
        );
        let mut damaged = backup();
        let mut bytes = hex::decode(&damaged.cipher.ciphertext).unwrap();
        bytes[0] ^= 1;
        damaged.cipher.ciphertext = hex::encode(bytes);
        assert_eq!(
            restore_key(&damaged.to_json(), "mật khẩu đủ dài 2025").unwrap_err(),
            KeyBackupError::Corrupted
        );
        assert!(matches!(
            restore_key(&text[..40], "x"),
            Err(KeyBackupError::Malformed(_))
        ));
        assert!(matches!(
            restore_key("{}", "x"),
            Err(KeyBackupError::Malformed(_))
        ));
        let key = UnitKey::from_secret([1; 32]);
        assert_eq!(
            backup_key(&key, "ngắn", [0; 16], [0; 24], DEFAULT_KDF).unwrap_err(),
            KeyBackupError::PassphraseTooShort
        );
    }
}

mod canonical_matches_the_reference {
    use proptest::prelude::*;
    use serde_json::Value;

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            (-1e12f64..1e12).prop_map(Value::from),
            prop::sample::select(vec![1e30, 1e-7, 0.002, 4.5, 333333333.3333333, -0.0])
                .prop_map(Value::from),
            "[a-zA-ZàáạảãăắđêếộơớưứỹĐ€$\\\\\"/\\x00-\\x1f\u{1F600} ]{0,12}".prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map("[a-zA-Zđĕ€\u{1F600}_0-9]{0,6}", inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn same_bytes_as_serde_jcs(value in json_value()) {
            prop_assert_eq!(
                par_core::submission::canonical_json(&value),
                serde_jcs::to_vec(&value).unwrap()
            );
        }
    }
}

#[test]
fn file_names_fold_vietnamese_letters_of_both_cases() {
    assert_eq!(slug("UBND xã Tân Lập"), "tan-lap");
    assert_eq!(slug("UBND XÃ TÂN LẬP"), "tan-lap");
    assert_eq!(slug("Phường Đồng Xoài"), "dong-xoai");
    assert_eq!(slug("Thị trấn Ỷ La 2"), "y-la-2");
    assert_eq!(slug("Xã Ea H'Leo"), "ea-hleo");
}
