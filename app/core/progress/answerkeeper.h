#pragma once
#include "progressstore.h"

#include <QList>

namespace maharat {

// Answers the progress store could not take (a full disk, a store that did not open) are held
// here in memory, oldest first, and written as soon as the store takes writes again; the quiz
// screen says so for as long as any are held. They are lost only if the app is closed first.
class AnswerKeeper
{
public:
    // Writes earlier held answers, then this one; holds whatever the store refuses.
    // True when nothing is held afterwards.
    bool record(ProgressStore &store, const Attempt &attempt, const quiz::CardState &next);
    // Tries again: reopens a store whose failure may have passed, then writes the held answers.
    bool flush(ProgressStore &store);
    int held() const { return int(m_held.size()); }
    // Whether answers given now are kept: the store is open and nothing is waiting.
    bool keeping(const ProgressStore &store) const { return store.isOpen() && m_held.isEmpty(); }

    // At most this many are held; beyond it the oldest are dropped (and logged).
    static constexpr int MaxHeld = 5000;

private:
    struct Held {
        Attempt attempt;
        quiz::CardState next;
    };
    QList<Held> m_held;
};

} // namespace maharat
