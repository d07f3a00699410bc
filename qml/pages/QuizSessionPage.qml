import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// One quiz: a question at a time, feedback and the explanation right after each answer, and a
// summary with the topics to revisit at the end.
Page {
    id: page
    objectName: "quizSessionPage"

    property QuizController quiz
    readonly property string pageTitle: quiz ? quiz.title : ""
    readonly property bool found: true
    signal skillChosen(string ref)
    signal done()

    background: Rectangle { color: Theme.page }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        Column {
            id: column
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.readingWidth)
            x: (scroll.availableWidth - width) / 2
            topPadding: 12
            spacing: 12

            // ---- answers are not being kept: said for as long as it is true, on every question
            Pane {
                objectName: "quizNotSaved"
                visible: page.quiz.notKept
                width: parent.width
                padding: 12
                background: Rectangle { radius: 10; color: Theme.badTint; border.color: Theme.bad }
                Accessible.role: Accessible.AlertMessage
                Accessible.name: notSavedTitle.text + " " + notSavedReason.text
                Column {
                    width: parent.width
                    spacing: 4
                    Label {
                        id: notSavedTitle
                        textFormat: Text.PlainText
                        width: parent.width
                        //: Banner on the quiz screen while answers cannot be recorded
                        text: qsTr("Your answers are not being saved")
                        color: Theme.bad
                        font.weight: Font.Bold
                        wrapMode: Label.Wrap
                        horizontalAlignment: Qt.AlignLeft
                    }
                    Label {
                        id: notSavedReason
                        textFormat: Text.PlainText
                        width: parent.width
                        text: page.quiz.notKeptReason
                        font.pixelSize: Theme.small
                        wrapMode: Label.Wrap
                        horizontalAlignment: Qt.AlignLeft
                    }
                }
            }

            // ---- empty quiz
            Label {
                textFormat: Text.PlainText
                visible: page.quiz.count === 0
                width: parent.width
                //: Shown when a quiz has no questions to ask
                text: qsTr("There are no questions to ask right now.")
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }

            // ---- a question
            Column {
                visible: page.quiz.count > 0 && !page.quiz.finished
                width: parent.width
                spacing: 12

                Label {
                    textFormat: Text.PlainText
                    width: parent.width
                    //: Progress through a quiz, e.g. "Question 2 of 5"
                    text: qsTr("Question %1 of %2").arg(App.number(page.quiz.index + 1)).arg(App.number(page.quiz.count))
                    color: Theme.muted
                    font.pixelSize: Theme.caption
                    horizontalAlignment: Qt.AlignLeft
                }
                ProgressBar {
                    width: parent.width
                    from: 0
                    to: Math.max(1, page.quiz.count)
                    value: page.quiz.index + (page.quiz.answered ? 1 : 0)
                }
                Label {
                    objectName: "quizStem"
                    textFormat: Text.PlainText
                    width: parent.width
                    text: page.quiz.stem
                    font.pixelSize: Theme.title
                    font.weight: Font.DemiBold
                    wrapMode: Label.Wrap
                    horizontalAlignment: Theme.align(page.quiz.contentRtl)
                }
                Label {
                    textFormat: Text.PlainText
                    visible: page.quiz.type === "phrasing" && Settings.listenOnly && !page.quiz.answered
                    width: parent.width
                    //: Hint in listen-only mode: the replies are hidden and must be judged by ear
                    text: qsTr("Listen to both replies, then choose the better one.")
                    color: Theme.muted
                    font.pixelSize: Theme.small
                    wrapMode: Label.Wrap
                    horizontalAlignment: Qt.AlignLeft
                }
                Repeater {
                    model: page.quiz.options
                    QuizOption {
                        required property var modelData
                        required property int index
                        width: column.width
                        optionId: modelData.id
                        text: modelData.text
                        clip: modelData.clip
                        //: Label of a reply in listen-only mode, e.g. "Reply 1"
                        hiddenLabel: qsTr("Reply %1").arg(App.number(index + 1))
                        hideText: page.quiz.type === "phrasing" && Settings.listenOnly && !page.quiz.answered
                        contentRtl: page.quiz.contentRtl
                        answered: page.quiz.answered
                        isCorrect: page.quiz.correctOption === modelData.id
                        isChosen: page.quiz.chosen === modelData.id
                        onChosen: page.quiz.answer(modelData.id)
                    }
                }

                // Feedback, right after the answer.
                Pane {
                    visible: page.quiz.answered
                    width: parent.width
                    background: Rectangle {
                        radius: 10
                        color: page.quiz.lastCorrect ? Theme.goodTint : Theme.badTint
                    }
                    Column {
                        width: parent.width
                        spacing: 6
                        Label {
                            objectName: "quizVerdict"
                            textFormat: Text.PlainText
                            width: parent.width
                            text: page.quiz.lastCorrect
                                  //: Feedback after a right answer
                                  ? qsTr("Right!")
                                  //: Feedback after a wrong answer
                                  : qsTr("Not quite.")
                            color: page.quiz.lastCorrect ? Theme.good : Theme.bad
                            font.pixelSize: Theme.subtitle
                            font.weight: Font.Bold
                            horizontalAlignment: Qt.AlignLeft
                        }
                        Label {
                            objectName: "quizExplanation"
                            textFormat: Text.PlainText
                            width: parent.width
                            text: page.quiz.explanation
                            wrapMode: Label.Wrap
                            horizontalAlignment: Theme.align(page.quiz.contentRtl)
                        }
                        RowLayout {
                            visible: page.quiz.goodClip.length > 0
                            width: parent.width
                            PlayButton {
                                clip: page.quiz.goodClip
                                //: Screen reader text of the button that plays the better reply after a phrasing question
                                lineText: qsTr("the better reply")
                            }
                            Label {
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                //: Next to the play button after a phrasing question
                                text: qsTr("Listen to the better reply")
                                wrapMode: Label.Wrap
                                horizontalAlignment: Qt.AlignLeft
                            }
                        }
                    }
                }
                PrimaryButton {
                    objectName: "quizNext"
                    visible: page.quiz.answered
                    text: page.quiz.index + 1 < page.quiz.count
                          //: Button after answering: go to the next question
                          ? qsTr("Next question")
                          //: Button after the last answer: show the quiz summary
                          : qsTr("See my results")
                    onClicked: page.quiz.next()
                }
            }

            // ---- summary
            Column {
                visible: page.quiz.finished && page.quiz.count > 0
                width: parent.width
                spacing: 10
                Label {
                    objectName: "quizScore"
                    textFormat: Text.PlainText
                    width: parent.width
                    //: Quiz summary: %1 right answers out of %2 questions
                    text: qsTr("You got %1 of %2 right").arg(App.number(page.quiz.score)).arg(App.number(page.quiz.count))
                    font.pixelSize: Theme.headline
                    font.weight: Font.Bold
                    wrapMode: Label.Wrap
                    horizontalAlignment: Qt.AlignLeft
                }
                Label {
                    textFormat: Text.PlainText
                    width: parent.width
                    //: Quiz summary: how long it took, in seconds
                    text: qsTr("Time: %Ln second(s)", "", page.quiz.totalSeconds)
                    color: Theme.muted
                    horizontalAlignment: Qt.AlignLeft
                }
                SectionLabel {
                    visible: page.quiz.revisit.length > 0
                    width: parent.width
                    //: Quiz summary heading above the topics the user got wrong
                    text: qsTr("Worth another look")
                }
                Repeater {
                    model: page.quiz.revisit
                    TopicRow {
                        required property var modelData
                        width: column.width
                        heading: modelData.title
                        onClicked: page.skillChosen(modelData.ref)
                    }
                }
                PrimaryButton {
                    //: Ends the quiz summary
                    text: qsTr("Done")
                    onClicked: page.done()
                }
            }
            Item { width: 1; height: 16 }
        }
    }
}
