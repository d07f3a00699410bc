import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Maharat

Page {
    id: page
    objectName: "settingsPage"
    //: Title of the settings page
    readonly property string pageTitle: qsTr("Settings")
    readonly property bool found: true
    signal aboutRequested()
    signal catalogsRequested()
    signal packsRequested()

    background: Rectangle { color: Theme.page }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.readingWidth)
            x: (scroll.availableWidth - width) / 2
            spacing: 4

            SectionLabel {
                //: Settings heading: the interface language
                text: qsTr("Language")
            }
            ButtonGroup { id: languageGroup }
            Repeater {
                model: ["system"].concat(App.languages)
                Choice {
                    required property string modelData
                    ButtonGroup.group: languageGroup
                    //: Language option that follows the device's language
                    text: modelData === "system" ? qsTr("Same as the device") : App.languageName(modelData)
                    checked: App.languageChoice === modelData
                    onClicked: App.languageChoice = modelData
                }
            }

            SectionLabel {
                //: Settings heading: size of the text; %1 is a percentage such as 120%
                text: qsTr("Text size: %1").arg(App.percent(Math.round(Settings.textScale * 100)))
            }
            Slider {
                id: scaleSlider
                objectName: "textScaleSlider"
                Layout.fillWidth: true
                from: 1.0
                to: 2.0
                stepSize: 0.1
                snapMode: Slider.SnapAlways
                value: Settings.textScale
                //: Screen reader name of the text size slider
                Accessible.name: qsTr("Text size")
                onMoved: Settings.textScale = value
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: Sample text under the text size slider
                text: qsTr("The quick reply is the kind one.")
                font.pixelSize: Theme.body
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }

            SectionLabel {
                //: Settings heading: light or dark colours
                text: qsTr("Theme")
            }
            ButtonGroup { id: themeGroup }
            Repeater {
                model: [
                    //: Theme option: follow the device
                    { value: "system", label: qsTr("Same as the device") },
                    //: Theme option: light colours
                    { value: "light", label: qsTr("Light") },
                    //: Theme option: dark colours
                    { value: "dark", label: qsTr("Dark") }
                ]
                Choice {
                    required property var modelData
                    ButtonGroup.group: themeGroup
                    text: modelData.label
                    checked: Settings.theme === modelData.value
                    onClicked: Settings.theme = modelData.value
                }
            }

            SectionLabel {
                //: Settings heading: how fast audio clips play
                text: qsTr("Playback speed")
            }
            RowLayout {
                Layout.fillWidth: true
                ButtonGroup { id: speedGroup }
                Repeater {
                    model: [0.75, 1.0, 1.25]
                    Choice {
                        required property real modelData
                        Layout.fillWidth: false
                        ButtonGroup.group: speedGroup
                        //: A playback speed such as 1.25×; %1 is the number
                        text: qsTr("%1×").arg(Number(modelData).toLocaleString(Qt.locale(), "f", modelData === 1.0 ? 0 : 2))
                        checked: Math.abs(Settings.playbackRate - modelData) < 0.01
                        onClicked: Settings.playbackRate = modelData
                    }
                }
            }

            SectionLabel {
                //: Settings heading: which digits numbers are shown with
                text: qsTr("Digits")
            }
            Switch {
                Layout.fillWidth: true
                //: Switch that shows 0-9 instead of Persian or Arabic digits
                text: qsTr("Always use Latin digits (0–9)")
                checked: Settings.latinDigits
                onToggled: Settings.latinDigits = checked
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: Example of numbers under the digits switch; %1 and %2 are numbers
                text: qsTr("Example: topic %1 of %2").arg(App.number(3)).arg(App.number(25))
                color: Theme.muted
                font.pixelSize: Theme.small
                horizontalAlignment: Qt.AlignLeft
            }

            SectionLabel {
                //: Settings heading: quiz options
                text: qsTr("Quizzes")
            }
            Switch {
                Layout.fillWidth: true
                //: Switch that hides the text of phrasing questions so they are judged by ear
                text: qsTr("Listen only: hide the text of replies in phrasing questions")
                checked: Settings.listenOnly
                onToggled: Settings.listenOnly = checked
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: Label of the slider for how well questions should be remembered; %1 is a percentage
                text: qsTr("Questions come back when your chance of remembering falls to %1").arg(App.percent(Math.round(Settings.targetRetention * 100)))
                wrapMode: Label.Wrap
                horizontalAlignment: Qt.AlignLeft
            }
            Slider {
                Layout.fillWidth: true
                from: 0.80
                to: 0.95
                stepSize: 0.01
                snapMode: Slider.SnapAlways
                value: Settings.targetRetention
                //: Screen reader name of the target retention slider
                Accessible.name: qsTr("Target retention")
                onMoved: Settings.targetRetention = value
            }

            SectionLabel {
                //: Settings heading: skill packs
                text: qsTr("Skill packs")
            }
            TopicRow {
                objectName: "settingsPacks"
                Layout.fillWidth: true
                //: Link from the settings page to the pack library
                heading: qsTr("Pack library")
                //: Under the pack library link
                detail: qsTr("Installed packs, importing a pack file, removing packs")
                onClicked: page.packsRequested()
            }
            TopicRow {
                objectName: "settingsCatalogs"
                Layout.fillWidth: true
                //: Link from the settings page to the catalogs page
                heading: qsTr("Catalogs")
                detail: Catalogs.updateCount > 0
                        //: Under the Catalogs link when updates are waiting
                        ? qsTr("%Ln update(s) available", "", Catalogs.updateCount)
                        //: Under the Catalogs link
                        : qsTr("Get packs and updates from your organisation")
                onClicked: page.catalogsRequested()
            }
            Switch {
                objectName: "onlySignedSwitch"
                Layout.fillWidth: true
                //: Switch for managed devices: refuse packs nobody signed
                text: qsTr("Only signed packs: refuse unsigned pack files")
                checked: Packs.onlySignedPacks
                onToggled: Packs.onlySignedPacks = checked
            }
            TopicRow {
                Layout.fillWidth: true
                Layout.topMargin: 16
                //: Link from the settings page to the About page
                heading: qsTr("About Maharat")
                //: Under the About link
                detail: qsTr("Version, content packs and their sources, licences")
                onClicked: page.aboutRequested()
            }
            Item { Layout.preferredHeight: 16 }
        }
    }
}
