//! Results that cannot be written: a reader that stopped early, a full disk.

use std::process::Stdio;

use super::*;

/// Standard output whose reader is already gone, as after `| head` has read its lines: a socket
/// with its other end closed fails every write with "broken pipe", without depending on timing.
#[cfg(unix)]
fn closed_pipe() -> Stdio {
    let (ours, theirs) = std::os::unix::net::UnixStream::pair().unwrap();
    drop(theirs);
    Stdio::from(std::os::fd::OwnedFd::from(ours))
}

#[cfg(unix)]
#[test]
fn a_reader_that_stops_early_ends_the_output_quietly() {
    let output = par_command(&["score", "--framework", SAMPLE, SAMPLE_ANSWERS])
        .stdout(closed_pipe())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "", "no message, no backtrace");

    // verify keeps its own status: 1 here, since one file is not a submission.
    let output = par_command(&["verify", "--framework", SAMPLE, SAMPLE_ANSWERS])
        .stdout(closed_pipe())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
}

#[cfg(target_os = "linux")]
#[test]
fn output_to_a_full_disk_is_an_error_with_exit_code_2() {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    let output = par_command(&["score", "--framework", SAMPLE, SAMPLE_ANSWERS])
        .stdout(full())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    assert!(
        text.starts_with("Lỗi: không ghi được kết quả: ổ đĩa đã đầy; kiểm tra nơi nhận kết quả"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 1, "no backtrace: {text}");

    for args in [
        &["framework", "check", SAMPLE][..],
        &["verify", "--framework", SAMPLE, SAMPLE_ANSWERS][..],
    ] {
        let output = par_command(args).stdout(full()).output().unwrap();
        // 2 even for verify, whose file fails: the result never reached anyone.
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains("không ghi được kết quả"),
            "{args:?}"
        );
    }
}
