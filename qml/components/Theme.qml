pragma Singleton
import QtQuick
import Maharat

// Colours, sizes and spacing in one place. Sizes follow the text-size setting; colours have
// light and dark variants with readable contrast (body text ≥ 7:1, muted text ≥ 4.5:1).
QtObject {
    readonly property bool dark: Settings.dark
    readonly property real scale: Settings.textScale

    readonly property color primary: dark ? "#4DB6AC" : "#00695C"
    readonly property color toolbar: dark ? "#1E3A37" : "#00695C"
    readonly property color accent: "#E65100"
    readonly property color good: dark ? "#81C784" : "#2E7D32"
    readonly property color bad: dark ? "#EF9A9A" : "#C62828"
    readonly property color goodTint: dark ? "#1B3320" : "#E8F5E9"
    readonly property color badTint: dark ? "#3D1F1F" : "#FFEBEE"
    readonly property color muted: dark ? "#B0B6BB" : "#5F6368"
    readonly property color card: dark ? "#23272A" : "#FFFFFF"
    readonly property color cardBorder: dark ? "#3C4043" : "#DADCE0"
    readonly property color page: dark ? "#181A1B" : "#FAFAFA"
    readonly property color badgeText: dark ? "#181A1B" : "#FFFFFF"

    readonly property int caption: Math.round(13 * scale)
    readonly property int small: Math.round(14 * scale)
    readonly property int body: Math.round(16 * scale)
    readonly property int subtitle: Math.round(17 * scale)
    readonly property int title: Math.round(20 * scale)
    readonly property int headline: Math.round(26 * scale)

    readonly property int margin: 16
    readonly property int touchTarget: 48
    // Phones below this width get one column and a bottom bar; wider windows a side bar.
    readonly property int wideThreshold: 700
    // Lines longer than this are hard to read; wide windows centre a column this wide.
    readonly property int readingWidth: 760

    // Alignment for text in `contentRtl` direction under the window's mirroring: AlignLeft is
    // mirrored to the right in fa/ar, so text of the other direction needs the opposite.
    function align(contentRtl) {
        return contentRtl === App.rtl ? Qt.AlignLeft : Qt.AlignRight
    }
}
