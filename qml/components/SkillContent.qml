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

    // Made when a link is tapped, gone when closed: pages carry no dialog they do not show.
    function askToOpen(link) {
        const dialog = linkDialog.createObject(content, { url: link })
        dialog.closed.connect(dialog.destroy)
        dialog.open()
        return dialog
    }
    Component {
        id: linkDialog
        LinkDialog {}
    }

    Label {
        textFormat: Text.PlainText
        visible: content.showLanguageName
        width: parent.width
        text: App.languageName(content.detail.effectiveLanguage)
        color: Theme.primary
        font.pixelSize: Theme.small
        font.weight: Font.DemiBold
        horizontalAlignment: Theme.align(content.contentRtl)
    }
    Label {
        textFormat: Text.PlainText
        visible: content.showLanguageName
        width: parent.width
        text: content.detail.title
        font.pixelSize: Theme.title
        font.weight: Font.Bold
        wrapMode: Label.Wrap
        horizontalAlignment: Theme.align(content.contentRtl)
    }
    Label {
        textFormat: Text.PlainText
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
        // Rich text written by SkillDetail from the pack's Markdown: escaped, no images, links
        // only to http(s). Opening one asks first.
        text: content.detail.body
        textFormat: Text.RichText
        font.pixelSize: Theme.body
        lineHeight: 1.1
        wrapMode: Label.Wrap
        horizontalAlignment: Theme.align(content.contentRtl)
        onLinkActivated: link => content.askToOpen(link)
    }
    Label {
        textFormat: Text.PlainText
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
