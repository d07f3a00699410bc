import QtQuick
import QtTest
import Maharat

// Direction, language switching, digits and the phone/wide threshold, on the real main window.
TestCase {
    id: tc
    name: "Layout"
    when: windowShown

    Component {
        id: mainWindow
        Main {}
    }

    function openWindow(w, h) {
        const win = createTemporaryObject(mainWindow, null, { width: w, height: h })
        verify(win !== null)
        waitForRendering(win.contentItem)
        return win
    }

    function cleanup() {
        App.language = "en"
        Settings.latinDigits = false
    }

    function test_mirroring_data() {
        return [
            { tag: "fa", lang: "fa", rtl: true },
            { tag: "ar", lang: "ar", rtl: true },
            { tag: "en", lang: "en", rtl: false }
        ]
    }

    function test_mirroring(data) {
        App.language = data.lang
        const win = openWindow(360, 640)
        verify(win.openRoute("skill:patience"))
        const header = findChild(win.contentItem, "skillHeader")
        const title = findChild(header, "skillTitle")
        verify(title !== null)
        tryVerify(() => title.width > 0)
        // The header's leading element sits at the right in fa/ar and at the left in en.
        const left = title.mapToItem(win.contentItem, 0, 0).x
        const right = left + title.width
        if (data.rtl) {
            verify(right > win.width - 40, "right edge " + right)
            verify(left > 80, "left edge " + left)
        } else {
            verify(left < 40, "left edge " + left)
            verify(right < win.width - 80, "right edge " + right)
        }
    }

    function test_languageSwitchRetranslates() {
        const win = openWindow(360, 640)
        // Buttons are re-created when their labels retranslate: look them up each time.
        const homeText = () => {
            const b = findChild(win.footer, "nav-home")
            return b ? b.text : ""
        }
        compare(homeText(), "Home")
        App.language = "fa"
        tryVerify(() => /[\u0600-\u06FF]/.test(homeText()), 5000, "Persian label: " + homeText())
        verify(win.contentItem.LayoutMirroring.enabled)
        App.language = "en"
        tryVerify(() => homeText() === "Home")
        verify(!win.contentItem.LayoutMirroring.enabled)
    }

    function test_digitsFollowLanguage_data() {
        return [
            { tag: "fa", lang: "fa", expected: "۱۲" },
            { tag: "ar", lang: "ar", expected: "١٢" },
            { tag: "en", lang: "en", expected: "12" }
        ]
    }

    function test_digitsFollowLanguage(data) {
        App.language = data.lang
        compare(App.number(12), data.expected)
        Settings.latinDigits = true
        compare(App.number(12), "12")
    }

    function test_layoutThreshold() {
        const win = openWindow(699, 640)
        const side = () => findChild(win.contentItem, "sideNavigation")
        const sideShown = () => side() !== null && side().visible
        verify(win.footer.visible)
        // A phone-width window does not even build the side navigation.
        verify(side() === null)
        win.width = 700
        tryVerify(() => sideShown() && !win.footer.visible)
        win.width = 360
        tryVerify(() => !sideShown() && win.footer.visible)
    }

    function test_resizeKeepsThePage() {
        const win = openWindow(360, 640)
        verify(win.openRoute("skill:listening"))
        const stack = findChild(win.contentItem, "stack")
        compare(stack.currentItem.objectName, "skillPage")
        compare(stack.currentItem.skill, "org.maharat.test-mini/listening")
        // The stack is rebuilt, so look the current page up again each time.
        win.width = 1000
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "categoryPage")
        compare(stack.currentItem.selectedSkill, "org.maharat.test-mini/listening")
        win.width = 360
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "skillPage")
        compare(stack.currentItem.skill, "org.maharat.test-mini/listening")
    }

    function test_bookmarkShowsOnHome() {
        App.language = "en"
        const win = openWindow(360, 640)
        verify(win.openRoute("skill:listening"))
        const button = findChild(win.contentItem, "bookmarkButton")
        verify(button !== null)
        tryVerify(() => button.visible && button.width > 0)
        const before = button.on
        mouseClick(button)
        tryVerify(() => button.on !== before)
        verify(UserData.isBookmarked("org.maharat.test-mini/listening") === !before)
        if (before)
            mouseClick(button) // leave it bookmarked for the check below
        verify(win.openRoute("home"))
        const stack = findChild(win.contentItem, "stack")
        tryVerify(() => findChild(stack.currentItem, "homeBookmarks") !== null)
        tryVerify(() => findChild(stack.currentItem, "homeBookmarks").count === 1)
    }
}
