//! `par-serve [DIR] [--address 127.0.0.1] [--port 8080]`: serves a built app the way
//! docs/hosting.md asks a province's web server to (see the library's documentation).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut dir = PathBuf::from("dist");
    let (mut address, mut port) = ("127.0.0.1".to_string(), "8080".to_string());
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--address" => address = args.next().unwrap_or(address),
            "--port" => port = args.next().unwrap_or(port),
            "-h" | "--help" => {
                println!("par-serve [DIR] [--address 127.0.0.1] [--port 8080]");
                return ExitCode::SUCCESS;
            }
            _ => dir = PathBuf::from(arg),
        }
    }
    if !dir.join("index.html").is_file() {
        eprintln!(
            "{} has no index.html: build the app first (trunk build --release)",
            dir.display()
        );
        return ExitCode::from(2);
    }
    match par_serve::Server::bind(dir.clone(), &format!("{address}:{port}")) {
        Ok(server) => {
            println!(
                "Serving {} on {} (precompressed files, caching and Content-Security-Policy as in docs/hosting.md); Ctrl+C to stop",
                dir.display(),
                server.url("/")
            );
            server.wait();
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("cannot listen on {address}:{port}: {error}");
            ExitCode::from(2)
        }
    }
}
