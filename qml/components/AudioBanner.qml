import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// Tells the user when a clip cannot play (no sound device, a damaged clip) instead of
// failing silently.
Pane {
    id: banner
    visible: Audio.error.length > 0
    padding: 12
    background: Rectangle { color: Theme.badTint; border.color: Theme.bad }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: Audio.error
    RowLayout {
        width: parent.width
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: Audio.error
            wrapMode: Label.Wrap
            font.pixelSize: Theme.small
            horizontalAlignment: Qt.AlignLeft
        }
        Button {
            flat: true
            //: Closes the message about audio that cannot play
            text: qsTr("Dismiss")
            onClicked: Audio.clearError()
        }
    }
}
