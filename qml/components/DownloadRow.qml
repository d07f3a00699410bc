import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Maharat

// One pack a catalog offers: what it is, whether it is installed or has an update, its download
// size (so a user on mobile data decides first), and while downloading a progress bar + cancel.
Rectangle {
    id: row
    required property string packId
    required property url catalogUrl
    required property string title
    required property string description
    required property int version
    required property int installedVersion
    required property string offerState
    required property string sizeText
    required property int topics
    required property string transfer
    required property string receivedText
    required property real progress
    required property string error
    required property bool signed

    readonly property bool active: transfer === "queued" || transfer === "downloading" || transfer === "installing"

    implicitHeight: column.implicitHeight + 24
    radius: 10
    color: Theme.card
    border.color: row.offerState === "update" ? Theme.accent : Theme.cardBorder
    Accessible.role: Accessible.ListItem
    Accessible.name: title

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 12
        spacing: 4

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: row.title
            font.pixelSize: Theme.subtitle
            font.weight: Font.DemiBold
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            //: Under a pack in a catalog: %1 version number, %2 topic count text, %3 download size
            text: qsTr("Version %1 · %2 · %3").arg(App.number(row.version))
                      //: Number of topics in a pack offered by a catalog
                      .arg(qsTr("%Ln topic(s)", "", row.topics)).arg(row.sizeText)
            color: Theme.muted
            font.pixelSize: Theme.small
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: row.description.length > 0
            text: row.description
            font.pixelSize: Theme.small
            wrapMode: Label.Wrap
            maximumLineCount: 3
            elide: Label.ElideRight
            horizontalAlignment: Qt.AlignLeft
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: row.offerState === "installed"
                  //: A catalog's pack that is installed at its newest version
                  ? qsTr("Installed")
                  : row.offerState === "update"
                    //: A catalog has a newer version of an installed pack: %1 installed version, %2 new version
                    ? qsTr("Update available: version %1 → %2").arg(App.number(row.installedVersion)).arg(App.number(row.version))
                    //: A catalog's pack that is not installed
                    : qsTr("Not installed")
            color: row.offerState === "update" ? Theme.accent : row.offerState === "installed" ? Theme.good : Theme.muted
            font.pixelSize: Theme.small
            font.weight: Font.DemiBold
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: !row.signed
            //: Warning on a catalog's pack that carries no publisher signature
            text: qsTr("Not signed by its publisher")
            color: Theme.bad
            font.pixelSize: Theme.caption
            horizontalAlignment: Qt.AlignLeft
        }

        // Progress while it downloads: the bar, bytes and percent, and a way out.
        ColumnLayout {
            Layout.fillWidth: true
            visible: row.active
            spacing: 2
            ProgressBar {
                objectName: "downloadProgress"
                Layout.fillWidth: true
                from: 0
                to: 1
                value: row.progress
                indeterminate: row.transfer === "queued"
                //: Screen reader name of a download's progress bar
                Accessible.name: qsTr("Download progress")
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: row.transfer === "queued"
                      //: A download waiting for the ones before it
                      ? qsTr("Waiting…")
                      : row.transfer === "installing"
                        //: A downloaded pack being checked and installed
                        ? qsTr("Checking and installing…")
                        : row.receivedText + " · " + App.percent(Math.floor(row.progress * 100))
                color: Theme.muted
                font.pixelSize: Theme.caption
                horizontalAlignment: Qt.AlignLeft
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: row.transfer === "failed" && row.error.length > 0
            text: row.error
            color: Theme.bad
            font.pixelSize: Theme.small
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                visible: row.active && row.transfer !== "installing"
                flat: true
                font.capitalization: Font.MixedCase
                //: Stops a pack download
                text: qsTr("Cancel")
                onClicked: Catalogs.cancel(row.packId)
            }
            PrimaryButton {
                visible: !row.active && row.offerState !== "installed"
                text: row.transfer === "failed"
                      //: Retries a failed pack download (it continues where it stopped)
                      ? qsTr("Try again")
                      : row.offerState === "update"
                        //: Button on a catalog's pack with an update; %1 the download size
                        ? qsTr("Update (%1)").arg(row.sizeText)
                        //: Button on a catalog's pack; %1 the download size
                        : qsTr("Download (%1)").arg(row.sizeText)
                onClicked: Catalogs.download(row.catalogUrl, row.packId)
            }
        }
    }
}
