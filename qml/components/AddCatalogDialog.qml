import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// "Add a catalog": a web address, a share link with the publisher's key, or a folder (file://).
Dialog {
    id: dialog
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 360, 520)
    //: Title of the dialog that subscribes to a catalog
    title: qsTr("Add a catalog")
    standardButtons: Dialog.Cancel
    onOpened: { field.text = ""; field.forceActiveFocus() }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            //: Explains what to paste into the Add a catalog field
            text: qsTr("Paste the link your organisation shared (a web address, or file:// for a USB stick or shared folder).")
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }
        TextField {
            id: field
            objectName: "catalogLinkField"
            Layout.fillWidth: true
            // Addresses are Latin script and read left to right in every language.
            LayoutMirroring.enabled: false
            horizontalAlignment: Qt.AlignLeft
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            placeholderText: "https://…/catalog.json"
            onAccepted: if (text.trim().length > 0) addButton.clicked()
        }
        PrimaryButton {
            id: addButton
            Layout.alignment: Qt.AlignRight
            enabled: field.text.trim().length > 0
            //: Confirms adding the catalog
            text: qsTr("Add")
            onClicked: {
                Catalogs.add(field.text.trim())
                dialog.close()
            }
        }
    }
}
