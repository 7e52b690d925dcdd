import Testing
@testable import BylineUI

@Test func dumpScreens() {
    for (w, h) in [(120, 40), (80, 24), (40, 12)] {
        var s = ReaderFixtures.state(w, h)
        print(render(s).text)
        s.apply(.moveDown); s.apply(.activate)
        print(render(s).text)
    }
}
