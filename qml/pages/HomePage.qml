import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Maharat

Page {
    id: page
    objectName: "homePage"

    signal categoryChosen(string ref)
    signal skillChosen(string ref)
    signal searchRequested()
    signal refresherRequested()
    signal catalogsRequested()
    signal packsRequested()
    property string pageTitle: ""
    readonly property bool found: true

    background: Rectangle { color: Theme.page }

    SkillDetail { id: lastViewed; skill: UserData.lastViewed }
    BookmarkListModel { id: bookmarks; objectName: "homeBookmarks" }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.readingWidth)
            x: (scroll.availableWidth - width) / 2
            spacing: 8

            Item { Layout.preferredHeight: 8 }

            // Looks like a search field; opens the search page, where typing happens.
            ItemDelegate {
                objectName: "homeSearch"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget + 4
                icon.source: "../icons/search.svg"
                icon.color: Theme.muted
                //: Placeholder of the search field on the home page
                text: qsTr("Search skills, phrases, situations…")
                font.pixelSize: Theme.body
                Material.foreground: Theme.muted
                background: Rectangle { radius: height / 2; color: Theme.card; border.color: Theme.cardBorder }
                onClicked: page.searchRequested()
            }

            // One line however many files were refused; the library page lists them and why.
            TopicRow {
                objectName: "homeRefused"
                visible: Packs.refused.count > 0
                Layout.fillWidth: true
                //: Home page line when pack files were refused; leads to the pack library
                heading: qsTr("%Ln pack(s) could not be opened", "", Packs.refused.count)
                //: Under the refused-packs line
                detail: qsTr("See which ones and why in the pack library")
                Material.foreground: Theme.bad
                onClicked: page.packsRequested()
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: UserData.error.length > 0
                text: UserData.error
                color: Theme.bad
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }

            TopicRow {
                objectName: "homeUpdates"
                visible: Catalogs.updateCount > 0
                Layout.fillWidth: true
                Layout.topMargin: 8
                //: Home page card when a subscribed catalog has newer versions of installed packs
                heading: qsTr("%Ln pack update(s) available", "", Catalogs.updateCount)
                //: Under the updates card: %1 the total download size
                detail: qsTr("Download size %1").arg(Catalogs.updateSizeText)
                onClicked: page.catalogsRequested()
            }

            TopicRow {
                objectName: "homeRefresher"
                visible: UserData.dueCount > 0
                Layout.fillWidth: true
                Layout.topMargin: 8
                //: Home page card that starts the daily refresher quiz
                heading: qsTr("Daily refresher")
                //: Under the daily refresher card: how many questions are due
                detail: qsTr("%Ln question(s) to refresh today.", "", UserData.dueCount)
                onClicked: page.refresherRequested()
            }

            SectionLabel {
                visible: lastViewed.found
                //: Home page heading above the topic the user read last
                text: qsTr("Continue where you left off")
            }
            TopicRow {
                visible: lastViewed.found
                Layout.fillWidth: true
                heading: lastViewed.title
                detail: lastViewed.summary
                onClicked: page.skillChosen(lastViewed.skill)
            }

            SectionLabel {
                visible: bookmarks.count > 0
                //: Home page heading above the bookmarked topics
                text: qsTr("Bookmarks")
            }
            Repeater {
                model: bookmarks
                TopicRow {
                    required property string ref
                    required property string title
                    required property string summary
                    Layout.fillWidth: true
                    heading: title
                    detail: summary
                    onClicked: page.skillChosen(ref)
                }
            }

            SectionLabel {
                //: Home page heading above the list of topic categories
                text: qsTr("What would you like to practise?")
            }
            // Start-up opens the packs off the UI thread: the rest join the list when ready.
            // Above the list, so a phone shows it without scrolling.
            RowLayout {
                objectName: "homePacksLoading"
                visible: Packs.loading
                Layout.fillWidth: true
                spacing: 12
                BusyIndicator {
                    running: Packs.loading
                    Layout.preferredWidth: 32
                    Layout.preferredHeight: 32
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    //: Home page, at start-up, while the installed packs are still being opened
                    text: qsTr("Opening your packs…")
                    color: Theme.muted
                    wrapMode: Label.Wrap
                }
            }
            Repeater {
                model: CategoryListModel { id: categories }
                TopicRow {
                    required property string ref
                    required property string title
                    required property int topicCount
                    required property string packTitle
                    Layout.fillWidth: true
                    heading: title
                    //: Under a category name: how many topics it has and which pack it comes from
                    detail: qsTr("%Ln topic(s)", "", topicCount) + " · " + packTitle
                    onClicked: page.categoryChosen(ref)
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: categories.count === 0 && !Packs.loading
                //: Shown on the home page when no pack is installed
                text: qsTr("No skill packs are installed.")
                horizontalAlignment: Qt.AlignHCenter
                wrapMode: Label.Wrap
            }
            Item { Layout.preferredHeight: 16 }
        }
    }
}
