import QtQuick
import QtQuick.Controls
import Maharat

// Plays one clip. Play/pause icons keep their shape in every language: media transport icons
// are never mirrored.
RoundButton {
    id: button
    property string clip
    property string lineText
    readonly property bool active: Audio.currentClip === clip && Audio.playing

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    flat: true
    enabled: clip.length > 0
    icon.source: active ? "../icons/pause.svg" : "../icons/play.svg"
    icon.color: Theme.primary
    Accessible.role: Accessible.Button
    Accessible.name: (active
        //: Screen reader name of the button pausing a clip; %1 is the line being played
        ? qsTr("Pause: %1")
        //: Screen reader name of the button playing a clip; %1 is the line it plays
        : qsTr("Play: %1")).arg(lineText)
    onClicked: Audio.toggle(clip)
}
