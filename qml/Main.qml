import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Maharat

ApplicationWindow {
    id: window

    width: 360
    height: 640
    visible: true
    //: Window title: the app's name
    title: qsTr("Maharat")

    // The only place mirroring is switched on: everything below inherits it.
    LayoutMirroring.enabled: App.rtl
    LayoutMirroring.childrenInherit: true

    font.family: App.fontFamily
    Material.primary: Theme.primary
    Material.accent: Theme.accent

    // Opens a deep link: "home", "category:<ref>" or "skill:<ref>". Returns false if unknown.
    function openRoute(route) {
        const colon = route.indexOf(":")
        const kind = colon < 0 ? route : route.substring(0, colon)
        const arg = colon < 0 ? "" : route.substring(colon + 1)
        if (kind === "home") {
            stack.pop(null, StackView.Immediate)
            return true
        }
        if (kind === "category" && arg.length > 0) {
            stack.pop(null, StackView.Immediate)
            stack.push(categoryPage, { category: arg }, StackView.Immediate)
            return stack.currentItem.found
        }
        if (kind === "skill" && arg.length > 0) {
            stack.pop(null, StackView.Immediate)
            const page = stack.push(skillPage, { skill: arg }, StackView.Immediate)
            return page.found
        }
        return false
    }

    function openCategory(ref) { stack.push(categoryPage, { category: ref }) }
    function openSkill(ref) { stack.push(skillPage, { skill: ref }) }
    function replaceSkill(ref) { stack.replace(skillPage, { skill: ref }) }

    header: ToolBar {
        Material.background: Theme.primary
        Material.foreground: "white"
        // Elevation draws through a shader effect, which the software renderer (offscreen
        // screenshots, old devices) cannot show: it would leave the bar without its colour.
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            spacing: 0
            ToolButton {
                visible: stack.depth > 1
                // Back points against the reading direction: left in English, right in fa/ar.
                icon.source: App.rtl ? "icons/arrow-right.svg" : "icons/arrow-left.svg"
                icon.color: "white"
                //: Accessible name of the toolbar's back button
                Accessible.name: qsTr("Back")
                onClicked: stack.pop()
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: stack.depth > 1 ? 0 : 16
                text: stack.currentItem && stack.currentItem.pageTitle ? stack.currentItem.pageTitle : window.title
                font.pixelSize: 20
                font.weight: Font.DemiBold
                elide: Label.ElideRight
                horizontalAlignment: Qt.AlignLeft
                verticalAlignment: Qt.AlignVCenter
            }
            ToolButton {
                id: languageButton
                icon.source: "icons/language.svg"
                icon.color: "white"
                //: Accessible name of the button that changes the interface language
                Accessible.name: qsTr("Language")
                onClicked: languageMenu.open()
                Menu {
                    id: languageMenu
                    y: languageButton.height
                    Repeater {
                        model: App.languages
                        MenuItem {
                            required property string modelData
                            text: App.languageName(modelData)
                            checkable: true
                            checked: App.language === modelData
                            onTriggered: App.language = modelData
                        }
                    }
                }
            }
        }
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: HomePage {
            onCategoryChosen: ref => window.openCategory(ref)
        }
        focus: true
        Keys.onEscapePressed: if (depth > 1) pop()
        Keys.onBackPressed: if (depth > 1) pop()
    }

    Component {
        id: categoryPage
        CategoryPage {
            onSkillChosen: ref => window.openSkill(ref)
        }
    }

    Component {
        id: skillPage
        SkillPage {
            onSiblingChosen: ref => window.replaceSkill(ref)
        }
    }
}
