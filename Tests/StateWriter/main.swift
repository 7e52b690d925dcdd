// byline-state-writer STATE_DIRECTORY: bookmarks key-0, key-1, … in the
// reading state one at a time, printing "bookmarked key-N" after each change
// is committed, until it is killed. The store's tests kill it with SIGKILL and
// check that every bookmark it reported is there.
import BylineStore
import Foundation

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write("usage: byline-state-writer STATE_DIRECTORY\n".data(using: .utf8)!)
    exit(2)
}
let state = try ReadingState(directory: CommandLine.arguments[1])
var n = 0
while true {
    let key = "/articles/key-\(n)"
    try state.setBookmarked(true, key: key)
    try state.setLastPosition(ReadingPosition(key: key, paragraph: n))
    FileHandle.standardOutput.write("bookmarked \(key)\n".data(using: .utf8)!)   // unbuffered: said only once committed
    n += 1
}
