import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// A radio button whose label follows the layout direction, not the script of its own text
// ("English" in a Persian list still sits next to its indicator on the right).
RadioButton {
    id: choice
    Layout.fillWidth: true
    font.pixelSize: Theme.body
    Binding {
        target: choice.contentItem
        property: "horizontalAlignment"
        value: Text.AlignLeft
    }
}
