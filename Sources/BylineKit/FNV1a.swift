/// The FNV-1a hash, one byte at a time: `hash = (hash ^ byte) &* prime`,
/// the one hash the project uses. Cheap for short keys: the parser's word
/// tables take the 32-bit form byte by byte (good enough for open
/// addressing); the library cache's string table and feed file names take the
/// 64-bit form of a whole string.
public enum FNV1a {
    static let offset: UInt32 = 2_166_136_261
    static let prime: UInt32 = 16_777_619

    @inline(__always)
    static func add(_ byte: UInt8, to hash: UInt32) -> UInt32 { (hash ^ UInt32(byte)) &* prime }

    /// The 64-bit hash of some bytes.
    @inlinable
    public static func hash64<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        return hash
    }
}
