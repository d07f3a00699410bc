import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// Route `catalogs`: the catalog part of the library on a page of its own (Settings and Home's
// update notice lead here).
Page {
    id: page
    objectName: "catalogsPage"
    //: Title of the page listing subscribed catalogs and their packs
    readonly property string pageTitle: qsTr("Catalogs")
    readonly property bool found: true

    background: Rectangle { color: Theme.page }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        CatalogSection {
            showHeading: false
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.readingWidth)
            x: (scroll.availableWidth - width) / 2
        }
    }
}
