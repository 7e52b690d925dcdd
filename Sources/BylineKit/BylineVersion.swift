/// Byline's version: what `byline --version` prints and what feed requests'
/// User-Agent names, written once.
public enum BylineVersion {
    public static let number = "0.1"
}
