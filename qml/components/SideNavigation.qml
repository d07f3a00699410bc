import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// Wide windows: a side bar on the start side (mirroring puts it on the right in fa/ar).
Pane {
    id: side
    objectName: "sideNavigation"
    property string current
    signal chosen(string name)

    padding: 8
    background: Rectangle {
        color: Theme.card
        Rectangle {
            // The divider sits on the content side, whichever side that is.
            x: side.mirrored ? 0 : parent.width - 1
            width: 1
            height: parent.height
            color: Theme.cardBorder
        }
    }
    NavItems { id: nav }
    ColumnLayout {
        width: parent.width
        spacing: 4
        Repeater {
            model: nav.items
            ItemDelegate {
                required property var modelData
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget + 4
                icon.source: modelData.icon
                icon.color: side.current === modelData.name ? Theme.primary : Theme.muted
                text: modelData.label
                font.pixelSize: Theme.body
                font.weight: side.current === modelData.name ? Font.DemiBold : Font.Normal
                highlighted: side.current === modelData.name
                Accessible.role: Accessible.PageTab
                Accessible.name: modelData.label
                onClicked: side.chosen(modelData.name)
            }
        }
    }
}
