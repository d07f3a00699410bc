import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

Page {
    id: page
    objectName: "searchPage"

    property alias query: field.text
    //: Title of the search page
    readonly property string pageTitle: qsTr("Search")
    readonly property bool found: true
    signal skillChosen(string ref)

    background: Rectangle { color: Theme.page }

    ColumnLayout {
        width: Math.min(page.width - 2 * Theme.margin, Theme.readingWidth)
        x: (page.width - width) / 2
        y: Theme.margin
        spacing: 12
        TextField {
            id: field
            objectName: "searchField"
            Layout.fillWidth: true
            focus: true
            //: Placeholder of the search field
            placeholderText: qsTr("Search skills, phrases, situations…")
            font.pixelSize: Theme.body
            horizontalAlignment: Theme.align(App.rtl)
            Accessible.name: placeholderText
        }
        Label {
            Layout.fillWidth: true
            //: Shown on the search page before search is available in this version
            text: qsTr("Search is not available in this version yet. Browse the topics from the home page.")
            color: Theme.muted
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }
    }
}
