import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

Page {
    id: page

    property alias skill: detail.skill
    readonly property string pageTitle: detail.categoryTitle
    readonly property bool found: detail.found
    signal siblingChosen(string ref)

    SkillDetail { id: detail }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            id: column
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.readingWidth)
            x: (scroll.availableWidth - width) / 2
            spacing: 12

            Item { Layout.preferredHeight: 4 }

            Label {
                Layout.fillWidth: true
                //: Above a skill's title: its position in the category, e.g. "Topic 3 of 25"
                text: qsTr("Topic %1 of %2").arg(App.number(detail.position)).arg(App.number(detail.siblingCount))
                color: Theme.muted
                font.pixelSize: 13
                horizontalAlignment: Qt.AlignLeft
            }
            Label {
                id: title
                objectName: "skillTitle"
                // Sized to its text (not the full width) so its place shows the reading direction.
                Layout.maximumWidth: column.width
                Layout.alignment: Qt.AlignLeft
                text: detail.title
                font.pixelSize: 26
                font.weight: Font.Bold
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: detail.summary
                color: Theme.primary
                font.pixelSize: 17
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }
            Label {
                objectName: "skillBody"
                Layout.fillWidth: true
                text: detail.body
                textFormat: Text.MarkdownText
                font.pixelSize: 16
                lineHeight: 1.15
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: 8
                visible: detail.examples.rowCount() > 0
                //: Heading above the cards with what to say and what not to say
                text: qsTr("Say it better")
                font.pixelSize: 20
                font.weight: Font.DemiBold
                horizontalAlignment: Qt.AlignLeft
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: detail.examples
                ExampleCard {
                    Layout.fillWidth: true
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 8
                Button {
                    visible: detail.previous.length > 0
                    flat: true
                    //: Button to the previous topic in the same category
                    text: qsTr("Previous")
                    icon.source: App.rtl ? "../icons/chevron-right.svg" : "../icons/chevron-left.svg"
                    onClicked: page.siblingChosen(detail.previous)
                }
                Item { Layout.fillWidth: true }
                Button {
                    visible: detail.next.length > 0
                    flat: true
                    //: Button to the next topic in the same category
                    text: qsTr("Next")
                    // The icon trails the text in both directions.
                    LayoutMirroring.enabled: !App.rtl
                    icon.source: App.rtl ? "../icons/chevron-left.svg" : "../icons/chevron-right.svg"
                    onClicked: page.siblingChosen(detail.next)
                }
            }
            Item { Layout.preferredHeight: 16 }
        }
    }
}
