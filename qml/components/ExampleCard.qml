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
    property bool contentRtl: App.rtl

    padding: 12
    // A flat card: elevation shadows need a shader effect the software renderer cannot draw.
    background: Rectangle {
        color: Theme.card
        radius: 10
        border.color: Theme.cardBorder
    }

    ColumnLayout {
        width: parent.width
        spacing: 8

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: card.situation
            font.italic: true
            font.pixelSize: Theme.small
            color: Theme.muted
            wrapMode: Label.Wrap
            horizontalAlignment: Theme.align(card.contentRtl)
        }
        PhrasingLine {
            Layout.fillWidth: true
            good: false
            text: card.bad
            clip: card.badClip
            contentRtl: card.contentRtl
        }
        PhrasingLine {
            Layout.fillWidth: true
            good: true
            text: card.good
            clip: card.goodClip
            contentRtl: card.contentRtl
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: card.why
            font.pixelSize: Theme.small
            wrapMode: Label.Wrap
            horizontalAlignment: Theme.align(card.contentRtl)
        }
    }
}
