import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Maharat

// The catalogs part of the library: subscribed catalogs with when they were last checked, what
// they offer, downloads in progress, "add a catalog" and "check now". Offline is normal: a failed
// check shows as a quiet line under the catalog, never a dialog.
ColumnLayout {
    id: section
    spacing: 8
    // Off on the catalogs page, whose title already says it.
    property bool showHeading: true
    // The offers as a plain column, for embedding in a short page. The catalogs page shows
    // them in its own ListView instead, which creates only the rows on screen.
    property bool showOffers: true

    RowLayout {
        Layout.fillWidth: true
        SectionLabel {
            visible: section.showHeading
            //: Heading of the catalogs part of the library page
            text: qsTr("Catalogs")
        }
        Item { Layout.fillWidth: !section.showHeading }
        BusyIndicator {
            visible: Catalogs.busy
            running: visible
            Layout.preferredWidth: 32
            Layout.preferredHeight: 32
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: Catalogs.catalogCount === 0
        //: Shown when no catalog is subscribed yet
        text: qsTr("A catalog lists the packs your organisation publishes. Add one to get its packs and their updates.")
        color: Theme.muted
        wrapMode: Label.Wrap
        horizontalAlignment: Qt.AlignLeft
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        PrimaryButton {
            objectName: "addCatalogButton"
            //: Opens the dialog that subscribes to a catalog
            text: qsTr("Add a catalog")
            onClicked: addDialog.open()
        }
        Button {
            visible: Catalogs.catalogCount > 0
            enabled: !Catalogs.busy
            flat: true
            font.capitalization: Font.MixedCase
            //: Checks every subscribed catalog for new packs and updates now
            text: qsTr("Check now")
            onClicked: Catalogs.checkNow()
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: Catalogs.message.length > 0
        text: Catalogs.message
        color: Catalogs.messageIsError ? Theme.bad : Theme.good
        wrapMode: Label.Wrap
        horizontalAlignment: Qt.AlignLeft
    }

    // First contact without a key in the link: compare before trusting.
    Rectangle {
        Layout.fillWidth: true
        visible: Catalogs.pendingFingerprint.length > 0
        implicitHeight: keyColumn.implicitHeight + 24
        radius: 10
        color: Theme.card
        border.color: Theme.accent
        ColumnLayout {
            id: keyColumn
            anchors.fill: parent
            anchors.margins: 12
            spacing: 6
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: Asked before trusting a catalog whose link carried no publisher key
                text: qsTr("Is this your publisher's key? Compare the fingerprint with the one they gave you before you continue.")
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: Catalogs.pendingFingerprint
                font.pixelSize: Theme.title
                font.weight: Font.DemiBold
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: Catalogs.pendingUrl
                LayoutMirroring.enabled: false
                color: Theme.muted
                font.pixelSize: Theme.caption
                elide: Label.ElideMiddle
                horizontalAlignment: Qt.AlignLeft
            }
            RowLayout {
                Item { Layout.fillWidth: true }
                Button {
                    flat: true
                    font.capitalization: Font.MixedCase
                    //: Refuses a catalog's key: nothing is added
                    text: qsTr("Don't trust")
                    onClicked: Catalogs.rejectKey()
                }
                PrimaryButton {
                    //: Trusts a catalog's key after comparing the fingerprint
                    text: qsTr("Trust and add")
                    onClicked: Catalogs.confirmKey()
                }
            }
        }
    }

    Repeater {
        model: Catalogs.catalogs
        ColumnLayout {
            required property string url
            required property string publisher
            required property int packCount
            required property string lastChecked
            required property string error
            required property bool expired
            Layout.fillWidth: true
            spacing: 2
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: publisher.length > 0 ? publisher : url
                font.pixelSize: Theme.body
                font.weight: Font.DemiBold
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: url
                color: Theme.muted
                font.pixelSize: Theme.caption
                elide: Label.ElideMiddle
                LayoutMirroring.enabled: false
                horizontalAlignment: Qt.AlignLeft
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: Under a catalog: how many packs it offers (the date it was last checked follows)
                text: qsTr("%Ln pack(s)", "", packCount) + " · " + lastChecked
                color: Theme.muted
                font.pixelSize: Theme.small
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: expired
                //: Under a catalog whose expiry date passed (a mirror may be frozen or the publisher stopped)
                text: qsTr("This catalog has expired: the publisher has not renewed it, so newer packs may be missing.")
                color: Theme.accent
                font.pixelSize: Theme.small
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: error.length > 0
                //: Under a catalog when the last check failed (offline is normal); %1 the reason
                text: qsTr("Could not check: %1").arg(error)
                color: Theme.muted
                font.pixelSize: Theme.small
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }
        }
    }

    PrimaryButton {
        visible: Catalogs.updateCount > 1
        //: Installs every available update; %1 the total download size
        text: qsTr("Install all updates (%1)").arg(Catalogs.updateSizeText)
        onClicked: Catalogs.installUpdates()
    }
    Repeater {
        model: section.showOffers ? Catalogs.offers : null
        DownloadRow { Layout.fillWidth: true }
    }

    AddCatalogDialog { id: addDialog }
}
