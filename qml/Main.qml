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
    font.pixelSize: Theme.body
    color: Theme.page
    Material.theme: Settings.dark ? Material.Dark : Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent

    readonly property bool wide: width >= Theme.wideThreshold
    // A page still loading (search results on their way), the packs still being opened at
    // start-up, or an import running until it ends or asks its trust question: screenshots wait.
    readonly property bool busy: (stack.currentItem !== null && stack.currentItem.busy === true)
                                 || Packs.loading || (Packs.busy && !Packs.trustPending) || importQueue.length > 0

    // Where the user is. The page stack is rebuilt from this when the layout switches between
    // phone and wide, so resizing never loses the current page.
    property string section: "home"     // home | search | quiz | settings
    property string category: ""
    property string skill: ""
    property bool about: false
    property bool catalogs: false
    property bool packs: false          // the pack library, under settings
    // Files waiting to be imported, one at a time (a drop or a second launch may bring several).
    property var importQueue: []
    property string searchText: ""

    // Each page is compiled the first time it is opened, so start-up compiles only Home.
    readonly property var pageFiles: ({
        home: "pages/HomePage.qml", category: "pages/CategoryPage.qml", skill: "pages/SkillPage.qml",
        search: "pages/SearchPage.qml", quiz: "pages/QuizPage.qml", quizSession: "pages/QuizSessionPage.qml",
        settings: "pages/SettingsPage.qml", about: "pages/AboutPage.qml", catalogs: "pages/CatalogsPage.qml",
        packs: "pages/PacksPage.qml"
    })
    property var pageComponents: ({})
    // What a page's signal asks of the window: one meaning per name, whichever page sends it.
    readonly property var pageSignals: ({
        categoryChosen: ref => window.openCategory(ref),
        skillChosen: ref => window.openSkill(ref),
        siblingChosen: ref => window.openSkill(ref),
        quizRequested: ref => window.startQuiz("skill", ref),
        categoryQuizRequested: ref => window.startQuiz("category", ref),
        refresherRequested: () => window.startQuiz("refresher", ""),
        autoSelected: ref => { window.skill = ref },
        searchRequested: () => window.openSection("search"),
        aboutRequested: () => window.openAbout(),
        catalogsRequested: () => window.openCatalogs(),
        packsRequested: () => window.openPacks(),
        filesChosen: urls => window.openFiles(urls),
        done: () => window.back()
    })

    function pageComponent(name) {
        let component = pageComponents[name]
        if (!component) {
            component = Qt.createComponent(pageFiles[name])
            if (component.status === Component.Error)
                console.warn(component.errorString())
            pageComponents[name] = component
        }
        return component
    }

    function wire(item) {
        for (const name in pageSignals)
            if (typeof item[name] === "function")
                item[name].connect(pageSignals[name])
        return item
    }

    function pushPage(name, properties, operation) {
        return wire(operation === undefined ? stack.push(pageComponent(name), properties || {})
                                            : stack.push(pageComponent(name), properties || {}, operation))
    }

    function replacePage(name, properties) {
        return wire(stack.replace(pageComponent(name), properties || {}))
    }

    onWideChanged: rebuild()
    Component.onCompleted: rebuild()

    function rebuild() {
        stack.clear(StackView.Immediate)
        if (section === "home") {
            pushPage("home", {}, StackView.Immediate)
            if (category !== "") {
                pushPage("category", { category: category, split: wide, selectedSkill: wide ? skill : "" },
                           StackView.Immediate)
                if (!wide && skill !== "")
                    pushPage("skill", { skill: skill }, StackView.Immediate)
            }
        } else if (section === "search") {
            pushPage("search", { query: searchText }, StackView.Immediate)
        } else if (section === "quiz") {
            pushPage("quiz", {}, StackView.Immediate)
            if (quiz.active)
                pushPage("quizSession", { quiz: quiz }, StackView.Immediate)
        } else if (section === "settings") {
            pushPage("settings", {}, StackView.Immediate)
            if (about)
                pushPage("about", {}, StackView.Immediate)
            else if (catalogs)
                pushPage("catalogs", {}, StackView.Immediate)
            else if (packs)
                pushPage("packs", {}, StackView.Immediate)
        }
    }

    function openSection(name) {
        if (name !== "quiz")
            quiz.stop()
        section = name
        category = ""
        skill = ""
        about = false
        catalogs = false
        packs = false
        rebuild()
    }

    function openCategory(ref) {
        category = ref
        skill = ""
        pushPage("category", { category: ref, split: wide })
    }

    function openSkill(anyRef) {
        const ref = App.canonicalSkill(anyRef)
        const cat = App.categoryOfSkill(ref)
        if (cat === "")
            return false
        if (section !== "home" || cat !== category) {
            section = "home"
            category = cat
            skill = ref
            rebuild()
            return true
        }
        skill = ref
        if (wide && stack.currentItem.objectName === "categoryPage")
            stack.currentItem.selectedSkill = ref
        else if (stack.currentItem.objectName === "skillPage")
            replacePage("skill", { skill: ref })
        else
            pushPage("skill", { skill: ref })
        return true
    }

    // kind: "skill" | "category" | "refresher"; ref names the skill or category.
    function startQuiz(kind, ref) {
        const started = kind === "skill" ? quiz.startSkill(ref)
                      : kind === "category" ? quiz.startCategory(ref)
                      : quiz.startRefresher()
        section = "quiz"
        category = ""
        skill = ""
        about = false
        rebuild()
        return started
    }

    function openAbout() {
        about = true
        pushPage("about")
    }

    // Catalogs sit under Settings (and Home's update notice leads there).
    function openCatalogs() {
        if (section !== "settings")
            openSection("settings")
        catalogs = true
        pushPage("catalogs")
    }

    // The library sits under Settings; Home's "could not be opened" line leads there too.
    function openPacks() {
        if (section !== "settings" || about || catalogs || packs)
            openSection("settings")
        packs = true
        pushPage("packs")
    }

    // Local pack files (a drop, the file picker, `maharat FILE`, a second launch): the library
    // page opens and imports them one after the other.
    function openFiles(urls) {
        const files = []
        for (let i = 0; i < urls.length; ++i)
            files.push(urls[i])
        if (files.length === 0)
            return false
        if (!packs)
            openPacks()
        importQueue = importQueue.concat(files)
        importNext()
        return true
    }

    // The trust prompt and the wrong-key warning answer imports: made when the first one starts.
    property var importDialogs: []
    function makeImportDialogs() {
        if (importDialogs.length === 0)
            importDialogs = ["components/TrustDialog.qml", "components/KeyWarningDialog.qml"].map(
                        file => Qt.createComponent(file).createObject(window))
    }

    function importNext() {
        if (importQueue.length > 0)
            makeImportDialogs()
        while (!Packs.busy && !Packs.loading && importQueue.length > 0) {
            const next = importQueue[0]
            importQueue = importQueue.slice(1)
            if (Packs.importFile(next))
                return
        }
    }

    Connections {
        target: Packs
        function onBusyChanged() {
            if (!Packs.busy)
                window.importNext()
        }
        // Files given at start-up wait until every installed pack is open.
        function onLoadingChanged() {
            if (!Packs.loading)
                window.importNext()
        }
    }

    function back() {
        if (stack.depth <= 1)
            return false
        stack.pop()
        const top = stack.currentItem
        if (top.objectName === "categoryPage") {
            skill = ""
        } else if (top.objectName === "homePage") {
            category = ""
            skill = ""
        } else if (top.objectName === "settingsPage") {
            about = false
            catalogs = false
            packs = false
        } else if (top.objectName === "quizPage") {
            quiz.stop()
        }
        return true
    }

    // Deep links (--page): home, category:<ref>, skill:<ref>, search:<text>, quiz, settings,
    // about, catalogs, packs. Returns false for an unknown route or a ref that does not exist.
    function openRoute(route) {
        const colon = route.indexOf(":")
        const kind = colon < 0 ? route : route.substring(0, colon)
        const arg = colon < 0 ? "" : route.substring(colon + 1)
        if (kind === "quiz" && arg.length > 0)
            return startQuiz("skill", arg)
        if (kind === "home" || kind === "quiz" || kind === "settings" || kind === "about") {
            openSection(kind === "about" ? "settings" : kind)
            if (kind === "about")
                openAbout()
            return true
        }
        // catalogs, or catalogs:download:<pack id> to start that pack's download.
        if (kind === "catalogs") {
            openSection("settings")
            openCatalogs()
            return arg.startsWith("download:") ? Catalogs.downloadPack(arg.substring(9)) : arg.length === 0
        }
        if (kind === "packs") {
            openSection("settings")
            openPacks()
            return true
        }
        if (kind === "refresher") {
            startQuiz("refresher", "")
            return true
        }
        if (kind === "search") {
            searchText = arg
            openSection("search")
            return true
        }
        if (kind === "category" && arg.length > 0) {
            openSection("home")
            category = arg
            rebuild()
            return stack.currentItem.found === true
        }
        if (kind === "skill" && arg.length > 0) {
            openSection("home")
            return openSkill(arg)
        }
        return false
    }

    QuizController { id: quiz }

    Shortcut {
        sequences: [StandardKey.Back, "Esc"]
        onActivated: window.back()
    }

    header: ToolBar {
        Material.background: Theme.toolbar
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
                onClicked: window.back()
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: stack.depth > 1 ? 0 : Theme.margin
                text: stack.currentItem && stack.currentItem.pageTitle ? stack.currentItem.pageTitle : window.title
                font.pixelSize: Theme.title
                font.weight: Font.DemiBold
                elide: Label.ElideRight
                horizontalAlignment: Qt.AlignLeft
                verticalAlignment: Qt.AlignVCenter
                Accessible.role: Accessible.TitleBar
            }
            ToolButton {
                id: languageButton
                icon.source: "icons/language.svg"
                icon.color: "white"
                //: Accessible name of the toolbar button that changes the interface language
                Accessible.name: qsTr("Language")
                // The menu is made on the first click, not at start-up.
                property var menu: null
                onClicked: {
                    if (!menu)
                        menu = languageMenu.createObject(languageButton, { y: languageButton.height })
                    menu.open()
                }
                Component {
                    id: languageMenu
                    Menu {
                        objectName: "languageMenu"
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
    }

    footer: NavigationBar {
        visible: !window.wide
        current: window.section
        onChosen: name => window.openSection(name)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        // Made only on a wide window: a phone never builds it.
        Loader {
            active: window.wide
            visible: active
            Layout.fillHeight: true
            Layout.preferredWidth: 220
            sourceComponent: SideNavigation {
                current: window.section
                onChosen: name => window.openSection(name)
            }
        }
        StackView {
            id: stack
            objectName: "stack"
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }

    // Pack files dropped anywhere on the window are imported (desktop).
    DropArea {
        id: drop
        objectName: "packDropArea"
        anchors.fill: parent
        keys: ["text/uri-list"]
        onEntered: drag => drag.accepted = drag.hasUrls
        onDropped: drop => {
            const files = drop.urls.filter(u => u.toString().startsWith("file:"))
            if (files.length > 0 && window.openFiles(files))
                drop.acceptProposedAction()
        }
        Rectangle {
            anchors.fill: parent
            visible: drop.containsDrag
            color: Theme.primary
            opacity: 0.15
            border.color: Theme.primary
            border.width: 3
        }
    }


    // Built only when a clip could not play.
    Loader {
        active: Audio.error.length > 0
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        sourceComponent: AudioBanner {}
    }
}
