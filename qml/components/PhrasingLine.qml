import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// A line to say (good) or not to say, marked ✓ or ✗ in colour and in words for screen readers.
Rectangle {
    id: line

    property bool good: true
    property string text

    implicitHeight: row.implicitHeight + 16
    radius: 8
    color: good ? Theme.goodTint : Theme.badTint
    Accessible.role: Accessible.StaticText
    Accessible.name: (good
        //: Spoken by screen readers before a good phrasing line
        ? qsTr("Say this:")
        //: Spoken by screen readers before a bad phrasing line
        : qsTr("Don't say this:")) + " " + text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 8
        spacing: 10
        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: 26
            implicitHeight: 26
            radius: 13
            color: line.good ? Theme.good : Theme.bad
            Image {
                anchors.centerIn: parent
                source: line.good ? "../icons/check.svg" : "../icons/cross.svg"
                sourceSize: Qt.size(16, 16)
                layer.enabled: false
            }
        }
        Label {
            Layout.fillWidth: true
            text: line.text
            font.pixelSize: 16
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }
    }
}
