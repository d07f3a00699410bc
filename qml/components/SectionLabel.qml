import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

Label {
    textFormat: Text.PlainText
    Layout.fillWidth: true
    Layout.topMargin: 12
    font.pixelSize: Theme.subtitle
    font.weight: Font.DemiBold
    wrapMode: Label.Wrap
    horizontalAlignment: Qt.AlignLeft
    Accessible.role: Accessible.Heading
}
