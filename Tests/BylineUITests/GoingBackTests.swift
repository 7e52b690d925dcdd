import BylineKit
import Testing
@testable import BylineUI

/// Moving as a newsboat user expects: `q` goes back one level and quits only
/// from the list, `Q` quits from anywhere, Esc/h/← go back without quitting;
/// `J`/`K` and `>`/`<` step through the list's articles; `A` reads them all.
@Suite("Going back and stepping through articles")
struct GoingBackTests {
    func fresh(_ width: Int = 100, _ height: Int = 30) -> ReaderState {
        ReaderState(articles: ReaderFixtures.library, size: Size(width: width, height: height)).started()
    }

    @Test func qGoesBackOneLevelAndQuitsOnlyFromTheList() {
        var s = fresh()
        s.apply(.activate)
        #expect(s.focus == .reading)
        s.apply(.nextQuote)
        #expect(s.emphasis != nil)
        s.handle(.key(.character("q")))
        #expect(s.emphasis == nil && s.focus == .reading && !s.isQuitting, "first the highlight goes")
        s.handle(.key(.character("q")))
        #expect(s.focus == .list && !s.isQuitting, "then the focus returns to the list")
        s.handle(.key(.character("q")))
        #expect(s.isQuitting, "and from the list q quits")
    }

    @Test func qClosesHelpAndTheSpeakerListFirst() {
        var s = fresh()
        s.apply(.toggleHelp)
        s.handle(.key(.character("q")))
        #expect(!s.isHelpShown && !s.isQuitting)
        s.apply(.showSpeakers)
        #expect(s.speakerList != nil)
        s.handle(.key(.character("q")))
        #expect(s.speakerList == nil && !s.isQuitting)
    }

    @Test(arguments: [Key.escape, .character("h"), .left])
    func escHAndLeftGoBackButNeverQuit(_ key: Key) {
        var s = fresh()
        s.apply(.focusNext)
        s.apply(.focusNext)
        #expect(s.focus == .side && s.emphasis != nil, "the side panel's selection is emphasised")
        s.handle(.key(key))
        #expect(s.focus == .side && s.emphasis == nil)
        s.handle(.key(key))
        #expect(s.focus == .list)
        s.handle(.key(key))
        #expect(s.focus == .list && !s.isQuitting)
    }

    @Test func capitalQQuitsFromAnywhere() {
        var s = fresh()
        s.apply(.activate)
        s.apply(.showSpeakers)
        s.handle(.key(.character("Q")))
        #expect(s.isQuitting)
    }

    @Test func theStatusLineSaysWhatQDoesHere() {
        var s = fresh()
        #expect(render(s).line(29).hasSuffix("q quit "))
        s.apply(.activate)
        #expect(render(s).line(29).hasSuffix("q back "))
    }

    @Test func jAndKOpenTheNextAndPreviousArticleOfTheFilteredListAndReadThem() {
        var store = ReaderStore(fresh())
        store.send(.activate, [.loadArticle(0)]) { $0.pendingOpen = .init(index: 0, intent: .read) }
        store.receiveArticle(.articleLoaded(0, .success(ReaderFixtures.library[0])), [.setRead(key: ReaderFixtures.library[0].file, read: true)]) {
            #expect($0.focus == .reading && $0.openIndex == 0)
        }
        store.send(.key(.character("J")), [.loadArticle(1)]) {
            $0.selectedIndex = 1
            $0.pendingOpen = .init(index: 1, intent: .open)
        }
        store.receiveArticle(.articleLoaded(1, .success(ReaderFixtures.library[1])), [.setRead(key: ReaderFixtures.library[1].file, read: true)]) {
            #expect($0.openIndex == 1 && $0.focus == .reading, "the focus stays in the reading pane")
        }
        store.send(.key(.character("K")), [.loadArticle(0)]) {
            $0.selectedIndex = 0
            $0.pendingOpen = .init(index: 0, intent: .open)
        }
        // (the first article is asked for and not yet in: K counts from it)
        store.send(.key(.character("K"))) { $0.statusMessage = "No article before this one in the list" }
    }

    @Test func jStaysInsideTheFilter() {
        var s = fresh()
        s.filter("person:Zelensky")
        #expect(s.listArticles == [0])
        s.apply(.activate)
        s.apply(.nextArticle)
        #expect(s.openIndex == 0 && s.statusMessage == "No article after this one in the list")
    }

    @Test func angleBracketsSkipToTheNextAndPreviousUnreadArticle() {
        var s = ReaderState(articles: ReaderFixtures.library, size: Size(width: 100, height: 30), unread: [2]).started()
        s.handle(.key(.character(">")))
        #expect(s.openIndex == 2 && s.selectedIndex == 2, "tokyo is read and skipped")
        #expect(s.unread.isEmpty)
        s.handle(.key(.character("<")))
        #expect(s.openIndex == 2 && s.statusMessage == "No unread article before this one in the list")
    }

    @Test func capitalAMarksTheWholeListReadInOneEffect() {
        var s = fresh()
        s.filter("-person:Zelensky")
        let keys = s.listArticles.map { ReaderFixtures.library[$0].file }
        #expect(s.apply(.markAllRead) == [.setAllRead(keys: keys)])
        #expect(s.unread == [0], "only the list's articles")
        #expect(s.statusMessage == "Marked 2 articles read")
        #expect(s.apply(.markAllRead).isEmpty)
        #expect(s.statusMessage == "Every article in the list is read")
    }

    @Test func theArticleShownAtStartIsNotReadUntilOpened() {
        let s = fresh()
        #expect(s.openIndex == 0 && s.unread == [0, 1, 2])
    }
}
