import QtQuick
import QtTest
import Maharat
import MaharatTest

// The import flow and the trust prompt on the real window, with real signed pack files: a key
// the app has never seen asks first (fingerprint in the interface's digits); accept installs and
// pins it, reject installs nothing; an update signed by another key is refused with a warning;
// an unsigned pack is installed only after its warning.
TestCase {
    id: tc
    name: "Packs"
    when: windowShown

    Component {
        id: mainWindow
        Main {}
    }

    SignalSpy { id: trustSpy; target: Packs; signalName: "trustRequested" }
    SignalSpy { id: importedSpy; target: Packs; signalName: "imported" }
    SignalSpy { id: failedSpy; target: Packs; signalName: "importFailed" }

    function init() {
        trustSpy.clear()
        importedSpy.clear()
        failedSpy.clear()
    }

    function cleanup() {
        App.language = "en"
        Packs.onlySignedPacks = false
    }

    function openLibrary(w, h) {
        const win = createTemporaryObject(mainWindow, null, { width: w, height: h })
        verify(win !== null)
        waitForRendering(win.contentItem)
        verify(win.openRoute("packs"))
        tryVerify(() => findChild(win.contentItem, "packsPage") !== null)
        return win
    }

    // The pack ids of the cards on the library page.
    function listedIds(win) {
        const ids = []
        const walk = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const c = item.children[i]
                if (c.packId !== undefined && c.signerKind !== undefined && c.visible)
                    ids.push(c.packId)
                walk(c)
            }
        }
        walk(findChild(win.contentItem, "packsPage"))
        return ids
    }

    function card(win, id) {
        let found = null
        const walk = item => {
            for (let i = 0; i < item.children.length && !found; ++i) {
                const c = item.children[i]
                if (c.packId === id && c.signerKind !== undefined)
                    found = c
                else
                    walk(c)
            }
        }
        walk(findChild(win.contentItem, "packsPage"))
        return found
    }

    function toDigits(ascii, zero) {
        return ascii.replace(/[0-9]/g, d => String.fromCharCode(zero + Number(d)))
    }

    function waitIdle() {
        tryVerify(() => !Packs.busy, 20000, "import still running")
    }

    function removeIfInstalled(win, id) {
        if (listedIds(win).indexOf(id) < 0)
            return
        verify(Packs.removePack(id))
        waitIdle()
        tryVerify(() => listedIds(win).indexOf(id) < 0)
    }

    function test_1_unknownKeyRejected() {
        const win = openLibrary(360, 640)
        const before = Packs.installed.count
        const filesBefore = TestFiles.packFiles(TestFiles.userPacksDir).length
        verify(win.openFiles(["file://" + TestFiles.stranger]))
        tryCompare(trustSpy, "count", 1, 20000)
        const dialog = findChild(win, "trustDialog")
        tryVerify(() => dialog.opened)
        verify(!dialog.unsignedPack)
        verify(dialog.fingerprint.length > 0)
        const reject = findChild(dialog.footer, "trustReject")
        mouseClick(reject)
        waitIdle()
        tryVerify(() => !dialog.visible)
        compare(importedSpy.count, 0)
        compare(Packs.installed.count, before)
        verify(listedIds(win).indexOf("org.maharat.test-stranger") < 0)
        compare(TestFiles.packFiles(TestFiles.userPacksDir).length, filesBefore)
    }

    function test_2_unknownKeyAcceptedInPersian() {
        App.language = "fa"
        const win = openLibrary(1280, 800)
        const before = Packs.installed.count
        verify(win.openFiles(["file://" + TestFiles.partner]))
        tryCompare(trustSpy, "count", 1, 20000)
        const dialog = findChild(win, "trustDialog")
        tryVerify(() => dialog.opened)
        // Eight groups of four, in Persian digits, the same digits as the key's fingerprint.
        const persian = toDigits(TestFiles.partnerFingerprint, 0x06F0)
        compare(dialog.fingerprint, persian)
        compare(dialog.fingerprint.split(" ").length, 8)
        verify(/^[۰-۹ ]+$/.test(dialog.fingerprint), dialog.fingerprint)
        compare(dialog.publisher, "Maharat tests")
        // What is drawn: one label per group, in reading order.
        const fp = findChild(dialog.contentItem, "trustFingerprint")
        verify(fp !== null)
        compare(fp.fingerprint, persian)
        mouseClick(findChild(dialog.footer, "trustAccept"))
        tryCompare(importedSpy, "count", 1, 20000)
        waitIdle()
        compare(importedSpy.signalArguments[0][0], "org.maharat.test-partner")
        tryCompare(Packs.installed, "count", before + 1)
        tryVerify(() => card(win, "org.maharat.test-partner") !== null)
        const c = card(win, "org.maharat.test-partner")
        compare(c.signerKind, "key")
        compare(c.fingerprint, persian)
        verify(c.removable)
        const message = findChild(win.contentItem, "importMessage")
        tryVerify(() => message.visible && message.text.length > 0)
    }

    function test_3_updateWithAnotherKeyIsRefused() {
        const win = openLibrary(360, 640)
        verify(listedIds(win).indexOf("org.maharat.test-partner") >= 0, "needs test_2's install")
        verify(win.openFiles(["file://" + TestFiles.partnerForged]))
        tryCompare(failedSpy, "count", 1, 20000)
        waitIdle()
        compare(trustSpy.count, 0) // never asked: the pinned key decides
        compare(Packs.lastErrorCode, "key-mismatch")
        const warning = findChild(win, "keyWarningDialog")
        tryVerify(() => warning.opened)
        verify(warning.message.length > 0)
        warning.close()
        // The installed version (3) stays.
        compare(card(win, "org.maharat.test-partner").version, 3)
        removeIfInstalled(win, "org.maharat.test-partner")
    }

    function test_4_unsignedAfterWarning() {
        const win = openLibrary(360, 640)
        verify(win.openFiles(["file://" + TestFiles.unsignedPack]))
        tryCompare(trustSpy, "count", 1, 20000)
        const dialog = findChild(win, "trustDialog")
        tryVerify(() => dialog.opened)
        verify(dialog.unsignedPack)
        mouseClick(findChild(dialog.footer, "trustAccept"))
        tryCompare(importedSpy, "count", 1, 20000)
        waitIdle()
        tryVerify(() => card(win, "org.maharat.test-unsigned") !== null)
        compare(card(win, "org.maharat.test-unsigned").signerKind, "unsigned")
        removeIfInstalled(win, "org.maharat.test-unsigned")
    }

    function test_5_onlySignedRefusesUnsigned() {
        const win = openLibrary(360, 640)
        Packs.onlySignedPacks = true
        verify(win.openFiles(["file://" + TestFiles.unsignedPack]))
        tryCompare(failedSpy, "count", 1, 20000)
        waitIdle()
        compare(trustSpy.count, 0)
        compare(Packs.lastErrorCode, "unsigned-refused")
        verify(listedIds(win).indexOf("org.maharat.test-unsigned") < 0)
    }
}
