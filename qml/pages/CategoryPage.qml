import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

Page {
    id: page

    property alias category: skills.category
    readonly property string pageTitle: skills.categoryTitle
    readonly property bool found: skills.found
    signal skillChosen(string ref)

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        model: SkillListModel { id: skills }
        delegate: ItemDelegate {
            id: row
            required property string ref
            required property string title
            required property string summary
            required property int number
            width: ListView.view.width
            height: Math.max(Theme.touchTarget + 16, implicitHeight)
            Accessible.name: title
            onClicked: page.skillChosen(ref)
            contentItem: RowLayout {
                spacing: 12
                Label {
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 28
                    text: App.number(row.number)
                    color: Theme.primary
                    font.pixelSize: 17
                    font.weight: Font.DemiBold
                    horizontalAlignment: Qt.AlignHCenter
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: row.title
                        font.pixelSize: 16
                        font.weight: Font.DemiBold
                        wrapMode: Label.Wrap
                        horizontalAlignment: Qt.AlignLeft
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.summary
                        color: Theme.muted
                        font.pixelSize: 14
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
            //: Shown for a category that has no topics
            text: qsTr("This category has no topics yet.")
            horizontalAlignment: Qt.AlignHCenter
            wrapMode: Label.Wrap
        }
    }
}
