import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

Page {
    id: page

    signal categoryChosen(string ref)
    property string pageTitle: ""
    readonly property bool found: true

    ListView {
        id: list
        anchors.fill: parent
        model: CategoryListModel {}
        clip: true
        header: ColumnLayout {
            width: list.width
            spacing: 4
            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                Layout.bottomMargin: 0
                //: Heading above the list of topic categories on the home page
                text: qsTr("What would you like to practise?")
                font.pixelSize: 18
                font.weight: Font.DemiBold
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }
            Repeater {
                model: App.packErrors
                Label {
                    required property string modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    //: Shown when an installed pack was refused; %1 is the file and the reason
                    text: qsTr("A pack could not be opened: %1").arg(modelData)
                    color: Theme.bad
                    wrapMode: Label.Wrap
                    horizontalAlignment: Qt.AlignLeft
                }
            }
        }
        delegate: ItemDelegate {
            id: row
            required property string ref
            required property string title
            required property int topicCount
            required property string packTitle
            width: ListView.view.width
            height: Math.max(Theme.touchTarget + 16, implicitHeight)
            Accessible.name: title
            onClicked: page.categoryChosen(ref)
            contentItem: RowLayout {
                spacing: 12
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: row.title
                        font.pixelSize: 17
                        wrapMode: Label.Wrap
                        horizontalAlignment: Qt.AlignLeft
                    }
                    Label {
                        Layout.fillWidth: true
                        //: Under a category name: how many topics it has and which pack it comes from
                        text: qsTr("%Ln topic(s)", "", row.topicCount) + " · " + row.packTitle
                        color: Theme.muted
                        font.pixelSize: 13
                        wrapMode: Label.Wrap
                        horizontalAlignment: Qt.AlignLeft
                    }
                }
                ChevronIcon {}
            }
        }
        Label {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            visible: list.count === 0
            //: Shown on the home page when no pack is installed
            text: qsTr("No skill packs are installed.")
            horizontalAlignment: Qt.AlignHCenter
            wrapMode: Label.Wrap
        }
    }
}
