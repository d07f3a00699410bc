import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Maharat

// The main action of a screen. No elevation: Material draws it through a shader effect that the
// software renderer (offscreen screenshots, older devices) leaves out, button background and all.
Button {
    highlighted: true
    Material.elevation: 0
    Material.accent: Theme.primary
    font.capitalization: Font.MixedCase
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
}
