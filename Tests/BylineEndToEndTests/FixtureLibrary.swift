import Foundation

/// Four short articles written for these tests (invented events), in a
/// folder of their own: three in Norway, two of them quoting Mara Tengu
/// (one twice), one in Chile quoting Ivo Renner. What the tests expect of
/// them is plain `said` attribution, so a better parser leaves them alone.
/// Each is dated, a day apart, so "newest first" lists them a, b, c, d.
final class FixtureLibrary {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-e2e-\(UUID().uuidString.prefix(8))")
    var path: String { folder.path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let articles = [
            "a-quay.txt": "Title: Harbour council in Bergen backs the new quay\nDate: 2026-03-04\n\nThe council in Bergen, Norway, approved the new quay on Monday.\n\n\"We have waited ten years for this,\" said Mara Tengu, the council's chair.\n\nWork on the quay is to start in the spring and take two years, the council said, with the old pier kept open for the ferries meanwhile.\n\nThe fishing cooperative asked for berths to be set aside for its boats during the works, and the council agreed to look at the request in May.\n\nA public meeting on the plans will be held in the town hall next week.",
            "b-ferry.txt": "Title: Norway ferry fares rise again\nDate: 2026-03-03\n\nFares on the ferries of western Norway rose for the third time this year.\n\n\"Families cannot keep paying more,\" said Mara Tengu.\n\n\"We will ask the ministry for help,\" said Mara Tengu.",
            "c-grain.txt": "Title: Chile grain harvest beats forecasts\nDate: 2026-03-02\n\nFarmers in Chile brought in a record harvest.\n\n\"The rain came at the right time,\" said Ivo Renner, a grower near Temuco.",
            "d-fleet.txt": "Title: Fishing fleet returns to Tromsø\nDate: 2026-03-01\n\nThe fleet returned to Tromsø in Norway after a storm.\n\n\"Every boat came home,\" said Mara Tengu.",
        ]
        for (name, text) in articles {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }
}
