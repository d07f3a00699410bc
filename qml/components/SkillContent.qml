import QtQuick
import QtQuick.Controls
import Maharat

// A skill's text and examples in one language (the detail's effective language).
// A Column, not a ColumnLayout: wrapped text reports its height only once its width is known,
// which positioners handle and nested layouts do not.
Column {
    id: content
    property SkillDetail detail
    // Set when this column shows a language other than the interface's.
    property bool showLanguageName: false
    readonly property bool contentRtl: App.isRtlLanguage(detail.effectiveLanguage)

    spacing: 12

    Label {
        visible: content.showLanguageName
        width: parent.width
        text: App.languageName(content.detail.effectiveLanguage)
        color: Theme.primary
        font.pixelSize: Theme.small
        font.weight: Font.DemiBold
        horizontalAlignment: Theme.align(content.contentRtl)
    }
    Label {
        visible: content.showLanguageName
        width: parent.width
        text: content.detail.title
        font.pixelSize: Theme.title
        font.weight: Font.Bold
        wrapMode: Label.Wrap
        horizontalAlignment: Theme.align(content.contentRtl)
    }
    Label {
        width: parent.width
        text: content.detail.summary
        color: Theme.primary
        font.pixelSize: Theme.subtitle
        wrapMode: Label.Wrap
        horizontalAlignment: Theme.align(content.contentRtl)
    }
    Label {
        objectName: "skillBody"
        width: parent.width
        text: content.detail.body
        textFormat: Text.MarkdownText
        font.pixelSize: Theme.body
        lineHeight: 1.1
        wrapMode: Label.Wrap
        horizontalAlignment: Theme.align(content.contentRtl)
        onLinkActivated: link => Qt.openUrlExternally(link)
    }
    Label {
        width: parent.width
        topPadding: 8
        visible: content.detail.exampleCount > 0
        //: Heading above the cards with what to say and what not to say
        text: qsTr("Say it better")
        font.pixelSize: Theme.title
        font.weight: Font.DemiBold
        horizontalAlignment: Qt.AlignLeft
        Accessible.role: Accessible.Heading
    }
    Repeater {
        model: content.detail.examples
        ExampleCard {
            width: parent.width
            contentRtl: content.contentRtl
        }
    }
}
