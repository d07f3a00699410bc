import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Maharat

// Asked before a link in a topic leaves the app: the whole address is shown as plain text, so
// the user sees where it goes; App.openLink opens only http(s) addresses.
Dialog {
    id: dialog
    objectName: "linkDialog"
    property string url

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 400, 480)
    modal: true
    focus: true
    //: Title of the question asked before a web link in a topic opens in the browser
    title: qsTr("Open this web page?")
    Material.elevation: 0

    ColumnLayout {
        width: parent.width
        spacing: 8
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            //: In the dialog before opening a link; the web address is shown below this line
            text: qsTr("This link leaves Maharat and opens in your web browser:")
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }
        Label {
            objectName: "linkDialogUrl"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: dialog.url
            color: Theme.primary
            wrapMode: Label.WrapAnywhere
            // Addresses read left to right in every language.
            horizontalAlignment: App.rtl ? Qt.AlignRight : Qt.AlignLeft
            LayoutMirroring.enabled: false
        }
    }

    footer: DialogButtonBox {
        Button {
            //: Button in the link dialog that keeps the user in the app
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "linkDialogOpen"
            //: Button in the link dialog that opens the web page in the browser
            text: qsTr("Open in browser")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }

    onAccepted: App.openLink(dialog.url)
}
