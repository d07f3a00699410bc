import QtQuick

// The four places of the app, shared by the bottom bar and the side bar.
QtObject {
    readonly property var items: [
        //: Navigation: the home page with categories
        { name: "home", icon: "../icons/home.svg", label: qsTr("Home") },
        //: Navigation: the search page
        { name: "search", icon: "../icons/search.svg", label: qsTr("Search") },
        //: Navigation: quizzes and refreshers
        { name: "quiz", icon: "../icons/quiz.svg", label: qsTr("Quiz") },
        //: Navigation: the settings page
        { name: "settings", icon: "../icons/settings.svg", label: qsTr("Settings") }
    ]
}
