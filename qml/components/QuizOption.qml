import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

// One answer to choose. After the answer: the right one turns green with ✓, a wrong choice red.
ItemDelegate {
    id: option
    property string optionId
    property string clip
    property string hiddenLabel
    property bool hideText: false
    property bool contentRtl: App.rtl
    property bool answered: false
    property bool isCorrect: false
    property bool isChosen: false
    signal chosen()

    objectName: "option-" + optionId
    enabled: !answered || isCorrect || isChosen
    implicitHeight: Math.max(Theme.touchTarget + 8, row.implicitHeight + 20)
    // Enter and Return activate a row on desktop keyboards, as Space already does.
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    Accessible.name: hideText ? hiddenLabel : text
    onClicked: if (!answered) chosen()

    background: Rectangle {
        radius: 10
        color: option.answered && option.isCorrect ? Theme.goodTint
             : option.answered && option.isChosen ? Theme.badTint
             : option.down ? Theme.cardBorder : Theme.card
        border.width: option.visualFocus || (option.answered && (option.isCorrect || option.isChosen)) ? 2 : 1
        border.color: option.answered && option.isCorrect ? Theme.good
                    : option.answered && option.isChosen ? Theme.bad
                    : option.visualFocus ? Theme.primary : Theme.cardBorder
    }
    contentItem: RowLayout {
        id: row
        spacing: 8
        Image {
            visible: option.answered && (option.isCorrect || option.isChosen)
            source: option.isCorrect ? "../icons/check.svg" : "../icons/cross.svg"
            sourceSize: Qt.size(20, 20)
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: option.hideText ? option.hiddenLabel : option.text
            font.pixelSize: Theme.body
            wrapMode: Label.Wrap
            horizontalAlignment: option.hideText ? Qt.AlignLeft : Theme.align(option.contentRtl)
        }
        PlayButton {
            visible: option.clip.length > 0
            clip: option.clip
            lineText: option.hideText ? option.hiddenLabel : option.text
        }
    }
}
