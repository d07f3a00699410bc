import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// Route `catalogs`: subscribed catalogs and everything they offer. A ListView, so a catalog of a
// thousand packs creates only the rows on screen (bench/catalog).
Page {
    id: page
    objectName: "catalogsPage"
    //: Title of the page listing subscribed catalogs and their packs
    readonly property string pageTitle: qsTr("Catalogs")
    readonly property bool found: true

    background: Rectangle { color: Theme.page }

    ListView {
        id: list
        objectName: "catalogOffers"
        anchors.fill: parent
        readonly property real columnWidth: Math.min(width - 2 * Theme.margin, Theme.readingWidth)
        readonly property real columnX: (width - columnWidth) / 2
        spacing: 8
        model: Catalogs.offers
        ScrollBar.vertical: ScrollBar {}
        header: Item {
            width: list.width
            height: header.implicitHeight + 8
            CatalogSection {
                id: header
                x: list.columnX
                width: list.columnWidth
                showHeading: false
                showOffers: false
            }
        }
        delegate: Item {
            width: list.width
            height: row.implicitHeight
            required property int index
            required property var model
            DownloadRow {
                id: row
                x: list.columnX
                width: list.columnWidth
                packId: model.packId
                catalogUrl: model.catalogUrl
                title: model.title
                description: model.description
                version: model.version
                installedVersion: model.installedVersion
                offerState: model.offerState
                sizeText: model.sizeText
                topics: model.topics
                transfer: model.transfer
                receivedText: model.receivedText
                progress: model.progress
                error: model.error
                signed: model.signed
            }
        }
        footer: Item { width: list.width; height: 16 }
    }
}
