//! What the command-line tests share: running the binary as a user does.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `itinera` with `args` and `stdin`: (exit code, stdout, stderr). The input is
/// written from another thread, so a large output is drained while it goes in, and a
/// binary that exits before reading it (a bad argument) is no failure of the test.
pub fn itinera(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_itinera"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let input = stdin.to_vec();
    let mut pipe = child.stdin.take().unwrap();
    // Written from another thread: the output pipe must be drained while input goes in.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
