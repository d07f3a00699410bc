import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
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
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: UserData.dueCount > 0
                              //: How many questions the spaced-repetition schedule brings back today
                              ? qsTr("%Ln question(s) to refresh today.", "", UserData.dueCount)
                              //: Shown when no question is due for review
                              : qsTr("Nothing is due right now. Answer a quiz below, and its questions come back here when it is time to refresh them.")
                        wrapMode: Label.Wrap
                        horizontalAlignment: Qt.AlignLeft
                    }
                    PrimaryButton {
                        objectName: "startRefresher"
                        enabled: UserData.dueCount > 0
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
            SectionLabel {
                //: Quiz page heading above the user's statistics
                text: qsTr("Your progress")
            }
            Label {
                objectName: "progressSummary"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: Statistics line: answers given today and the number of consecutive days with answers
                text: qsTr("Answered today: %1 · Streak: %Ln day(s)", "", UserData.streakDays).arg(App.number(UserData.answeredToday))
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }
            Label {
                textFormat: Text.PlainText
                visible: UserData.lastAnswered.length > 0
                Layout.fillWidth: true
                //: Statistics line: the date of the latest answer
                text: qsTr("Last quiz: %1").arg(UserData.lastAnswered)
                color: Theme.muted
                font.pixelSize: Theme.small
                horizontalAlignment: Qt.AlignLeft
            }
            // The last 30 days, one bar a day, today at the end of the reading direction.
            Row {
                id: strip
                Layout.fillWidth: true
                Layout.preferredHeight: 40
                spacing: 2
                readonly property int peak: Math.max(1, ...UserData.last30Days)
                //: Screen reader description of the 30-day activity chart
                Accessible.name: qsTr("Answers per day over the last 30 days")
                Accessible.role: Accessible.Chart
                Repeater {
                    model: UserData.last30Days
                    Rectangle {
                        required property int modelData
                        width: (strip.width - 29 * strip.spacing) / 30
                        height: 40
                        color: "transparent"
                        Rectangle {
                            anchors.bottom: parent.bottom
                            width: parent.width
                            height: modelData > 0 ? 6 + 34 * modelData / strip.peak : 3
                            radius: 2
                            color: modelData > 0 ? Theme.primary : Theme.cardBorder
                        }
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Button {
                    //: Exports quiz results as a CSV spreadsheet file
                    text: qsTr("Export results (CSV)")
                    onClicked: { exportDialog.format = "csv"; exportDialog.open() }
                }
                Button {
                    //: Exports quiz results as a JSON file
                    text: qsTr("Export (JSON)")
                    onClicked: { exportDialog.format = "json"; exportDialog.open() }
                }
            }
            Label {
                id: exportMessage
                textFormat: Text.PlainText
                visible: text.length > 0
                Layout.fillWidth: true
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }
            Item { Layout.preferredHeight: 16 }
        }
    }

    FileDialog {
        id: exportDialog
        property string format: "csv"
        fileMode: FileDialog.SaveFile
        //: Title of the dialog that asks where to save the exported results
        title: qsTr("Save your results")
        defaultSuffix: format
        nameFilters: format === "csv" ? ["CSV (*.csv)"] : ["JSON (*.json)"]
        onAccepted: {
            const problem = UserData.exportResults(selectedFile, format)
            exportMessage.color = problem.length > 0 ? Theme.bad : Theme.good
            exportMessage.text = problem.length > 0 ? problem
                //: Shown after the results were exported
                : qsTr("Saved. You can send the file to your manager.")
        }
    }
}
