import BylineTestSupport
@testable import BylineFeeds
import Foundation
import Testing

/// A feed from the internet may not send Byline to somebody's own machine or
/// network: the addresses that are not public, and the refusal itself.
@Suite struct NetworkAddressTests {
    static func v6(_ groups: [UInt16]) -> [UInt8] { groups.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }

    @Test(arguments: [
        [127, 0, 0, 1], [10, 1, 2, 3], [172, 16, 0, 1], [172, 31, 255, 255], [192, 168, 1, 1], [169, 254, 169, 254],
        [100, 64, 0, 1], [0, 0, 0, 0], [224, 0, 0, 1], [255, 255, 255, 255], [192, 0, 2, 1], [198, 18, 0, 1],
    ] as [[UInt8]])
    func privateIPv4IsNotPublic(_ address: [UInt8]) {
        #expect(!NetworkAddress.isPublic(address))
    }

    @Test func publicAddressesArePublic() {
        for address: [UInt8] in [[8, 8, 8, 8], [1, 1, 1, 1], [172, 32, 0, 1], [100, 128, 0, 1], [193, 0, 2, 1]] {
            #expect(NetworkAddress.isPublic(address), "\(address)")
        }
        #expect(NetworkAddress.isPublic(Self.v6([0x2606, 0x4700, 0, 0, 0, 0, 0, 0x1111])))
    }

    @Test func privateIPv6IsNotPublic() {
        for groups: [UInt16] in [[0, 0, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 0, 0], [0xFE80, 0, 0, 0, 0, 0, 0, 1],
                                 [0xFC00, 0, 0, 0, 0, 0, 0, 1], [0xFD12, 0x3456, 0, 0, 0, 0, 0, 1], [0xFF02, 0, 0, 0, 0, 0, 0, 1],
                                 [0, 0, 0, 0, 0, 0xFFFF, 0x7F00, 0x0001], [0x2001, 0x0DB8, 0, 0, 0, 0, 0, 1]] {
            #expect(!NetworkAddress.isPublic(Self.v6(groups)), "\(groups)")
        }
        #expect(NetworkAddress.isPublic(Self.v6([0, 0, 0, 0, 0, 0xFFFF, 0x0808, 0x0808])), "an IPv4-mapped public address")
    }

    /// A page asked for from public addresses only is refused at the moment
    /// of connecting to the loopback test server, and said so; asked for
    /// freely, it is read, and known to have come from a private address.
    @Test func aConnectionToALoopbackAddressIsRefusedWhenOnlyPublicOnesMayBeUsed() async throws {
        let server = try TestHTTPServer { FetcherTests.routes($0) }
        defer { server.stop() }
        let client = FeedHTTPClient(settings: FetchSettings(timeout: 10))
        let url = URL(string: server.url("/2026/03/bridge"))!
        guard case .failure(let failure) = await client.get(url, publicOnly: true) else { Issue.record("a loopback page was read"); return }
        #expect(failure == .refused("it points at a private or loopback address, and the feed came from the internet; not fetched"))
        guard case .success(let response) = await client.get(url) else { Issue.record("the page was not read"); return }
        #expect(response.status == 200 && !response.fromPublicAddress)
        #expect(server.requests.count == 1, "the refused request never reached the server")
    }
}
