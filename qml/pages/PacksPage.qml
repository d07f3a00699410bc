import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Maharat

// The pack library: every installed pack and who vouches for it, importing a file (picker or
// drop), removing user packs, and the files that could not be opened with their reasons.
Page {
    id: page
    objectName: "packsPage"
    //: Title of the pack library page
    readonly property string pageTitle: qsTr("Pack library")
    readonly property bool found: true
    // Files picked in the file dialog: the window imports them (as it does dropped ones).
    signal filesChosen(var urls)
    // "Packs in your catalogs": the page that lists every offer (the window opens it).
    signal catalogsRequested()

    background: Rectangle { color: Theme.page }

    // The outcome of the last import or removal, until the next one starts.
    property string message: ""
    property bool messageIsError: false

    Connections {
        target: Packs
        function onImported(packId, title) {
            page.messageIsError = false
            //: After an import; %1 is the pack's title
            page.message = qsTr("“%1” was installed.").arg(title)
        }
        function onImportFailed(error) {
            page.messageIsError = true
            page.message = error
        }
        function onRemoved(packId) {
            page.messageIsError = false
            //: After a pack was removed from the library
            page.message = qsTr("The pack was removed. Your progress in it is kept if you install it again.")
        }
        function onBusyChanged() {
            if (Packs.busy)
                page.message = ""
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.readingWidth)
            x: (scroll.availableWidth - width) / 2
            spacing: 8

            Item { Layout.preferredHeight: 4 }

            // Import: the picker, where a drop also works, the progress and the outcome.
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: Explains the import button on the pack library page
                text: qsTr("A pack is a .skillpack file your manager shares by e-mail, a messaging app, a USB stick or the intranet.")
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
                color: Theme.muted
                font.pixelSize: Theme.small
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                PrimaryButton {
                    objectName: "importButton"
                    enabled: !Packs.busy
                    //: Opens a file picker to install a pack file
                    text: qsTr("Import a pack…")
                    onClicked: fileDialog.open()
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: ApplicationWindow.window !== null && ApplicationWindow.window.wide === true
                    //: Next to the import button on desktop
                    text: qsTr("or drop the file onto this window")
                    color: Theme.muted
                    font.pixelSize: Theme.small
                    wrapMode: Label.Wrap
                    horizontalAlignment: Qt.AlignLeft
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: Packs.busy
                spacing: 4
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: Packs.trustPending
                          //: Import progress while the trust question is open
                          ? qsTr("Waiting for your answer…") : Packs.stage
                    horizontalAlignment: Qt.AlignLeft
                }
                ProgressBar {
                    objectName: "importProgress"
                    Layout.fillWidth: true
                    from: 0
                    to: 1
                    value: Packs.progress
                }
            }
            Label {
                objectName: "importMessage"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: page.message.length > 0 && !Packs.busy
                text: page.message
                color: page.messageIsError ? Theme.bad : Theme.good
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }

            // Subscribed catalogs, "add a catalog" and updates on the library page itself; the
            // offers themselves are listed on the catalogs page, which creates only visible rows.
            CatalogSection {
                Layout.fillWidth: true
                showOffers: false
            }
            Button {
                objectName: "openCatalogsButton"
                flat: true
                visible: Catalogs.catalogCount > 0
                //: Library page: opens the page that lists every pack the subscribed catalogs offer
                text: qsTr("Packs in your catalogs")
                onClicked: page.catalogsRequested()
            }

            SectionLabel {
                //: Heading above the installed packs; %1 is how many
                text: qsTr("Installed packs (%1)").arg(App.number(Packs.installed.count))
            }
            Repeater {
                model: Packs.installed
                PackCard {
                    Layout.fillWidth: true
                    onRemoveRequested: (id, title) => {
                        removeDialog.packId = id
                        removeDialog.packTitle = title
                        removeDialog.open()
                    }
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: Packs.installed.count === 0
                //: The pack library when nothing is installed
                text: qsTr("No skill packs are installed.")
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }

            SectionLabel {
                visible: Packs.refused.count > 0
                //: Heading above the files that were refused; %1 is how many
                text: qsTr("Files that could not be opened (%1)").arg(App.number(Packs.refused.count))
            }
            Repeater {
                model: Packs.refused
                Rectangle {
                    required property string fileName
                    required property string error
                    Layout.fillWidth: true
                    implicitHeight: refusedColumn.implicitHeight + 20
                    radius: 10
                    color: Theme.badTint
                    border.color: Theme.cardBorder
                    ColumnLayout {
                        id: refusedColumn
                        anchors.fill: parent
                        anchors.margins: 10
                        spacing: 2
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: fileName
                            font.weight: Font.DemiBold
                            // File names are in any script: let each one run in its own direction.
                            horizontalAlignment: Qt.AlignLeft
                            elide: Label.ElideMiddle
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: error
                            color: Theme.bad
                            font.pixelSize: Theme.small
                            wrapMode: Label.Wrap
                            horizontalAlignment: Qt.AlignLeft
                        }
                    }
                }
            }
            Item { Layout.preferredHeight: 16 }
        }
    }

    FileDialog {
        id: fileDialog
        //: Title of the file picker that chooses a pack to install
        title: qsTr("Choose a skill pack")
        //: File type filter in the file picker
        nameFilters: [qsTr("Skill packs (*.skillpack)")]
        onAccepted: page.filesChosen([selectedFile])
    }

    Dialog {
        id: removeDialog
        objectName: "removeDialog"
        property string packId: ""
        property string packTitle: ""
        anchors.centerIn: Overlay.overlay
        width: Math.min(page.width - 2 * Theme.margin, 440)
        modal: true
        // Material draws a dialog's background with an elevation shader the software renderer
        // (offscreen, older devices) leaves out: a plain card instead.
        background: Rectangle { color: Theme.card; radius: 8; border.color: Theme.cardBorder }
        //: Title of the confirmation before removing a pack; %1 is its title
        title: qsTr("Remove “%1”?").arg(packTitle)
        ColumnLayout {
            width: removeDialog.availableWidth
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: Confirmation text before removing a pack
                text: qsTr("Its topics disappear from this device. Your answers and bookmarks are kept and come back if you install the pack again.")
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }
        }
        footer: DialogButtonBox {
            Button {
                //: Confirms removing a pack
                text: qsTr("Remove")
                font.capitalization: Font.MixedCase
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                //: Keeps the pack
                text: qsTr("Keep it")
                font.capitalization: Font.MixedCase
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onAccepted: Packs.removePack(packId)
    }
}
