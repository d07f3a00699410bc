import QtQuick
import QtQuick.Controls
import Maharat

// Phones: a skill on a page of its own.
Page {
    id: page
    objectName: "skillPage"

    property alias skill: view.skill
    readonly property string pageTitle: view.detail.categoryTitle
    readonly property bool found: view.detail.found
    signal siblingChosen(string ref)
    signal quizRequested(string ref)

    background: Rectangle { color: Theme.page }
    SkillView {
        id: view
        anchors.fill: parent
        onSiblingChosen: ref => page.siblingChosen(ref)
        onQuizRequested: ref => page.quizRequested(ref)
    }
}
