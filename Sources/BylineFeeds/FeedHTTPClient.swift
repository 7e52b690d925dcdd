import CCurl
import Foundation

/// One HTTP response, whole.
struct HTTPResponse: Sendable {
    var status: Int
    var headers: [String: String]
    var body: Data
    var url: URL
    /// Whether the server's address is a public one (`NetworkAddress`).
    var fromPublicAddress = true

    func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}

/// GET requests through libcurl's easy interface, each on a thread of its
/// own, with what polite and careful feed fetching needs: a User-Agent,
/// compressed transfers, conditional request headers, no cookies, only http
/// and https, at most `maxRedirects` redirects (followed here, so each is
/// checked), and three limits that hold whatever the server does:
///
/// - a byte limit on the body *as decoded*, checked as each piece arrives
///   (curl inflates a gzip body piece by piece, so a bomb stops at the limit
///   with memory near it) and on the declared length;
/// - a deadline on the whole transfer, `timeout` seconds from the request,
///   across redirects: a server that answers a byte a second is given up then
///   (`tooSlow`), one that never answers too (`timedOut`);
/// - cancellation (the Swift task's), and the fetch run's own deadline,
///   checked at least once a second.
///
/// Breaking any of them aborts the transfer, which closes its connection: no
/// byte more is read. curl waits in `poll`, never spinning. (URLSession on
/// Linux, used before, inflated whole bodies into memory before its
/// delegate could count them, and kept reading after a cancel.)
final class FeedHTTPClient: Sendable {
    private let settings: FetchSettings
    /// When the fetch run's time is up (`DispatchTime` nanoseconds): no
    /// transfer of the run goes on past it.
    private let runDeadline: UInt64

    /// libcurl opened and set up, once per process, before any handle
    /// (false: it could not be, and every request says so).
    private static let initialised: Bool = byline_curl_load() == 1

    /// The run's deadline is `settings.runTimeout` from now.
    init(settings: FetchSettings) {
        self.settings = settings
        runDeadline = DispatchTime.now().uptimeNanoseconds + Self.nanoseconds(settings.runTimeout)
        _ = Self.initialised
    }

    /// Whether the fetch run's time is up.
    var isRunOver: Bool { DispatchTime.now().uptimeNanoseconds >= runDeadline }

    static func nanoseconds(_ seconds: TimeInterval) -> UInt64 {
        UInt64(min(max(0, seconds), 1e9) * 1e9)
    }

    static let accept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5, */*;q=0.1"
    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    /// `publicOnly`: connect to public addresses only (a page a feed links to,
    /// when the feed itself came from one), refusing loopback and private ones.
    func get(_ url: URL, headers: [String: String] = [:], publicOnly: Bool = false) async -> Result<HTTPResponse, FetchFailure> {
        let cancel = CancelFlag()
        let settings = settings, runDeadline = runDeadline
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let thread = Thread {
                    continuation.resume(returning: Self.fetch(url, headers: headers, settings: settings, runDeadline: runDeadline,
                                                              publicOnly: publicOnly, cancel: cancel))
                }
                thread.name = "byline-fetch"
                thread.start()
            }
        } onCancel: {
            cancel.set()
        }
    }

    /// The request and the redirects it leads to, blocking.
    static func fetch(_ url: URL, headers: [String: String], settings: FetchSettings, runDeadline: UInt64,
                      publicOnly: Bool = false, cancel: CancelFlag) -> Result<HTTPResponse, FetchFailure> {
        let deadline = DispatchTime.now().uptimeNanoseconds + nanoseconds(settings.timeout)
        var current = url
        var redirects = 0
        while true {
            let transfer = Transfer(limit: settings.maxBytes, deadline: deadline, runDeadline: runDeadline, settings: settings, cancel: cancel)
            transfer.publicOnly = publicOnly
            let code = perform(current, headers: headers, settings: settings, transfer: transfer)
            if let failure = transfer.failure { return .failure(failure) }
            if code != CURLE_OK { return .failure(failure(for: code, timeout: settings.timeout)) }
            let response = HTTPResponse(status: transfer.status, headers: transfer.headers, body: transfer.body, url: current,
                                        fromPublicAddress: transfer.connectedPublicly)
            guard redirectStatuses.contains(response.status), let location = response.header("Location")?.trimmingCharacters(in: .whitespaces),
                  !location.isEmpty, let next = URL(string: location, relativeTo: current)?.absoluteURL else {
                return .success(response)
            }
            let scheme = next.scheme?.lowercased()
            guard scheme == "http" || scheme == "https" else { return .failure(.redirectRefused(FeedText.quoted(next.absoluteString))) }
            redirects += 1
            guard redirects <= settings.maxRedirects else { return .failure(.tooManyRedirects(settings.maxRedirects)) }
            current = next
        }
    }

    /// One request on a new easy handle; what arrived is in `transfer`.
    private static func perform(_ url: URL, headers: [String: String], settings: FetchSettings, transfer: Transfer) -> CURLcode {
        guard let handle = byline_curl_easy_init() else { return CURLE_FAILED_INIT }
        defer { byline_curl_easy_cleanup(handle) }
        var list: UnsafeMutablePointer<curl_slist>?
        for line in ["Accept: " + accept] + headers.map({ "\($0.key): \($0.value)" }) {
            list = byline_curl_slist_append(list, line)
        }
        defer { byline_curl_slist_free_all(list) }
        let user = Unmanaged.passUnretained(transfer).toOpaque()
        _ = byline_curl_string(handle, CURLOPT_URL, url.absoluteString)
        _ = byline_curl_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = byline_curl_string(handle, CURLOPT_USERAGENT, settings.userAgent)
        _ = byline_curl_string(handle, CURLOPT_ACCEPT_ENCODING, "")   // every encoding curl decodes
        _ = byline_curl_pointer(handle, CURLOPT_HTTPHEADER, list)
        _ = byline_curl_long(handle, CURLOPT_FOLLOWLOCATION, 0)
        _ = byline_curl_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = byline_curl_long(handle, CURLOPT_CONNECTTIMEOUT_MS, max(1, Int(settings.timeout * 1000)))
        // no byte for `timeout` seconds: given up (the deadline covers the rest)
        _ = byline_curl_long(handle, CURLOPT_LOW_SPEED_LIMIT, 1)
        _ = byline_curl_long(handle, CURLOPT_LOW_SPEED_TIME, max(1, Int(settings.timeout.rounded(.up))))
        _ = byline_curl_data_function(handle, CURLOPT_WRITEFUNCTION, receiveBody)
        _ = byline_curl_pointer(handle, CURLOPT_WRITEDATA, user)
        _ = byline_curl_data_function(handle, CURLOPT_HEADERFUNCTION, receiveHeader)
        _ = byline_curl_pointer(handle, CURLOPT_HEADERDATA, user)
        _ = byline_curl_opensocket_function(handle, openSocket)
        _ = byline_curl_pointer(handle, CURLOPT_OPENSOCKETDATA, user)
        _ = byline_curl_long(handle, CURLOPT_NOPROGRESS, 0)
        _ = byline_curl_progress_function(handle, checkLimits)
        _ = byline_curl_pointer(handle, CURLOPT_XFERINFODATA, user)
        return withExtendedLifetime(transfer) { byline_curl_easy_perform(handle) }
    }

    /// What one request gathers as curl calls back.
    final class Transfer {
        var body = Data()
        var headers: [String: String] = [:]
        var status = 0
        /// The server has answered (its status line is in).
        var answered = false
        var failure: FetchFailure?
        /// Connect to public addresses only.
        var publicOnly = false
        /// Whether every address connected to was public.
        var connectedPublicly = true
        let limit: Int
        let deadline: UInt64
        let runDeadline: UInt64
        let timeout: TimeInterval
        let runTimeout: TimeInterval
        let cancel: CancelFlag

        init(limit: Int, deadline: UInt64, runDeadline: UInt64, settings: FetchSettings, cancel: CancelFlag) {
            self.limit = limit
            self.deadline = deadline
            self.runDeadline = runDeadline
            timeout = settings.timeout
            runTimeout = settings.runTimeout
            self.cancel = cancel
        }

        /// Called from the callbacks: whether to go on.
        func withinLimits() -> Bool {
            if failure != nil { return false }
            if cancel.isSet { failure = .network("cancelled"); return false }
            let now = DispatchTime.now().uptimeNanoseconds
            if now >= runDeadline { failure = .runTimeUp(runTimeout); return false }
            if now >= deadline {
                // no answer at all is a time-out; an answer still arriving is too slow
                failure = answered ? .tooSlow(timeout) : .timedOut(timeout)
                return false
            }
            return true
        }
    }

    /// A piece of the body, decoded: kept, or the transfer ends (returning
    /// less than was given aborts it).
    private static let receiveBody: byline_curl_data_fn = { pointer, size, count, user in
        guard let pointer, let user else { return 0 }
        let transfer = Unmanaged<Transfer>.fromOpaque(user).takeUnretainedValue()
        let n = size * count
        guard transfer.withinLimits() else { return 0 }
        guard transfer.body.count + n <= transfer.limit else {
            transfer.failure = .tooLarge(limit: transfer.limit)
            transfer.body = Data()
            return 0
        }
        pointer.withMemoryRebound(to: UInt8.self, capacity: n) { transfer.body.append($0, count: n) }
        return n
    }

    /// One header line (or a status line, which starts a response afresh).
    private static let receiveHeader: byline_curl_data_fn = { pointer, size, count, user in
        guard let pointer, let user else { return 0 }
        let transfer = Unmanaged<Transfer>.fromOpaque(user).takeUnretainedValue()
        let n = size * count
        let line = pointer.withMemoryRebound(to: UInt8.self, capacity: n) {
            String(decoding: UnsafeBufferPointer(start: $0, count: n), as: UTF8.self)
        }.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            let parts = line.split(separator: " ")
            transfer.status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            transfer.headers = [:]
            transfer.answered = true
        } else if let colon = line.firstIndex(of: ":") {
            let name = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            transfer.headers[name] = transfer.headers[name].map { $0 + ", " + value } ?? value
            if name.lowercased() == "content-length", let length = Int(value), length > transfer.limit,
               (200..<300).contains(transfer.status) {
                transfer.failure = .tooLarge(limit: transfer.limit)
                return 0
            }
        }
        return transfer.withinLimits() ? n : 0
    }

    /// Each connection curl makes, checked against `publicOnly` at the moment
    /// of connecting: a name that resolves to a private address (or comes to,
    /// between two lookups) is caught all the same.
    private static let openSocket: byline_curl_opensocket_fn = { user, _, address in
        guard let user, let address else { return byline_bad_socket() }
        let transfer = Unmanaged<Transfer>.fromOpaque(user).takeUnretainedValue()
        var bytes = [UInt8](repeating: 0, count: 16)
        let count = Int(byline_address_bytes(address, &bytes))
        let isPublic = NetworkAddress.isPublic(Array(bytes.prefix(count)))
        if !isPublic {
            transfer.connectedPublicly = false
            if transfer.publicOnly {
                transfer.failure = .refused("it points at a private or loopback address, and the feed came from the internet; not fetched")
                return byline_bad_socket()
            }
        }
        return byline_open_socket(address)
    }

    /// Called by curl at least once a second while a transfer waits.
    private static let checkLimits: byline_curl_progress_fn = { user, _, _, _, _ in
        guard let user else { return 1 }
        return Unmanaged<Transfer>.fromOpaque(user).takeUnretainedValue().withinLimits() ? 0 : 1
    }

    static func failure(for code: CURLcode, timeout: TimeInterval) -> FetchFailure {
        switch code {
        case CURLE_FAILED_INIT where !initialised:
            return .network("libcurl (libcurl.so.4) could not be loaded; install it (Debian: apt install libcurl4) to fetch feeds")
        case CURLE_OPERATION_TIMEDOUT: return .timedOut(timeout)
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: return .network("the host name could not be found")
        case CURLE_COULDNT_CONNECT: return .network("could not connect to the server")
        case CURLE_GOT_NOTHING, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE:
            return .network("the connection was lost")
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
             CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR:
            return .network("the secure connection failed (certificate or TLS problem)")
        case CURLE_WEIRD_SERVER_REPLY: return .network("the server's response was not valid HTTP")
        case CURLE_BAD_CONTENT_ENCODING: return .network("the server's compressed response could not be decoded")
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT: return .network("the address is not supported")
        default: return .network("network error: " + String(cString: byline_curl_easy_strerror(code)))
        }
    }
}

/// Set once, from any thread, when the Swift task that waits is cancelled.
final class CancelFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
