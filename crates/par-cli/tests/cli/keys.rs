//! `par keys add` / `par keys list`: the office's register of unit public keys.

use par_core::submission::UnitKey;

use super::*;

fn add(keyring: &Path, unit: &str, name: &str, public_key: &str) -> Output {
    par(&[
        "keys",
        "--keyring",
        keyring.to_str().unwrap(),
        "add",
        "--unit",
        unit,
        "--name",
        name,
        public_key,
    ])
}

#[test]
fn keys_add_and_list_manage_the_keyring() {
    let keyring = fresh_dir("keys-manage").join("keyring.json");
    let key = UnitKey::from_secret([3; 32]);
    let output = add(&keyring, "00004", "UBND xã Tân Lập", &key.public_key_hex());
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains(&key.key_id()));

    let output = add(
        &keyring,
        "4",
        "",
        &UnitKey::from_secret([4; 32]).public_key_hex(),
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("“4” phải gồm 5 chữ số, ví dụ 00004"),
        "{}",
        stderr(&output)
    );

    // --keyring is accepted after the subcommand too.
    let k = keyring.to_str().unwrap();
    let output = par(&["keys", "list", "--keyring", k]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("00004") && stdout(&output).contains(&key.key_id()));
    let second = UnitKey::from_secret([5; 32]);
    let output = par(&[
        "keys",
        "add",
        "--unit",
        "00004",
        &second.public_key_hex(),
        "--keyring",
        k,
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    // A second key for a unit is allowed (a new computer), and the office is told the old one
    // still counts.
    assert!(
        stdout(&output).contains("Đơn vị 00004 nay có 2 khóa"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn one_key_cannot_be_registered_for_two_units() {
    let keyring = fresh_dir("keys-shared").join("keyring.json");
    let key = UnitKey::from_secret([6; 32]).public_key_hex();
    assert!(add(&keyring, "00001", "UBND xã Tân Lập", &key)
        .status
        .success());
    let before = std::fs::read_to_string(&keyring).unwrap();

    let output = add(&keyring, "00002", "UBND xã Khác", &key);
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    assert!(
        text.contains(
            "đã đăng ký cho đơn vị 00001 (UBND xã Tân Lập); mỗi đơn vị phải có khóa riêng"
        ),
        "{text}"
    );
    assert_eq!(std::fs::read_to_string(&keyring).unwrap(), before);

    let output = add(&keyring, "00001", "", &key.to_uppercase());
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("không cần đăng ký lại"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_key_id_or_a_cut_key_is_refused_with_what_to_paste_instead() {
    let keyring = fresh_dir("keys-pasted").join("keyring.json");
    let key = UnitKey::from_secret([7; 32]);

    let output = add(&keyring, "00001", "", &key.key_id());
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    assert!(
        text.contains("là mã khóa, không phải khóa công khai; hãy dán khóa công khai 64 ký tự hex hiển thị trong ứng dụng"),
        "{text}"
    );

    let hex = key.public_key_hex();
    let output = add(&keyring, "00001", "", &hex[..60]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("phải gồm 64 ký tự hex (0–9, a–f) nhưng ở đây có 60 ký tự"),
        "{}",
        stderr(&output)
    );
    assert!(!keyring.exists(), "nothing was written");

    // Broken over two lines when copied from a document: still the same key.
    let broken = format!("{}\n{}", &hex[..32], &hex[32..]);
    let output = add(&keyring, "00001", "", &broken);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains(&key.key_id()));
}

#[test]
fn a_hand_edited_keyring_is_refused_with_every_bad_entry_named() {
    let good = UnitKey::from_secret([8; 32]);
    let other = UnitKey::from_secret([9; 32]);
    let keyring = serde_json::json!({
        "format": "par-keyring/1",
        "keys": [
            {"unit_code": "00001", "unit_name": "UBND xã Tân Lập",
             "public_key": good.public_key_hex(), "key_id": good.key_id()},
            {"unit_code": "1", "public_key": other.public_key_hex(), "key_id": other.key_id()},
            {"unit_code": "00003", "public_key": "abcd", "key_id": "X"},
            {"unit_code": "00004", "public_key": other.public_key_hex(), "key_id": good.key_id()},
        ]
    });
    let path = temp_file("hand-edited-keyring.json", &keyring.to_string());
    let output = par(&["keys", "--keyring", path.to_str().unwrap(), "list"]);
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    assert!(text.contains("có 4 lỗi"), "{text}");
    assert!(
        text.contains("keys[1].unit_code: mã đơn vị hành chính “1”"),
        "{text}"
    );
    assert!(
        text.contains("keys[2].public_key: khóa công khai phải gồm 64 ký tự"),
        "{text}"
    );
    assert!(text.contains("keys[3].key_id: mã khóa"), "{text}");
    assert!(text.contains("keys[3].public_key: khóa"), "{text}");
    assert!(text.contains("par keys add"), "says how to repair: {text}");

    let newer = temp_file(
        "newer-keyring.json",
        r#"{"format": "par-keyring/2", "keys": []}"#,
    );
    let output = par(&["keys", "--keyring", newer.to_str().unwrap(), "list"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("format: định dạng “par-keyring/2” không được hỗ trợ"),
        "{}",
        stderr(&output)
    );

    let bom = temp_file(
        "bom-keyring.json",
        &with_bom(r#"{"format": "par-keyring/1", "keys": []}"#),
    );
    let output = par(&["keys", "--keyring", bom.to_str().unwrap(), "list"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("Chưa có khóa nào."));
}

/// A disk that fills up while the keyring is written must not cost the office its keyring.
/// `ulimit -f 0` makes every write to a file fail, as a full disk would (SIGXFSZ ignored so the
/// write returns an error instead of killing the process).
#[cfg(unix)]
#[test]
fn a_failed_write_leaves_the_keyring_as_it_was() {
    let keyring = fresh_dir("keys-disk-full").join("keyring.json");
    let first = UnitKey::from_secret([10; 32]).public_key_hex();
    assert!(add(&keyring, "00001", "UBND xã Tân Lập", &first)
        .status
        .success());
    let before = std::fs::read_to_string(&keyring).unwrap();

    let second = UnitKey::from_secret([11; 32]).public_key_hex();
    let output = Command::new("sh")
        .args(["-c", "trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\""])
        .arg(env!("CARGO_BIN_EXE_par"))
        .args(["keys", "--keyring", keyring.to_str().unwrap()])
        .args(["add", "--unit", "00002", &second])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    assert!(text.contains("không ghi được sổ khóa"), "{text}");
    assert!(
        text.contains("sổ khóa cũ, nếu có, vẫn nguyên vẹn"),
        "{text}"
    );
    assert_eq!(std::fs::read_to_string(&keyring).unwrap(), before);
    let leftovers = std::fs::read_dir(keyring.parent().unwrap())
        .unwrap()
        .count();
    assert_eq!(leftovers, 1, "no temporary file left behind");
}
