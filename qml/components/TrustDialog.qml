import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Maharat

// Asks before a pack from an unknown publisher key, or an unsigned pack, is installed. Opened by
// Packs.trustRequested; accepting pins the key to that pack id (Packs.acceptTrust).
Dialog {
    id: dialog
    objectName: "trustDialog"
    property string packTitle: ""
    property string publisher: ""
    property string fingerprint: ""   // groups of four, in the interface's digits
    property bool unsignedPack: false

    modal: true
    // Material draws a dialog's background with an elevation shader the software renderer
    // (offscreen, older devices) leaves out: a plain card instead.
    background: Rectangle { color: Theme.card; radius: 8; border.color: Theme.cardBorder }
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min((parent ? parent.width : 480) - 2 * Theme.margin, 520)
    height: Math.min(implicitHeight, (parent ? parent.height : 640) - 2 * Theme.margin)
    title: unsignedPack
           //: Title of the warning before installing an unsigned pack
           ? qsTr("This pack is not signed")
           //: Title of the question before trusting a new publisher's key
           : qsTr("A new publisher")

    function ask(publisherName, keyFingerprint, isUnsigned) {
        packTitle = Packs.trustTitle
        publisher = publisherName
        fingerprint = keyFingerprint
        unsignedPack = isUnsigned
        open()
    }

    Connections {
        target: Packs
        function onTrustRequested(publisherName, keyId, keyFingerprint, isUnsigned) {
            dialog.ask(publisherName, keyFingerprint, isUnsigned)
        }
        function onTrustPendingChanged() {
            if (!Packs.trustPending && dialog.opened)
                dialog.close()
        }
    }

    contentItem: ScrollView {
        id: scroll
        contentWidth: availableWidth
        clip: true
        implicitHeight: body.implicitHeight
        ColumnLayout {
            id: body
            width: scroll.availableWidth
            spacing: 8
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: dialog.unsignedPack
                      //: Unsigned pack warning; %1 is the pack's title as the file states it
                      ? qsTr("Nobody vouches for “%1”: without a signature, anyone could have made or changed this file. Install it only if you know where it came from, for example your manager handed it to you.").arg(dialog.packTitle)
                      //: Unknown key question; %1 is the pack's title
                      : qsTr("“%1” is signed by a publisher key this device has not seen before.").arg(dialog.packTitle)
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
                color: dialog.unsignedPack ? Theme.bad : Material.foreground
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: dialog.publisher.length > 0
                //: Trust prompt: the publisher's name as the pack states it; %1 the name
                text: qsTr("Publisher (as the pack says): %1").arg(dialog.publisher)
                font.weight: Font.DemiBold
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: !dialog.unsignedPack
                //: Trust prompt: above the key fingerprint
                text: qsTr("Key fingerprint:")
                horizontalAlignment: Qt.AlignLeft
            }
            Rectangle {
                Layout.fillWidth: true
                visible: !dialog.unsignedPack
                implicitHeight: fp.implicitHeight + 20
                radius: 8
                color: Theme.page
                border.color: Theme.cardBorder
                Fingerprint {
                    id: fp
                    objectName: "trustFingerprint"
                    anchors.fill: parent
                    anchors.margins: 10
                    fingerprint: dialog.fingerprint
                    pixelSize: Theme.title
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: !dialog.unsignedPack
                //: Trust prompt: how to check the fingerprint
                text: qsTr("Ask the publisher to read their fingerprint to you, on the phone or in person, and compare it group by group. Accept only if every group is the same: later updates of this pack must then come with the same key.")
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
                font.pixelSize: Theme.small
                color: Theme.muted
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "trustAccept"
            text: dialog.unsignedPack
                  //: Installs an unsigned pack after the warning
                  ? qsTr("Install anyway")
                  //: Trusts the new publisher's key and installs the pack
                  : qsTr("Trust and install")
            font.capitalization: Font.MixedCase
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            objectName: "trustReject"
            //: Does not install the pack
            text: qsTr("Don't install")
            font.capitalization: Font.MixedCase
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    onAccepted: Packs.acceptTrust()
    onRejected: Packs.rejectTrust()
    // Closed any other way (Escape): the import must not wait for an answer that never comes.
    onClosed: if (Packs.trustPending) Packs.rejectTrust()
}
