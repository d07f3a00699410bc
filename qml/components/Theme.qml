pragma Singleton
import QtQuick

// Colours and spacing in one place; contrast checked against white text and light cards.
QtObject {
    readonly property color primary: "#00695C"
    readonly property color accent: "#E65100"
    readonly property color good: "#2E7D32"
    readonly property color bad: "#C62828"
    readonly property color goodTint: "#E8F5E9"
    readonly property color badTint: "#FFEBEE"
    readonly property color muted: "#5F6368"
    readonly property color card: "#FFFFFF"
    readonly property color cardBorder: "#DADCE0"
    // Lines longer than this are hard to read; wide windows centre a column this wide.
    readonly property int readingWidth: 760
    readonly property int margin: 16
    readonly property int touchTarget: 48
}
