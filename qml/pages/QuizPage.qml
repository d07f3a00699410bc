import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// The quiz hub: today's refresher and a quiz per category.
Page {
    id: page
    objectName: "quizPage"
    //: Title of the quiz page
    readonly property string pageTitle: qsTr("Quiz")
    readonly property bool found: true
    signal refresherRequested()
    signal categoryQuizRequested(string ref)

    background: Rectangle { color: Theme.page }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.readingWidth)
            x: (scroll.availableWidth - width) / 2
            spacing: 8

            SectionLabel {
                //: Quiz page heading: the daily spaced-repetition quiz
                text: qsTr("Daily refresher")
            }
            Pane {
                Layout.fillWidth: true
                background: Rectangle { color: Theme.card; radius: 10; border.color: Theme.cardBorder }
                ColumnLayout {
                    width: parent.width
                    Label {
                        Layout.fillWidth: true
                        text: UserData.dueCount > 0
                              //: How many questions the spaced-repetition schedule brings back today
                              ? qsTr("%Ln question(s) to refresh today.", "", UserData.dueCount)
                              //: Shown when no question is due for review
                              : qsTr("Nothing is due right now. Answer a quiz below, and its questions come back here when it is time to refresh them.")
                        wrapMode: Label.Wrap
                        horizontalAlignment: Qt.AlignLeft
                    }
                    Button {
                        objectName: "startRefresher"
                        enabled: UserData.dueCount > 0
                        highlighted: true
                        //: Starts the daily refresher quiz
                        text: qsTr("Start the refresher")
                        onClicked: page.refresherRequested()
                    }
                }
            }

            SectionLabel {
                //: Quiz page heading above the list of categories to be quizzed on
                text: qsTr("Quiz yourself on a category")
            }
            Repeater {
                model: CategoryListModel {}
                TopicRow {
                    required property string ref
                    required property string title
                    required property int topicCount
                    Layout.fillWidth: true
                    heading: title
                    //: Under a category in the quiz list: about how long the quiz takes
                    detail: qsTr("About 2 minutes")
                    onClicked: page.categoryQuizRequested(ref)
                }
            }
            Item { Layout.preferredHeight: 16 }
        }
    }
}
