//! Just enough HTTP/1.1 for a static site: one request at a time on a kept-alive connection,
//! GET and HEAD, conditional requests by ETag.

use std::io::{self, BufRead, Write};

/// A request line and the headers this server uses.
#[derive(Debug, Default)]
pub struct Request {
    pub method: String,
    /// The path as sent, without query or fragment, not yet decoded.
    pub path: String,
    pub accept_encoding: String,
    pub if_none_match: Option<String>,
    /// The client keeps the connection open after this request.
    pub keep_alive: bool,
}

/// Reads one request; `Ok(None)` when the client closed the connection between requests.
pub fn read_request(reader: &mut impl BufRead) -> io::Result<Option<Request>> {
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    let mut parts = line.split_whitespace();
    let (method, target, version) = (
        parts.next().unwrap_or("").to_string(),
        parts.next().unwrap_or("/"),
        parts.next().unwrap_or("HTTP/1.0"),
    );
    let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
    let mut request = Request {
        method,
        path,
        keep_alive: version == "HTTP/1.1",
        ..Request::default()
    };
    // Headers until the blank line; at most 100 of them, each read line bounded by BufRead.
    for _ in 0..100 {
        line.clear();
        if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().to_string();
        match name.trim().to_ascii_lowercase().as_str() {
            "accept-encoding" => request.accept_encoding = value,
            "if-none-match" => request.if_none_match = Some(value),
            "connection" => request.keep_alive = !value.eq_ignore_ascii_case("close"),
            _ => {}
        }
    }
    Ok(Some(request))
}

/// A response ready to write: status, headers and body (empty for HEAD and 304).
pub struct Response {
    pub status: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
    /// Content-Length announced (the body's length, also for HEAD).
    pub length: usize,
}

impl Response {
    pub fn new(status: &'static str) -> Self {
        Response {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            length: 0,
        }
    }

    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    pub fn body(mut self, body: Vec<u8>) -> Self {
        self.length = body.len();
        self.body = body;
        self
    }

    /// Writes the response; returns the bytes written (head and body).
    pub fn write(&self, out: &mut impl Write, keep_alive: bool) -> io::Result<u64> {
        let mut head = format!("HTTP/1.1 {}\r\n", self.status);
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str(&format!("Content-Length: {}\r\n", self.length));
        head.push_str(if keep_alive {
            "Connection: keep-alive\r\n\r\n"
        } else {
            "Connection: close\r\n\r\n"
        });
        out.write_all(head.as_bytes())?;
        out.write_all(&self.body)?;
        out.flush()?;
        Ok((head.len() + self.body.len()) as u64)
    }
}

/// `%XX` escapes decoded; `None` for a broken escape or text that is not UTF-8.
pub fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_request_line_and_the_headers_it_needs() {
        let text = "GET /office/?demo HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip, br\r\nIf-None-Match: \"abc\"\r\n\r\nGET / HTTP/1.0\r\n\r\n";
        let mut reader = io::BufReader::new(text.as_bytes());
        let first = read_request(&mut reader).unwrap().unwrap();
        assert_eq!(first.method, "GET");
        assert_eq!(first.path, "/office/");
        assert_eq!(first.accept_encoding, "gzip, br");
        assert_eq!(first.if_none_match.as_deref(), Some("\"abc\""));
        assert!(first.keep_alive);
        let second = read_request(&mut reader).unwrap().unwrap();
        assert!(!second.keep_alive, "HTTP/1.0 closes by default");
        assert!(read_request(&mut reader).unwrap().is_none());
    }

    #[test]
    fn decodes_escapes_and_refuses_broken_ones() {
        assert_eq!(percent_decode("/a%20b").as_deref(), Some("/a b"));
        assert_eq!(percent_decode("/%2e%2e/x").as_deref(), Some("/../x"));
        assert_eq!(percent_decode("/%zz"), None);
        assert_eq!(percent_decode("/%c3"), None);
    }
}
