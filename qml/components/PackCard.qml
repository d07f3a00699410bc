import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// One installed pack on the library page: what it is, who signed it, and its details.
Rectangle {
    id: card
    required property string packId
    required property string title
    required property string publisher
    required property string signerKind   // builtin | key | unsigned
    required property string fingerprint
    required property int version
    required property var languages
    required property int topicCount
    required property real sizeBytes
    required property string installedDate
    required property bool removable
    signal removeRequested(string packId, string title)

    implicitHeight: column.implicitHeight + 24
    radius: 10
    color: Theme.card
    border.color: signerKind === "unsigned" ? Theme.bad : Theme.cardBorder
    border.width: signerKind === "unsigned" ? 2 : 1

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 12
        spacing: 4

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: card.title
            font.pixelSize: Theme.subtitle
            font.weight: Font.DemiBold
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: card.publisher.length > 0
            //: Pack card: who published the pack; %1 is the publisher's name as the pack states it
            text: qsTr("Publisher: %1").arg(card.publisher)
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }

        // Who vouches for it: the app's own key, a publisher key (by fingerprint), or nobody.
        Label {
            objectName: "signer"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.topMargin: 4
            text: card.signerKind === "builtin"
                  //: Pack card: signed with the key built into the app
                  ? qsTr("✓ Built-in pack, signed by Maharat")
                  : card.signerKind === "key"
                    //: Pack card: signed with a publisher key the user accepted; its fingerprint follows
                    ? qsTr("✓ Signed by the publisher's key:")
                    //: Pack card: a pack nobody signed, in warning colour
                    : qsTr("⚠ Unsigned: nobody vouches for this pack")
            color: card.signerKind === "unsigned" ? Theme.bad : Theme.good
            font.weight: Font.DemiBold
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }
        Fingerprint {
            Layout.fillWidth: true
            visible: card.signerKind === "key"
            fingerprint: card.fingerprint
            pixelSize: Theme.body
        }

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.topMargin: 4
            //: Pack card details: %1 version number, %2 languages, %3 "12 topics", %4 file size
            text: qsTr("Version %1 · %2 · %3 · %4")
                    .arg(App.number(card.version))
                    // Each name isolated: Persian and Arabic names in an English line (and back) keep their order.
                    .arg(card.languages.map(code => "\u2068" + App.languageName(code) + "\u2069").join(App.rtl ? "، " : ", "))
                    //: Pack card: how many topics the pack has
                    .arg(qsTr("%Ln topic(s)", "", card.topicCount))
                    .arg(App.dataSize(card.sizeBytes))
            color: Theme.muted
            font.pixelSize: Theme.small
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: card.installedDate.length > 0
            //: Pack card: when the pack was installed; %1 is a date
            text: qsTr("Installed %1").arg(card.installedDate)
            color: Theme.muted
            font.pixelSize: Theme.small
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }
        Button {
            objectName: "removeButton"
            visible: card.removable
            enabled: !Packs.busy
            flat: true
            font.capitalization: Font.MixedCase
            //: Removes an installed pack (asks first)
            text: qsTr("Remove…")
            onClicked: card.removeRequested(card.packId, card.title)
        }
    }
}
