import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server on 127.0.0.1 for the tests: one thread accepts, one
/// thread per connection reads the request head and writes the answer the
/// handler gives, then closes the connection. Only what feed fetching needs:
/// GET, request headers, status, response headers, a body (written in chunks,
/// so a client that gives up mid-way is fine) and an optional delay.
public final class TestHTTPServer: @unchecked Sendable {
    public struct Request: Sendable {
        public var path: String
        /// Header names lowercased.
        public var headers: [String: String]
    }

    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)] = []
        public var body: Data = Data()
        /// Seconds to wait before answering (for timeouts).
        public var delay: TimeInterval = 0
        /// Seconds between the body's bytes: a server that trickles (each
        /// byte keeps an idle timeout from firing). Zero sends it at once.
        public var trickle: TimeInterval = 0

        public init(status: Int, headers: [(String, String)] = [], body: Data = Data(), delay: TimeInterval = 0, trickle: TimeInterval = 0) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
            self.trickle = trickle
        }

        public static func ok(_ body: Data, type: String, headers: [(String, String)] = []) -> Response {
            Response(status: 200, headers: [("Content-Type", type)] + headers, body: body)
        }

        public static func status(_ code: Int) -> Response {
            Response(status: code, headers: [("Content-Type", "text/plain")], body: Data("status \(code)\n".utf8))
        }

        public static func redirect(to location: String, status: Int = 302) -> Response {
            Response(status: status, headers: [("Location", location)])
        }
    }

    public typealias Handler = @Sendable (Request) -> Response

    public let port: UInt16
    private let listener: Int32
    private let handler: Handler
    private let lock = NSLock()
    private var log: [Request] = []
    private var stopped = false

    public init(handler: @escaping Handler) throws {
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        listener = fd
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// The requests answered so far, in order.
    public var requests: [Request] { lock.withLock { log } }

    public func stop() {
        let first = lock.withLock { () -> Bool in
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        // (wakes the accept loop, which closes the socket as it leaves: were
        // it closed here, its number could be given to another test's new
        // server before the loop's next accept, which would then take that
        // server's connections)
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private func acceptLoop() {
        defer { close(listener) }
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            if lock.withLock({ stopped }) {
                close(client)
                return
            }
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func serve(_ fd: Int32) {
        defer { close(fd) }
        var head = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while head.range(of: Data("\r\n\r\n".utf8)) == nil {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { return }
            head.append(buffer, count: n)
            if head.count > 64 * 1024 { return }
        }
        let lines = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count >= 2 else { return }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let request = Request(path: String(parts[1]), headers: headers)
        lock.withLock { log.append(request) }
        let response = handler(request)
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        var text = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        for (name, value) in response.headers { text += "\(name): \(value)\r\n" }
        if response.status != 304 { text += "Content-Length: \(response.body.count)\r\n" }
        text += "Connection: close\r\n\r\n"
        guard send(fd, Data(text.utf8)) else { return }
        var offset = 0
        while offset < response.body.count {
            if response.trickle > 0 { Thread.sleep(forTimeInterval: response.trickle) }
            let end = min(response.body.count, offset + (response.trickle > 0 ? 1 : 64 * 1024))
            guard send(fd, response.body.subdata(in: offset..<end)) else { return }
            offset = end
        }
    }

    /// Writes all of `data`; false when the client has gone (no SIGPIPE).
    private func send(_ fd: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            var sent = 0
            while sent < raw.count {
                #if canImport(Glibc)
                let n = Glibc.send(fd, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                #else
                let n = Darwin.send(fd, raw.baseAddress! + sent, raw.count - sent, 0)
                #endif
                if n <= 0 { return false }
                sent += n
            }
            return true
        }
    }

    public static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 404: "Not Found"
        case 500: "Internal Server Error"
        default: "Status"
        }
    }
}
