import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// A tappable card: a title, a line under it, and a chevron pointing the reading way.
ItemDelegate {
    id: row
    property string heading
    property string detail

    implicitHeight: Math.max(Theme.touchTarget + 16, contentItem.implicitHeight + topPadding + bottomPadding)
    // Enter and Return activate a row on desktop keyboards, as Space already does.
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    Accessible.name: heading
    background: Rectangle {
        radius: 10
        color: row.down ? Theme.cardBorder : Theme.card
        border.color: row.visualFocus ? Theme.primary : Theme.cardBorder
        border.width: row.visualFocus ? 2 : 1
    }
    contentItem: RowLayout {
        spacing: 12
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: row.heading
                font.pixelSize: Theme.subtitle
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: row.detail.length > 0
                text: row.detail
                color: Theme.muted
                font.pixelSize: Theme.small
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }
        }
        ChevronIcon {}
    }
}
