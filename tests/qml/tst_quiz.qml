import QtQuick
import QtTest
import Maharat

// A person answers a "which phrasing is better?" question through the UI and sees the verdict
// and the explanation; the answer reaches the schedule.
TestCase {
    id: tc
    name: "Quiz"
    when: windowShown

    Component {
        id: mainWindow
        Main {}
    }

    function test_answerPhrasingQuestion() {
        App.language = "en"
        const win = createTemporaryObject(mainWindow, null, { width: 360, height: 640 })
        verify(win.openRoute("quiz:patience"))
        const stack = findChild(win.contentItem, "stack")
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "quizSessionPage")
        const page = stack.currentItem
        const quiz = page.quiz
        // Walk to the phrasing question (the order is shuffled), answering the others.
        let guard = 0
        while (quiz.type !== "phrasing" && guard++ < 5) {
            quiz.answer(quiz.options[0].id)
            quiz.next()
        }
        compare(quiz.type, "phrasing")
        wait(50) // let the previous questions' delegates be deleted before looking one up
        const good = findChild(page, "option-good")
        verify(good !== null)
        tryVerify(() => good.visible && good.width > 0)
        mouseClick(good)
        tryVerify(() => quiz.answered)
        compare(quiz.chosen, "good")
        const verdict = findChild(page, "quizVerdict")
        const explanation = findChild(page, "quizExplanation")
        tryVerify(() => verdict.visible)
        compare(verdict.text, "Right!")
        compare(explanation.text, "The second.")
        verify(quiz.goodClip.length > 0 || quiz.goodClip === "") // the mini pack has one recorded clip
        const next = findChild(page, "quizNext")
        verify(next.visible)
    }

    function test_wrongAnswerShowsTheRightOne() {
        App.language = "en"
        const win = createTemporaryObject(mainWindow, null, { width: 360, height: 640 })
        verify(win.openRoute("quiz:listening"))
        const stack = findChild(win.contentItem, "stack")
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "quizSessionPage")
        const page = stack.currentItem
        compare(page.quiz.type, "truefalse")
        const wrong = findChild(page, "option-true") // the statement is false
        tryVerify(() => wrong.visible && wrong.width > 0)
        mouseClick(wrong)
        tryVerify(() => page.quiz.answered)
        compare(page.quiz.lastCorrect, false)
        compare(page.quiz.correctOption, "false")
        compare(findChild(page, "quizVerdict").text, "Not quite.")
        page.quiz.next()
        tryVerify(() => page.quiz.finished)
        compare(findChild(page, "quizScore").text, "You got 0 of 1 right")
        compare(page.quiz.revisit.length, 1)

        // The category list now shows a progress mark for the quizzed topic only.
        verify(win.openRoute("category:basics"))
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "categoryPage")
        tryVerify(() => findChild(stack.currentItem, "skillRow-org.maharat.test-mini/listening") !== null)
        const listened = findChild(stack.currentItem, "skillRow-org.maharat.test-mini/listening")
        verify(listened.mastery >= 0 && listened.mastery <= 1, "mastery " + listened.mastery)
    }
}
