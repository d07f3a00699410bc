import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

Page {
    id: page
    objectName: "aboutPage"
    //: Title of the About page
    readonly property string pageTitle: qsTr("About")
    readonly property bool found: true

    background: Rectangle { color: Theme.page }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.readingWidth)
            x: (scroll.availableWidth - width) / 2
            spacing: 8

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.topMargin: 16
                //: App name on the About page
                text: qsTr("Maharat")
                font.pixelSize: Theme.headline
                font.weight: Font.Bold
                horizontalAlignment: Qt.AlignLeft
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: %1 is the version number
                text: qsTr("Version %1").arg(App.version)
                color: Theme.muted
                horizontalAlignment: Qt.AlignLeft
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: Short description of the app on the About page
                text: qsTr("Customer-service skills for front-line staff, offline, in Persian, Arabic and English.")
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: Note that the bundled audio is computer-generated
                text: qsTr("The audio clips of the bundled packs are read by synthetic voices (eSpeak NG), not by people. A manager can replace any clip with a recording.")
                wrapMode: Label.Wrap
                color: Theme.muted
                horizontalAlignment: Qt.AlignLeft
            }

            SectionLabel {
                //: About page heading above the installed content packs
                text: qsTr("Content packs")
            }
            Repeater {
                model: PackListModel {}
                Pane {
                    id: packCard
                    required property string title
                    required property string description
                    required property int version
                    required property string publisher
                    required property var credits
                    required property string license
                    Layout.fillWidth: true
                    background: Rectangle { color: Theme.card; radius: 10; border.color: Theme.cardBorder }
                    ColumnLayout {
                        width: parent.width
                        spacing: 4
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: packCard.title
                            font.pixelSize: Theme.subtitle
                            font.weight: Font.DemiBold
                            wrapMode: Label.Wrap
                            horizontalAlignment: Qt.AlignLeft
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            //: Pack details: %1 version number, %2 publisher, %3 licence
                            text: qsTr("Version %1 · %2 · %3").arg(App.number(packCard.version)).arg(packCard.publisher).arg(packCard.license)
                            color: Theme.muted
                            font.pixelSize: Theme.small
                            wrapMode: Label.Wrap
                            horizontalAlignment: Qt.AlignLeft
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: packCard.description
                            font.pixelSize: Theme.small
                            wrapMode: Label.Wrap
                            horizontalAlignment: Qt.AlignLeft
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            //: Heading above a pack's sources
                            text: qsTr("Based on:")
                            font.pixelSize: Theme.small
                            font.weight: Font.DemiBold
                            horizontalAlignment: Qt.AlignLeft
                        }
                        Repeater {
                            model: packCard.credits
                            Label {
                                textFormat: Text.PlainText
                                required property string modelData
                                Layout.fillWidth: true
                                text: "• " + modelData
                                font.pixelSize: Theme.small
                                wrapMode: Label.Wrap
                                horizontalAlignment: Qt.AlignLeft
                            }
                        }
                    }
                }
            }

            SectionLabel {
                //: About page heading above font licences
                text: qsTr("Fonts")
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: Font credits on the About page
                text: qsTr("Vazirmatn by Saber Rastikerdar, and Noto Sans and Noto Sans Arabic by Google, all under the SIL Open Font License 1.1.")
                wrapMode: Label.Wrap
                font.pixelSize: Theme.small
                horizontalAlignment: Qt.AlignLeft
            }
            Button {
                id: licenceButton
                flat: true
                checkable: true
                //: Button that shows the full font licence text
                text: checked ? qsTr("Hide the licence text") : qsTr("Show the licence text")
            }
            Label {
                Layout.fillWidth: true
                visible: licenceButton.checked
                text: visible ? App.resourceText(":/fonts/Vazirmatn-OFL.txt") : ""
                textFormat: Text.PlainText
                font.family: "monospace"
                font.pixelSize: Theme.caption
                wrapMode: Label.Wrap
                // Licence text is English whatever the interface language.
                horizontalAlignment: Theme.align(false)
            }
            Item { Layout.preferredHeight: 16 }
        }
    }
}
