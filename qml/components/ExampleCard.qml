import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// One phrasing example: the situation, what not to say (✗), what to say (✓), and why.
Pane {
    id: card

    required property string situation
    required property string bad
    required property string good
    required property string why
    required property string badClip
    required property string goodClip

    padding: 14
    // A flat card: elevation shadows need a shader effect the software renderer cannot draw.
    background: Rectangle {
        color: Theme.card
        radius: 10
        border.color: Theme.cardBorder
    }

    ColumnLayout {
        width: parent.width
        spacing: 10

        Label {
            Layout.fillWidth: true
            text: card.situation
            font.italic: true
            color: Theme.muted
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }
        PhrasingLine {
            Layout.fillWidth: true
            good: false
            text: card.bad
        }
        PhrasingLine {
            Layout.fillWidth: true
            good: true
            text: card.good
        }
        Label {
            Layout.fillWidth: true
            //: Prefix of the explanation under a phrasing example; %1 is the explanation
            text: qsTr("Why: %1").arg(card.why)
            font.pixelSize: 14
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }
    }
}
