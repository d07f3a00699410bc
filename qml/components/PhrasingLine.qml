import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// A line to say (good) or not to say, marked ✓ or ✗ in colour and in words, with its clip.
Rectangle {
    id: line

    property bool good: true
    property string text
    property string clip
    property bool contentRtl: App.rtl

    implicitHeight: row.implicitHeight + 12
    radius: 8
    color: good ? Theme.goodTint : Theme.badTint

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 6
        spacing: 8
        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 11
            implicitWidth: 26
            implicitHeight: 26
            radius: 13
            color: line.good ? Theme.good : Theme.bad
            Accessible.role: Accessible.Graphic
            Accessible.name: line.good
                //: Screen reader label of the ✓ mark before a good phrasing line
                ? qsTr("Say this")
                //: Screen reader label of the ✗ mark before a bad phrasing line
                : qsTr("Don't say this")
            Image {
                anchors.centerIn: parent
                source: line.good ? "../icons/check.svg" : "../icons/cross.svg"
                sourceSize: Qt.size(16, 16)
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            text: line.text
            font.pixelSize: Theme.body
            wrapMode: Label.Wrap
            horizontalAlignment: Theme.align(line.contentRtl)
        }
        PlayButton {
            Layout.alignment: Qt.AlignTop
            clip: line.clip
            lineText: line.text
        }
    }
}
