// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Byline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .library(name: "BylineKit", targets: ["BylineKit"]),
        .library(name: "BylineStore", targets: ["BylineStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCurses",
            path: "Sources/CNCurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // libxml2's recovering HTML parser (web pages) and HTML's entity names (feeds).
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // glibc's malloc.h, for malloc_trim (`MemoryRelease`); part of libc.
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        .target(name: "BylineKit", dependencies: ["CLibXML2", "CMalloc"]),
        // libcurl's easy interface: feeds fetched with a byte limit on what is
        // decoded, a deadline, and a cancel that closes the connection. Its
        // header only: the library is opened when a feed is first fetched
        // (see the shim), so nothing links it.
        .systemLibrary(
            name: "CCurl",
            path: "Sources/CCurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .target(
            name: "BylineUI",
            dependencies: ["BylineKit", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(name: "BylineStore", dependencies: ["BylineKit", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "BylineTerminal", dependencies: ["BylineKit", "BylineUI", "CNCurses"]),
        .target(name: "BylineApp", dependencies: ["BylineKit", "BylineUI", "BylineStore", "BylineFeeds", "BylineTerminal"]),
        .target(
            name: "BylineFeeds",
            dependencies: ["BylineKit", "CCurl", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .executableTarget(
            name: "byline",
            dependencies: [
                "BylineKit", "BylineStore", "BylineUI", "BylineTerminal", "BylineFeeds", "BylineApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "byline-bench", dependencies: ["BylineKit", "BylineStore", "BylineUI",
                                                              .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(name: "BylineKitTests", dependencies: ["BylineKit", "BylineTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "BylineUITests", dependencies: ["BylineUI", "BylineKit"]),
        // A helper the store's tests run and kill -9 while it writes the reading state.
        .executableTarget(name: "byline-state-writer", dependencies: ["BylineStore"], path: "Tests/StateWriter"),
        .testTarget(
            name: "BylineStoreTests",
            dependencies: ["BylineStore", "BylineKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "BylineTerminalTests", dependencies: ["BylineTerminal", "BylineUI"]),
        .testTarget(name: "BylineAppTests", dependencies: ["BylineApp", "BylineTerminal", "BylineUI", "BylineKit", "BylineStore", "BylineTestSupport"]),
        // What the end-to-end and feed tests share: running programs, the
        // built byline binary, a tmux terminal, a local HTTP server.
        .target(name: "BylineTestSupport", path: "Tests/BylineTestSupport"),
        .testTarget(name: "BylineEndToEndTests", dependencies: ["BylineKit", "BylineTestSupport"]),
        .testTarget(name: "BylineFeedsTests", dependencies: ["BylineFeeds", "BylineKit", "BylineTestSupport"], exclude: ["Fixtures"]),
    ]
)
