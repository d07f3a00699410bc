import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// The whole skill: header (title, bookmark, compare), content, and previous/next. Used as the
// phone's skill page and as the detail pane of a wide category page.
ScrollView {
    id: view

    property alias skill: primary.skill
    property string compareLanguage: ""
    readonly property alias detail: primary
    signal siblingChosen(string ref)
    signal quizRequested(string ref)

    contentWidth: availableWidth
    clip: true

    SkillDetail {
        id: primary
        onSkillChanged: if (skill.length > 0) UserData.recordView(skill)
    }
    SkillDetail {
        id: secondary
        skill: primary.skill
        language: view.compareLanguage
    }

    ColumnLayout {
        id: column
        readonly property bool twoColumns: view.compareLanguage.length > 0 && view.availableWidth >= 900
        width: Math.min(view.availableWidth - 2 * Theme.margin,
                        twoColumns ? 2 * Theme.readingWidth : Theme.readingWidth)
        x: (view.availableWidth - width) / 2
        spacing: 10

        Item { Layout.preferredHeight: 4 }

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            //: Above a skill's title: its position in the category, e.g. "Topic 3 of 25"
            text: qsTr("Topic %1 of %2").arg(App.number(primary.position)).arg(App.number(primary.siblingCount))
            color: Theme.muted
            font.pixelSize: Theme.caption
            horizontalAlignment: Qt.AlignLeft
        }
        RowLayout {
            objectName: "skillHeader"
            Layout.fillWidth: true
            spacing: 4
            Label {
                id: title
                objectName: "skillTitle"
                textFormat: Text.PlainText
                // Sized to its text (not the full width) so its place shows the reading direction.
                Layout.maximumWidth: column.width - 2 * Theme.touchTarget - 8
                Layout.alignment: Qt.AlignLeft | Qt.AlignVCenter
                text: primary.title
                font.pixelSize: Theme.headline
                font.weight: Font.Bold
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
                Accessible.role: Accessible.Heading
            }
            Item { Layout.fillWidth: true }
            ToolButton {
                id: bookmark
                objectName: "bookmarkButton"
                readonly property bool on: UserData.revision >= 0 && UserData.isBookmarked(primary.skill)
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                icon.source: on ? "../icons/bookmark-filled.svg" : "../icons/bookmark.svg"
                icon.color: Theme.primary
                checkable: false
                Accessible.role: Accessible.CheckBox
                Accessible.checkable: true
                Accessible.checked: on
                //: Screen reader name of the bookmark button on a skill page
                Accessible.name: qsTr("Bookmark this topic")
                onClicked: UserData.setBookmarked(primary.skill, !on)
            }
            ToolButton {
                id: compare
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                icon.source: "../icons/compare.svg"
                icon.color: view.compareLanguage.length > 0 ? Theme.accent : Theme.primary
                //: Button that shows the same topic in a second language
                Accessible.name: qsTr("Show in another language")
                onClicked: compareMenu.open()
                Menu {
                    id: compareMenu
                    y: compare.height
                    Repeater {
                        model: primary.availableLanguages
                        MenuItem {
                            required property string modelData
                            visible: modelData !== primary.effectiveLanguage
                            height: visible ? implicitHeight : 0
                            text: App.languageName(modelData)
                            checkable: true
                            checked: view.compareLanguage === modelData
                            onTriggered: view.compareLanguage = checked ? modelData : ""
                        }
                    }
                    MenuItem {
                        //: Menu item that hides the second language
                        text: qsTr("One language only")
                        enabled: view.compareLanguage.length > 0
                        onTriggered: view.compareLanguage = ""
                    }
                }
            }
        }
        // Positioners with explicit widths: wrapped text needs its width before its height.
        Flow {
            id: columns
            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
            spacing: 24
            readonly property real columnWidth: column.twoColumns ? (width - spacing) / 2 : width
            SkillContent {
                width: columns.columnWidth
                detail: primary
            }
            SkillContent {
                visible: view.compareLanguage.length > 0
                width: columns.columnWidth
                detail: secondary
                showLanguageName: true
            }
        }
        PrimaryButton {
            objectName: "skillQuizButton"
            Layout.topMargin: 8
            visible: primary.questionCount > 0
            icon.source: "../icons/quiz.svg"
            //: Button on a skill page that starts a short quiz on that topic
            text: qsTr("Quiz me on this topic")
            onClicked: view.quizRequested(primary.skill)
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 8
            StepButton {
                visible: primary.previous.length > 0
                forward: false
                //: Button to the previous topic in the same category
                text: qsTr("Previous")
                onClicked: view.siblingChosen(primary.previous)
            }
            Item { Layout.fillWidth: true }
            StepButton {
                visible: primary.next.length > 0
                forward: true
                //: Button to the next topic in the same category
                text: qsTr("Next")
                onClicked: view.siblingChosen(primary.next)
            }
        }
        Item { Layout.preferredHeight: 24 }
    }
}
