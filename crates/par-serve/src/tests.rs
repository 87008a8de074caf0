//! The server over real sockets, on a small tree like a build: what a browser would be sent.

use std::io::{Read, Write};
use std::net::TcpStream;

use super::*;

fn tree() -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let root = std::env::temp_dir().join(format!("par-serve-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(root.join("office")).unwrap();
    for (name, bytes) in [
        ("index.html", &b"<!doctype html>app"[..]),
        ("index.html.gz", b"gzip of the page"),
        ("index.html.br", b"br page"),
        ("main-0123456789abcdef.css", b"body{}"),
        ("main-0123456789abcdef.css.gz", b"gz css"),
        ("office/index.html", b"office"),
        ("icon.png", b"\x89PNG"),
    ] {
        std::fs::write(root.join(name), bytes).unwrap();
    }
    root
}

/// Sends `request` on a new connection and reads the whole response (the server closes).
fn exchange(server: &Server, request: &str) -> (String, Vec<u8>) {
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    let split = bytes.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8(bytes[..split].to_vec()).unwrap();
    (head, bytes[split + 4..].to_vec())
}

fn get(server: &Server, path: &str, headers: &str) -> (String, Vec<u8>) {
    exchange(
        server,
        &format!("GET {path} HTTP/1.1\r\nHost: x\r\n{headers}Connection: close\r\n\r\n"),
    )
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|line| {
        let (n, v) = line.split_once(':')?;
        n.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

#[test]
fn sends_the_precompressed_copy_the_browser_accepts() {
    let server = Server::start(tree());
    let (head, body) = get(&server, "/", "Accept-Encoding: gzip, deflate, br\r\n");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert_eq!(header(&head, "Content-Encoding"), Some("br"));
    assert_eq!(header(&head, "Vary"), Some("Accept-Encoding"));
    assert_eq!(
        header(&head, "Content-Type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(body, b"br page");
    let (head, body) = get(&server, "/index.html", "Accept-Encoding: gzip\r\n");
    assert_eq!(header(&head, "Content-Encoding"), Some("gzip"));
    assert_eq!(body, b"gzip of the page");
    let (head, body) = get(&server, "/index.html", "");
    assert_eq!(header(&head, "Content-Encoding"), None);
    assert_eq!(body, b"<!doctype html>app");
    // No brotli copy of the CSS: gzip it is.
    let (head, _) = get(
        &server,
        "/main-0123456789abcdef.css",
        "Accept-Encoding: br, gzip\r\n",
    );
    assert_eq!(header(&head, "Content-Encoding"), Some("gzip"));
    let (head, _) = get(&server, "/icon.png", "Accept-Encoding: br, gzip\r\n");
    assert_eq!(header(&head, "Content-Encoding"), None);
    assert_eq!(header(&head, "Vary"), None);
    let log = server.log();
    assert_eq!(log.len(), 5);
    assert_eq!(
        (log[0].path.as_str(), log[0].encoding, log[0].body_bytes),
        ("/", "br", 7)
    );
}

#[test]
fn hashed_files_are_immutable_the_page_revalidated_by_etag() {
    let server = Server::start(tree());
    let (head, _) = get(&server, "/main-0123456789abcdef.css", "");
    assert_eq!(
        header(&head, "Cache-Control"),
        Some("public, max-age=31536000, immutable")
    );
    let (head, _) = get(&server, "/", "Accept-Encoding: br\r\n");
    assert_eq!(header(&head, "Cache-Control"), Some("no-cache"));
    let etag = header(&head, "ETag").unwrap().to_string();
    let (again, body) = get(
        &server,
        "/",
        &format!("Accept-Encoding: br\r\nIf-None-Match: {etag}\r\n"),
    );
    assert!(again.starts_with("HTTP/1.1 304"), "{again}");
    assert!(body.is_empty());
    // The gzip copy has its own tag: a cached brotli body is never taken for it.
    let (gzip, _) = get(
        &server,
        "/",
        &format!("Accept-Encoding: gzip\r\nIf-None-Match: {etag}\r\n"),
    );
    assert!(gzip.starts_with("HTTP/1.1 200"), "{gzip}");
}

#[test]
fn every_response_carries_the_policy_and_the_security_headers() {
    let server = Server::start(tree());
    for path in ["/", "/icon.png", "/missing", "/office"] {
        let (head, _) = get(&server, path, "");
        assert_eq!(
            header(&head, "Content-Security-Policy"),
            Some(CONTENT_SECURITY_POLICY),
            "{path}"
        );
        assert_eq!(header(&head, "X-Content-Type-Options"), Some("nosniff"));
    }
}

#[test]
fn serves_a_tree_and_nothing_outside_it() {
    let server = Server::start(tree());
    let (head, _) = get(&server, "/office", "");
    assert!(head.starts_with("HTTP/1.1 301"), "{head}");
    assert_eq!(header(&head, "Location"), Some("/office/"));
    let (_, body) = get(&server, "/office/?x=1", "");
    assert_eq!(body, b"office");
    for outside in [
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/office/../../x",
        "/nothing.js",
    ] {
        let (head, _) = get(&server, outside, "");
        assert!(head.starts_with("HTTP/1.1 404"), "{outside}: {head}");
    }
    let (head, _) = exchange(&server, "POST / HTTP/1.1\r\nConnection: close\r\n\r\n");
    assert!(head.starts_with("HTTP/1.1 405"), "{head}");
    let (head, body) = exchange(&server, "HEAD / HTTP/1.1\r\nConnection: close\r\n\r\n");
    assert_eq!(header(&head, "Content-Length"), Some("18"));
    assert!(body.is_empty());
}

#[test]
fn keeps_a_connection_open_for_several_requests() {
    let server = Server::start(tree());
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stream
        .write_all(b"GET /icon.png HTTP/1.1\r\nHost: x\r\n\r\nGET /office/ HTTP/1.1\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut text = Vec::new();
    stream.read_to_end(&mut text).unwrap();
    let text = String::from_utf8_lossy(&text);
    assert_eq!(text.matches("HTTP/1.1 200 OK").count(), 2, "{text}");
    assert!(text.ends_with("office"));
}
