//! A small static web server for the built app (`dist/`), serving it the way docs/hosting.md
//! asks a province's server to: the precompressed copy the browser accepts (`.br`, then `.gz`),
//! hashed files cached for a year and everything else revalidated by ETag, the strict
//! Content-Security-Policy. `scripts/serve.sh` runs it and the end-to-end tests and benchmarks
//! use it, so they see exactly what users get. It serves a directory tree (`/` and `/office/`
//! are each their folder's `index.html`) and keeps a log of what it sent, which the benchmark
//! reads to count the bytes transferred.

pub mod http;
pub mod policy;

use std::io::{BufReader, BufWriter};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use http::{percent_decode, read_request, Request, Response};
use policy::{accepted, cache_control, content_type, CONTENT_SECURITY_POLICY, SECURITY_HEADERS};

/// One response the server sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Served {
    /// The request path, e.g. `/par-app-…_bg.wasm`.
    pub path: String,
    /// `200`, `304`, `404`…
    pub status: u16,
    /// `br`, `gzip` or empty.
    pub encoding: &'static str,
    /// Body bytes sent (0 for HEAD and 304).
    pub body_bytes: u64,
    /// Everything sent, head included.
    pub total_bytes: u64,
}

/// Serves `root` until dropped, each connection on its own thread.
pub struct Server {
    pub port: u16,
    address: SocketAddr,
    stop: Arc<AtomicBool>,
    log: Arc<Mutex<Vec<Served>>>,
    thread: Option<thread::JoinHandle<()>>,
}

impl Server {
    /// Serves `root` on 127.0.0.1 at a free port (tests and benchmarks).
    pub fn start(root: PathBuf) -> Self {
        Server::bind(root, "127.0.0.1:0").expect("bind a local port")
    }

    /// Serves `root` on `address` (`127.0.0.1:8080`).
    pub fn bind(root: PathBuf, address: &str) -> std::io::Result<Self> {
        let listener = TcpListener::bind(address)?;
        let address = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let log = Arc::new(Mutex::new(Vec::new()));
        let (stopping, sent) = (stop.clone(), log.clone());
        let root = Arc::new(root);
        let thread = thread::spawn(move || {
            for stream in listener.incoming() {
                if stopping.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    let (root, sent) = (root.clone(), sent.clone());
                    thread::spawn(move || serve_connection(stream, &root, &sent));
                }
            }
        });
        Ok(Server {
            port: address.port(),
            address,
            stop,
            log,
            thread: Some(thread),
        })
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// Every response sent so far, in order.
    pub fn log(&self) -> Vec<Served> {
        self.log.lock().map(|log| log.clone()).unwrap_or_default()
    }

    /// Forgets the responses sent so far (to measure one visit at a time).
    pub fn clear_log(&self) {
        if let Ok(mut log) = self.log.lock() {
            log.clear();
        }
    }

    /// Serves until the process ends (the command line).
    pub fn wait(mut self) {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.address);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve_connection(stream: TcpStream, root: &Path, log: &Mutex<Vec<Served>>) {
    // An idle kept-alive connection is closed after a while, ending its thread.
    let _ = stream.set_read_timeout(Some(Duration::from_secs(15)));
    let Ok(write_half) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(&stream);
    let mut writer = BufWriter::new(write_half);
    while let Ok(Some(request)) = read_request(&mut reader) {
        let response = respond(root, &request);
        let keep_alive = request.keep_alive;
        let Ok(total_bytes) = response.write(&mut writer, keep_alive) else {
            break;
        };
        let encoding = response
            .headers
            .iter()
            .find(|(name, _)| *name == "Content-Encoding")
            .map_or("", |(_, value)| if value == "br" { "br" } else { "gzip" });
        if let Ok(mut log) = log.lock() {
            log.push(Served {
                path: request.path.clone(),
                status: response.status[..3].parse().unwrap_or(0),
                encoding,
                body_bytes: response.body.len() as u64,
                total_bytes,
            });
        }
        if !keep_alive {
            break;
        }
    }
    let _ = stream.shutdown(Shutdown::Both);
}

/// The response to `request` for the tree under `root`.
pub fn respond(root: &Path, request: &Request) -> Response {
    if request.method != "GET" && request.method != "HEAD" {
        return plain("405 Method Not Allowed", "GET or HEAD only").header("Allow", "GET, HEAD");
    }
    let Some(path) = percent_decode(&request.path) else {
        return plain("400 Bad Request", "bad path");
    };
    let relative = Path::new(path.trim_start_matches('/'));
    let inside = relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)));
    if !inside || path.contains('\0') {
        return plain("404 Not Found", "not found");
    }
    let mut file = root.join(relative);
    if file.is_dir() {
        if !path.ends_with('/') {
            // `/office` → `/office/`, so the page's relative addresses resolve inside it.
            return with_security_headers(Response::new("301 Moved Permanently"))
                .header("Location", format!("{path}/"));
        }
        file = file.join("index.html");
    }
    if !file.is_file() {
        return plain("404 Not Found", "not found");
    }
    let encoding = accepted(&request.accept_encoding)
        .into_iter()
        .find(|e| with_suffix(&file, e.suffix()).is_file());
    let sent = encoding.map_or_else(|| file.clone(), |e| with_suffix(&file, e.suffix()));
    let Ok(body) = std::fs::read(&sent) else {
        return plain("404 Not Found", "not found");
    };
    let etag = format!(
        "\"{:016x}{}\"",
        fingerprint(&body),
        encoding.map_or("", |e| e.suffix())
    );
    let mut response = with_security_headers(Response::new("200 OK"))
        .header("Content-Type", content_type(&file))
        .header("Cache-Control", cache_control(relative))
        .header("ETag", etag.clone());
    if has_variants(&file) {
        response = response.header("Vary", "Accept-Encoding");
    }
    if let Some(encoding) = encoding {
        response = response.header("Content-Encoding", encoding.token());
    }
    let not_modified = request.if_none_match.as_deref().is_some_and(|tags| {
        tags.split(',')
            .any(|tag| tag.trim() == etag || tag.trim() == "*")
    });
    if not_modified {
        response.status = "304 Not Modified";
        return response;
    }
    if request.method == "HEAD" {
        response.length = body.len();
        return response;
    }
    response.body(body)
}

fn with_security_headers(response: Response) -> Response {
    SECURITY_HEADERS.iter().fold(
        response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY),
        |response, (name, value)| response.header(name, *value),
    )
}

fn plain(status: &'static str, text: &str) -> Response {
    with_security_headers(Response::new(status))
        .header("Content-Type", "text/plain; charset=utf-8")
        .header("Cache-Control", "no-store")
        .body(text.as_bytes().to_vec())
}

fn with_suffix(file: &Path, suffix: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn has_variants(file: &Path) -> bool {
    [".br", ".gz"]
        .iter()
        .any(|suffix| with_suffix(file, suffix).is_file())
}

/// FNV-1a of the bytes: a strong ETag for the exact bytes sent, stable across runs.
fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests;
