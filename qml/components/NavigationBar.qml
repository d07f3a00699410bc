import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Maharat

// Phones: the bottom bar.
ToolBar {
    id: bar
    objectName: "navigationBar"
    property string current
    signal chosen(string name)

    NavItems { id: nav }
    background: Rectangle {
        color: Theme.card
        Rectangle { width: parent.width; height: 1; color: Theme.cardBorder }
    }
    RowLayout {
        anchors.fill: parent
        spacing: 0
        Repeater {
            model: nav.items
            ToolButton {
                required property var modelData
                objectName: "nav-" + modelData.name
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                display: AbstractButton.TextUnderIcon
                icon.source: modelData.icon
                icon.color: bar.current === modelData.name ? Theme.primary : Theme.muted
                text: modelData.label
                font.pixelSize: Theme.caption
                font.capitalization: Font.MixedCase
                checkable: false
                Accessible.role: Accessible.PageTab
                Accessible.name: modelData.label
                Accessible.selected: bar.current === modelData.name
                Material.foreground: bar.current === modelData.name ? Theme.primary : Theme.muted
                onClicked: bar.chosen(modelData.name)
            }
        }
    }
}
