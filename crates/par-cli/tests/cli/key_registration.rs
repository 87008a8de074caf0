//! `par keys add --file REG.json`: registering a unit's key from the file its app made.

use par_core::submission::{KeyRegistration, UnitKey};

use super::*;

fn registration_file(dir: &Path, seed: u8, code: &str) -> PathBuf {
    let key = UnitKey::from_secret([seed; 32]);
    let made = KeyRegistration::create(&key, code, "UBND xã Tân Lập", "2025-12-01T09:30:00Z");
    let path = dir.join(format!("{seed}-{}", made.file_name()));
    std::fs::write(&path, made.to_json()).unwrap();
    path
}

fn add_file(keyring: &Path, file: &Path, yes: bool) -> Output {
    let mut args = vec![
        "keys",
        "--keyring",
        keyring.to_str().unwrap(),
        "add",
        "--file",
        file.to_str().unwrap(),
    ];
    if yes {
        args.push("--yes");
    }
    par(&args)
}

#[test]
fn a_registration_file_adds_the_key_and_a_rotation_waits_for_yes() {
    let dir = fresh_dir("reg-add");
    let keyring = dir.join("keyring.json");
    let first = registration_file(&dir, 21, "00004");
    let output = add_file(&keyring, &first, false);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let key_id = UnitKey::from_secret([21; 32]).key_id();
    assert!(
        text.contains(&format!("Mã khóa:         {key_id}")),
        "{text}"
    );
    assert!(text.contains("Đã đăng ký khóa"), "{text}");

    // The same file again changes nothing.
    let before = std::fs::read_to_string(&keyring).unwrap();
    let output = add_file(&keyring, &first, false);
    assert!(output.status.success());
    assert!(
        stdout(&output).contains("đã được đăng ký"),
        "{}",
        stdout(&output)
    );
    assert_eq!(std::fs::read_to_string(&keyring).unwrap(), before);

    // Another key for the unit: nothing written without --yes, exit 1.
    let rotated = registration_file(&dir, 22, "00004");
    let output = add_file(&keyring, &rotated, false);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("CHƯA ĐĂNG KÝ"),
        "{}",
        stdout(&output)
    );
    assert_eq!(std::fs::read_to_string(&keyring).unwrap(), before);
    let output = add_file(&keyring, &rotated, true);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("nay có 2 khóa"),
        "{}",
        stdout(&output)
    );

    // The same key in another unit's name: refused, exit 2.
    let stolen = registration_file(&dir, 21, "00009");
    let output = add_file(&keyring, &stolen, true);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("đã đăng ký cho đơn vị 00004"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn an_edited_registration_file_is_refused_in_english_too() {
    let dir = fresh_dir("reg-forged");
    let keyring = dir.join("keyring.json");
    let file = registration_file(&dir, 23, "00004");
    let edited = std::fs::read_to_string(&file)
        .unwrap()
        .replace("\"00004\"", "\"00005\"");
    std::fs::write(&file, edited).unwrap();
    let output = add_file(&keyring, &file, true);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("chữ ký không khớp"),
        "{}",
        stderr(&output)
    );
    assert!(!keyring.exists());
    // A submission or a keyring given as a registration is named for what it is not.
    std::fs::write(&file, r#"{"format": "par-keyring/1", "keys": []}"#).unwrap();
    let output = add_file(&keyring, &file, false);
    assert_eq!(output.status.code(), Some(2));
    // English output for a valid file.
    let good = registration_file(&dir, 24, "00006");
    let k = keyring.to_str().unwrap();
    let output = par(&[
        "--lang",
        "en",
        "keys",
        "--keyring",
        k,
        "add",
        "--file",
        good.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("Key id:"), "{}", stdout(&output));
}

#[test]
fn par_verify_names_registration_files_and_what_the_keyring_says_of_them() {
    let dir = fresh_dir("reg-verify");
    let keyring = dir.join("keyring.json");
    let registered = registration_file(&dir, 31, "00004");
    assert!(add_file(&keyring, &registered, false).status.success());
    let new_unit = registration_file(&dir, 32, "00005");
    let rotation = registration_file(&dir, 33, "00004");
    let verify = |files: &[&Path]| {
        let mut args = vec![
            "verify",
            "--framework",
            SAMPLE,
            "--keys",
            keyring.to_str().unwrap(),
        ];
        args.extend(files.iter().map(|f| f.to_str().unwrap()));
        par(&args)
    };
    let output = verify(&[&registered, &new_unit, &rotation]);
    let text = stdout(&output);
    assert!(output.status.success(), "{text}{}", stderr(&output));
    let key_id = |seed| UnitKey::from_secret([seed; 32]).key_id();
    let line = |seed: u8| {
        text.lines()
            .find(|l| l.contains(&key_id(seed)) && l.starts_with('✓'))
            .unwrap_or_else(|| panic!("no line for key {seed}: {text}"))
            .to_string()
    };
    assert!(line(31).contains("đăng ký khóa — hợp lệ"), "{text}");
    assert!(line(31).contains("đã có trong sổ khóa"), "{text}");
    assert!(line(32).contains("chưa có trong sổ khóa"), "{text}");
    assert!(line(33).contains("đổi khóa cần xác nhận"), "{text}");
    assert!(
        text.contains("3 tệp đăng ký khóa: 3 hợp lệ, 0 không hợp lệ"),
        "{text}"
    );

    // A forged registration fails the run, and says why.
    let forged = dir.join("forged.json");
    let edited = std::fs::read_to_string(&new_unit)
        .unwrap()
        .replace("\"00005\"", "\"00006\"");
    std::fs::write(&forged, edited).unwrap();
    let output = verify(&[&forged]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(stdout(&output).contains("✗"), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("chữ ký không khớp"),
        "{}",
        stdout(&output)
    );
}
