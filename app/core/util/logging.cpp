#include "logging.h"

Q_LOGGING_CATEGORY(lcPack, "maharat.pack", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLibrary, "maharat.library", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "maharat.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcQuiz, "maharat.quiz", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProgress, "maharat.progress", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudio, "maharat.audio", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "maharat.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "maharat.catalog", QtInfoMsg)
