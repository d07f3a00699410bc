import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// A category's topics. On wide windows the list and the selected topic stand side by side.
Page {
    id: page
    objectName: "categoryPage"

    property alias category: skills.category
    property bool split: false
    property string selectedSkill: ""
    readonly property string pageTitle: skills.categoryTitle
    readonly property bool found: skills.found
    signal skillChosen(string ref)
    signal quizRequested(string ref)
    // The wide view picked a topic by itself (the first one): no navigation, just state.
    signal autoSelected(string ref)

    background: Rectangle { color: Theme.page }

    SkillListModel { id: skills }

    // Wide view with nothing chosen yet: show the first topic rather than an empty pane. Only
    // once every initial property is set: the window rebuilds the page when `split` changes.
    Component.onCompleted: selectFirst()
    function selectFirst() {
        if (split && selectedSkill === "" && skills.count > 0) {
            selectedSkill = skills.firstRef()
            autoSelected(selectedSkill)
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        ListView {
            id: list
            Layout.fillHeight: true
            Layout.fillWidth: !page.split
            Layout.preferredWidth: page.split ? Math.min(380, page.width * 0.4) : -1
            clip: true
            model: skills
            delegate: ItemDelegate {
                id: row
                required property string ref
                required property string title
                required property string summary
                required property int number
                required property real mastery
                objectName: "skillRow-" + ref
                width: ListView.view.width
                height: Math.max(Theme.touchTarget + 16, implicitHeight)
                highlighted: page.split && page.selectedSkill === ref
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                Accessible.name: title
                onClicked: page.skillChosen(ref)
                contentItem: RowLayout {
                    spacing: 12
                    Label {
                        textFormat: Text.PlainText
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 28 * Settings.textScale
                        text: App.number(row.number)
                        color: Theme.primary
                        font.pixelSize: Theme.subtitle
                        font.weight: Font.DemiBold
                        horizontalAlignment: Qt.AlignHCenter
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: row.title
                            font.pixelSize: Theme.body
                            font.weight: Font.DemiBold
                            wrapMode: Label.Wrap
                            horizontalAlignment: Qt.AlignLeft
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: row.summary
                            color: Theme.muted
                            font.pixelSize: Theme.small
                            wrapMode: Label.Wrap
                            horizontalAlignment: Qt.AlignLeft
                        }
                        // Progress mark: how well this topic's quiz questions are remembered now.
                        Rectangle {
                            visible: row.mastery >= 0
                            Layout.fillWidth: true
                            Layout.preferredHeight: 5
                            Layout.topMargin: 4
                            radius: 2
                            color: Theme.cardBorder
                            Accessible.role: Accessible.ProgressBar
                            //: Screen reader text of a topic's progress mark; %1 is a percentage
                            Accessible.name: qsTr("Remembered: %1").arg(App.percent(Math.round(row.mastery * 100)))
                            Rectangle {
                                anchors.left: parent.left // mirrored: fills from the right in fa/ar
                                width: parent.width * Math.max(0, row.mastery)
                                height: parent.height
                                radius: 2
                                color: Theme.good
                            }
                        }
                    }
                    ChevronIcon { visible: !page.split }
                }
            }
            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                visible: list.count === 0
                //: Shown for a category that has no topics
                text: qsTr("This category has no topics yet.")
                horizontalAlignment: Qt.AlignHCenter
                wrapMode: Label.Wrap
            }
        }
        Rectangle {
            visible: page.split
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Theme.cardBorder
        }
        Loader {
            // Hidden on phones: an inactive but visible loader would still take half the row.
            visible: page.split
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: page.split && page.selectedSkill !== ""
            sourceComponent: SkillView {
                skill: page.selectedSkill
                onSiblingChosen: ref => page.skillChosen(ref)
                onQuizRequested: ref => page.quizRequested(ref)
            }
        }
    }
}
