import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// Previous/next: the chevron sits on the outer side and points the way the step goes in the
// reading direction (a RowLayout mirrors with the window, so "outer" follows the language).
Button {
    id: button
    property bool forward: true
    flat: true
    implicitHeight: Theme.touchTarget
    Accessible.name: text
    contentItem: RowLayout {
        spacing: 4
        Image {
            visible: !button.forward
            source: App.rtl ? "../icons/chevron-right.svg" : "../icons/chevron-left.svg"
            sourceSize: Qt.size(18, 18)
        }
        Label {
            textFormat: Text.PlainText
            text: button.text
            color: Theme.primary
            font.pixelSize: Theme.body
            font.weight: Font.DemiBold
        }
        Image {
            visible: button.forward
            source: App.rtl ? "../icons/chevron-left.svg" : "../icons/chevron-right.svg"
            sourceSize: Qt.size(18, 18)
        }
    }
}
