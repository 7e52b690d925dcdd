import BylineTerminal
import BylineUI
import Foundation

/// A terminal held in memory, for running the reader's runtime in process:
/// it plays a script of input, each key sent only once the frame on screen
/// shows what the step before waited for, and keeps the frames drawn.
final class TestBackend: TerminalBackend {
    enum Step {
        case key(Key)
        /// Wait until a drawn frame contains the text.
        case waitFor(String)
        case resize(Size)
    }

    private(set) var size: Size
    let colourCount = 0
    private var steps: [Step]
    /// The last frame drawn, and how many there were.
    private(set) var screen: Screen?
    private(set) var frameCount = 0
    /// The text a step waited for in vain, when the script stopped there.
    private(set) var gaveUpWaitingFor: String?
    private var idleAnswers = 0
    /// How many empty answers a wait gives before it gives up (a millisecond each).
    private let patience = 10_000

    init(size: Size = Size(width: 100, height: 30), script: [Step]) {
        self.size = size
        steps = script
    }

    var text: String { screen?.text ?? "" }

    func draw(_ screen: Screen) {
        self.screen = screen
        frameCount += 1
    }

    func nextEvent(timeout: Duration?, wakeup: Wakeup?) throws(TerminalError) -> InputEvent? {
        while let step = steps.first {
            switch step {
            case .waitFor(let wanted):
                if text.contains(wanted) {
                    steps.removeFirst()
                    idleAnswers = 0
                    continue
                }
                idleAnswers += 1
                guard idleAnswers < patience else {
                    gaveUpWaitingFor = wanted
                    throw .inputClosed
                }
                // (the runtime draws again and asks again; the library loads meanwhile)
                usleep(1_000)
                return nil
            case .key(let key):
                steps.removeFirst()
                return .key(key)
            case .resize(let new):
                steps.removeFirst()
                size = new
                return .resize(new)
            }
        }
        throw .inputClosed
    }

    func setStyles(_ styles: StyleTable, monochrome: StyleTable?) {}

    func suspend<T>(_ body: () -> T) -> T { body() }
}
