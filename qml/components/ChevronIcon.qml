import QtQuick
import Maharat

// A list row's "go on" mark, pointing the reading way.
Image {
    source: App.rtl ? "../icons/chevron-left.svg" : "../icons/chevron-right.svg"
    sourceSize: Qt.size(20, 20)
    opacity: 0.55
    Accessible.ignored: true
}
