/// Whether an IP address is one any feed may point Byline at, or one that is
/// somebody's own machine or network: loopback, private ranges, link-local,
/// carrier-grade NAT, unspecified, multicast and the like. A feed from the
/// internet must not make Byline request those (its linked pages are fetched
/// with `full = true`), unless the feed itself was served from one.
enum NetworkAddress {
    /// `bytes`: 4 (IPv4) or 16 (IPv6) in network order.
    static func isPublic(_ bytes: [UInt8]) -> Bool {
        switch bytes.count {
        case 4: return isPublicV4(bytes)
        case 16:
            // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible forms are their IPv4 address
            if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF { return isPublicV4(Array(bytes[12...])) }
            if bytes[0..<12].allSatisfy({ $0 == 0 }) { return false }   // ::, ::1, and the deprecated compatible form
            if bytes[0] == 0xFC || bytes[0] == 0xFD { return false }    // unique local fc00::/7
            if bytes[0] == 0xFE && bytes[1] & 0xC0 == 0x80 { return false }   // link-local fe80::/10
            if bytes[0] == 0xFE && bytes[1] & 0xC0 == 0xC0 { return false }   // site-local fec0::/10
            if bytes[0] == 0xFF { return false }   // multicast
            if bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0D && bytes[3] == 0xB8 { return false }   // documentation
            if bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xFF && bytes[3] == 0x9B { return isPublicV4(Array(bytes[12...])) }   // NAT64
            return true
        default: return false
        }
    }

    static func isPublicV4(_ b: [UInt8]) -> Bool {
        switch (b[0], b[1]) {
        case (0, _), (10, _), (127, _): return false
        case (100, 64...127): return false          // carrier-grade NAT
        case (169, 254): return false               // link-local
        case (172, 16...31): return false
        case (192, 168): return false
        case (192, 0) where b[2] == 0 || b[2] == 2: return false   // IETF, documentation
        case (198, 18...19): return false           // benchmarking
        case (198, 51) where b[2] == 100, (203, 0) where b[2] == 113: return false   // documentation
        case (224...255, _): return false           // multicast, reserved, broadcast
        default: return true
        }
    }
}
