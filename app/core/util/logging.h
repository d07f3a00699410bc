#pragma once
#include <QLoggingCategory>

// One category per subsystem, so QT_LOGGING_RULES can switch each on and off on its own.
Q_DECLARE_LOGGING_CATEGORY(lcPack)
Q_DECLARE_LOGGING_CATEGORY(lcLibrary)
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
Q_DECLARE_LOGGING_CATEGORY(lcQuiz)
Q_DECLARE_LOGGING_CATEGORY(lcProgress)
Q_DECLARE_LOGGING_CATEGORY(lcAudio)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
