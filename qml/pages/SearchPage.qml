import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// As-you-type search in any of the three languages; results in the interface language.
Page {
    id: page
    objectName: "searchPage"

    property alias query: field.text
    //: Title of the search page
    readonly property string pageTitle: qsTr("Search")
    readonly property bool found: true
    readonly property bool busy: results.searching
    signal skillChosen(string ref)

    background: Rectangle { color: Theme.page }

    // Typed text shown inside StyledText.
    function escaped(s) {
        return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    }

    SearchModel {
        id: results
        query: field.text
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.margin
        spacing: 8

        TextField {
            id: field
            objectName: "searchField"
            Layout.preferredWidth: Math.min(page.width - 2 * Theme.margin, Theme.readingWidth)
            Layout.alignment: Qt.AlignHCenter
            focus: true
            //: Placeholder of the search field
            placeholderText: qsTr("Search skills, phrases, situations…")
            font.pixelSize: Theme.body
            horizontalAlignment: Theme.align(App.rtl)
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: placeholderText
            Component.onCompleted: forceActiveFocus()
        }
        Label {
            objectName: "searchCorrection"
            visible: results.correctedQuery.length > 0
            Layout.preferredWidth: field.width
            Layout.alignment: Qt.AlignHCenter
            //: Shown when a query found nothing and a corrected spelling was searched instead
            text: qsTr("Showing results for %1").arg("<b>" + page.escaped(results.correctedQuery) + "</b>")
            textFormat: Text.StyledText
            color: Theme.muted
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }
        Label {
            id: suggestionLabel
            objectName: "searchSuggestion"
            visible: results.suggestion.length > 0 && results.correctedQuery.length === 0
            Layout.preferredWidth: field.width
            Layout.alignment: Qt.AlignHCenter
            //: Offered above results for what was typed when a word is in neither the topics nor
            //: the dictionary; %1 is the query with that word respelt, a link that searches for it
            text: qsTr("Did you mean %1?").arg("<a href=\"suggestion\">" + page.escaped(results.suggestion) + "</a>")
            textFormat: Text.StyledText
            linkColor: Theme.primary
            color: Theme.muted
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
            Accessible.role: Accessible.Link
            Accessible.name: text.replace(/<[^>]*>/g, "")
            onLinkActivated: field.text = results.suggestion
            MouseArea {
                anchors.fill: parent
                acceptedButtons: Qt.NoButton
                cursorShape: parent.hoveredLink ? Qt.PointingHandCursor : Qt.ArrowCursor
            }
        }
        Label {
            textFormat: Text.PlainText
            visible: field.text.trim().length > 0 && results.count === 0 && !results.searching
            Layout.preferredWidth: field.width
            Layout.alignment: Qt.AlignHCenter
            //: Shown when a search finds nothing
            text: qsTr("Nothing found. Try fewer or different words.")
            color: Theme.muted
            wrapMode: Label.Wrap
            horizontalAlignment: Qt.AlignLeft
        }

        // Recent searches while the field is empty.
        ColumnLayout {
            visible: field.text.trim().length === 0 && results.recentSearches.length > 0
            Layout.preferredWidth: field.width
            Layout.alignment: Qt.AlignHCenter
            SectionLabel {
                //: Search page heading above the user's recent searches
                text: qsTr("Recent searches")
            }
            Repeater {
                model: results.recentSearches
                ItemDelegate {
                    required property string modelData
                    Layout.fillWidth: true
                    icon.source: "../icons/search.svg"
                    icon.color: Theme.muted
                    text: modelData
                    onClicked: field.text = modelData
                }
            }
        }

        ListView {
            id: list
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: results
            delegate: ItemDelegate {
                id: hit
                required property string ref
                required property string title
                required property string snippet
                required property string category
                required property string matchNote
                required property bool contentRtl
                width: Math.min(ListView.view.width - 2 * Theme.margin, Theme.readingWidth)
                x: (ListView.view.width - width) / 2
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                Accessible.name: title.replace(/<[^>]*>/g, "")
                onClicked: {
                    results.remember()
                    page.skillChosen(ref)
                }
                background: Rectangle {
                    radius: 10
                    color: hit.down ? Theme.cardBorder : Theme.card
                    border.color: hit.visualFocus ? Theme.primary : Theme.cardBorder
                }
                contentItem: Column {
                    spacing: 4
                    Label {
                        width: parent.width
                        text: hit.title
                        textFormat: Text.StyledText
                        font.pixelSize: Theme.subtitle
                        font.weight: Font.DemiBold
                        wrapMode: Label.Wrap
                        horizontalAlignment: Theme.align(hit.contentRtl)
                    }
                    Label {
                        textFormat: Text.PlainText
                        width: parent.width
                        text: hit.category + (hit.matchNote.length > 0 ? " · " + hit.matchNote : "")
                        color: Theme.primary
                        font.pixelSize: Theme.caption
                        wrapMode: Label.Wrap
                        horizontalAlignment: Qt.AlignLeft
                    }
                    Label {
                        width: parent.width
                        text: hit.snippet
                        textFormat: Text.StyledText
                        color: Theme.muted
                        font.pixelSize: Theme.small
                        wrapMode: Label.Wrap
                        maximumLineCount: 3
                        elide: Label.ElideRight
                        horizontalAlignment: Theme.align(hit.contentRtl)
                    }
                }
            }
        }
    }
}
