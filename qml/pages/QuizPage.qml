import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

Page {
    id: page
    objectName: "quizPage"
    //: Title of the quiz page
    readonly property string pageTitle: qsTr("Quiz")
    readonly property bool found: true

    background: Rectangle { color: Theme.page }

    Label {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
        //: Shown on the quiz page before quizzes are available in this version
        text: qsTr("Refresher quizzes are coming in a later version.")
        color: Theme.muted
        wrapMode: Label.Wrap
        horizontalAlignment: Qt.AlignHCenter
    }
}
