import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// A refused update whose key is not the one pinned to its pack (or that lost its signature):
// possibly forged, so it is said loudly, not only in the page's message line.
Dialog {
    id: dialog
    objectName: "keyWarningDialog"
    property string message: ""
    modal: true
    // Material draws a dialog's background with an elevation shader the software renderer
    // (offscreen, older devices) leaves out: a plain card instead.
    background: Rectangle { color: Theme.card; radius: 8; border.color: Theme.cardBorder }
    anchors.centerIn: Overlay.overlay
    width: Math.min((parent ? parent.width : 480) - 2 * Theme.margin, 520)
    //: Title of the warning shown when an update is signed by the wrong key
    title: qsTr("Warning: not from the same publisher")
    standardButtons: Dialog.Ok

    Connections {
        target: Packs
        function onImportFailed(error) {
            if (Packs.lastErrorCode === "key-mismatch" || Packs.lastErrorCode === "lost-signature") {
                dialog.message = error
                dialog.open()
            }
        }
    }

    ColumnLayout {
        width: dialog.availableWidth
        spacing: 8
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: dialog.message
            color: Theme.bad
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            //: Under the wrong-key warning
            text: qsTr("Nothing was changed: the installed version stays. If the publisher really changed their key, ask them how to check the new one before you remove the old pack.")
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }
    }
}
