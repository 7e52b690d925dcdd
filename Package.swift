// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Byline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .library(name: "BylineKit", targets: ["BylineKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCurses",
            path: "Sources/CNCurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "BylineKit"),
        .target(
            name: "BylineUI",
            dependencies: ["BylineKit", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(name: "BylineTerminal", dependencies: ["BylineUI", "CNCurses"]),
        .executableTarget(
            name: "byline",
            dependencies: [
                "BylineKit", "BylineUI", "BylineTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "byline-bench", dependencies: ["BylineKit", "BylineUI"]),
        .testTarget(name: "BylineKitTests", dependencies: ["BylineKit"], exclude: ["Fixtures"]),
        .testTarget(name: "BylineUITests", dependencies: ["BylineUI", "BylineKit"]),
        .testTarget(name: "BylineTerminalTests", dependencies: ["BylineTerminal", "BylineUI"]),
        .testTarget(name: "BylineEndToEndTests", dependencies: ["BylineKit"]),
    ]
)
