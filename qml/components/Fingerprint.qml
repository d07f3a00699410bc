import QtQuick
import QtQuick.Controls
import Maharat

// A key fingerprint as groups of four digits in the interface's digits, two rows of four laid
// out in reading order (the first group on the right in fa/ar), big enough to read aloud.
Grid {
    id: flow
    columns: 4
    columnSpacing: 14
    rowSpacing: 4
    // "1234 5678 …", already in the interface's digits.
    property string fingerprint: ""
    property int pixelSize: Theme.subtitle
    Accessible.role: Accessible.StaticText
    Accessible.name: fingerprint
    Repeater {
        model: flow.fingerprint.length > 0 ? flow.fingerprint.split(" ") : []
        Label {
            textFormat: Text.PlainText
            required property string modelData
            text: modelData
            font.pixelSize: flow.pixelSize
            font.weight: Font.DemiBold
            font.letterSpacing: 1
            // A group is a number: keep its digits in order whatever the surrounding direction.
            LayoutMirroring.enabled: false
        }
    }
}
