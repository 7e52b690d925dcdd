/// Showing a theme colour on a real terminal: the palette entry to use when the
/// terminal has 8, 16 or 256 colours. Pure functions of the colour and the count.
extension ThemeColor {
    /// The palette index to use on a terminal with `colors` colours (ncurses'
    /// `COLORS`), or nil for the terminal's default colour. Fewer than 8 colours
    /// means no colour at all. Bright colours become their basic form on an
    /// 8-colour terminal; 256-palette and `#rrggbb` colours become the nearest
    /// colour the terminal has: on a 256-colour terminal the nearest of the
    /// 6×6×6 cube and greys (never the 16 that terminal themes redefine), on 8
    /// or 16 colours the basic colour of the same hue (`basicIndex`), so that
    /// soft greens, cyans and pinks stay green, cyan and magenta.
    public func paletteIndex(colors: Int) -> Int? {
        guard colors >= 8 else { return nil }
        let basicCount = colors >= 16 ? 16 : 8
        switch self {
        case .default:
            return nil
        case .basic(let c):
            return c.rawValue
        case .bright(let c):
            return basicCount == 16 ? c.rawValue + 8 : c.rawValue
        case .palette(let n):
            if n < 16 { return n < basicCount ? n : n - 8 }
            if colors >= 256 { return n }
            let (r, g, b) = Self.xtermRGB(index: n)
            return Self.basicIndex(red: r, green: g, blue: b, colors: basicCount)
        case .rgb(let r, let g, let b):
            if colors >= 256 { return Self.nearest(red: r, green: g, blue: b, among: 16..<256) }
            return Self.basicIndex(red: r, green: g, blue: b, colors: basicCount)
        }
    }

    /// The basic colour (0–7, or 0–15 when `colors` is 16 or more) for an RGB
    /// colour, by hue rather than by distance: distance sends every pale
    /// colour to white, and a theme's roles would all look the same. Colours
    /// with little chroma, or very dark, become black, white (or on 16 colours, the greys 8
    /// and 7, and bright white); the others the basic colour of the nearest of
    /// the six hues, bright on 16 colours when they are bright themselves.
    public static func basicIndex(red: UInt8, green: UInt8, blue: UInt8, colors: Int) -> Int {
        let (r, g, b) = (Int(red), Int(green), Int(blue))
        let high = max(r, g, b), low = min(r, g, b)
        let chroma = high - low
        let lightness = (high + low) / 2
        let sixteen = colors >= 16
        if high < 64 { return 0 }
        if chroma < 40 {
            if !sixteen { return lightness < 80 ? 0 : 7 }
            return lightness < 40 ? 0 : lightness < 150 ? 8 : lightness < 215 ? 7 : 15
        }
        // Hue in degrees, 0 red … 360.
        let hue: Double
        let c = Double(chroma)
        if high == r {
            hue = (60 * (Double(g - b) / c) + 360).truncatingRemainder(dividingBy: 360)
        } else if high == g {
            hue = 60 * (Double(b - r) / c) + 120
        } else {
            hue = 60 * (Double(r - g) / c) + 240
        }
        // Red 0°, yellow 60°, green 120°, cyan 180°, blue 240°, magenta 300°.
        let sector = Int((hue / 60).rounded()) % 6
        let basic = [BasicColor.red, .yellow, .green, .cyan, .blue, .magenta][sector].rawValue
        return sixteen && high >= 230 ? basic + 8 : basic
    }

    /// The same colour as the terminal will show it: a `.basic`, `.bright` or
    /// `.palette` colour, or `.default`.
    public func approximated(colors: Int) -> ThemeColor {
        guard let index = paletteIndex(colors: colors) else { return .default }
        if index < 8 { return .basic(BasicColor(rawValue: index)!) }
        if index < 16 { return .bright(BasicColor(rawValue: index - 8)!) }
        return .palette(index)
    }

    /// The colour xterm shows for a palette entry: its 16 basic colours, the
    /// 6×6×6 cube (levels 0, 95, 135, 175, 215, 255) and 24 greys (8 to 238).
    public static func xtermRGB(index: Int) -> (red: UInt8, green: UInt8, blue: UInt8) {
        switch index {
        case ..<0:
            return (0, 0, 0)
        case 0..<16:
            return basicRGB[index]
        case 16..<232:
            let cube = index - 16
            return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        case 232..<256:
            let grey = UInt8(8 + 10 * (index - 232))
            return (grey, grey, grey)
        default:
            return (255, 255, 255)
        }
    }

    /// The palette entry in `candidates` that looks closest to a colour.
    public static func nearest(red: UInt8, green: UInt8, blue: UInt8, among candidates: Range<Int>) -> Int {
        var best = candidates.lowerBound
        var bestDistance = Int.max
        for index in candidates {
            let d = distance((red, green, blue), xtermRGB(index: index))
            if d < bestDistance {
                best = index
                bestDistance = d
            }
        }
        return best
    }

    /// Squared "redmean" distance: a cheap weighting of the RGB channels that
    /// follows the eye better than plain Euclidean distance.
    static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let (r1, g1, b1) = (Int(a.0), Int(a.1), Int(a.2))
        let (r2, g2, b2) = (Int(b.0), Int(b.1), Int(b.2))
        let redMean = (r1 + r2) / 2
        let (dr, dg, db) = (r1 - r2, g1 - g2, b1 - b2)
        return (((512 + redMean) * dr * dr) >> 8) + 4 * dg * dg + (((767 - redMean) * db * db) >> 8)
    }

    private static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    private static let basicRGB: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
}
