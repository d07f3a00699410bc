#include "answerkeeper.h"

#include "logging.h"

namespace maharat {

bool AnswerKeeper::record(ProgressStore &store, const Attempt &attempt, const quiz::CardState &next)
{
    m_held.append({attempt, next});
    if (m_held.size() > MaxHeld) {
        qCWarning(lcProgress) << "more than" << MaxHeld << "answers waiting; the oldest is dropped";
        m_held.removeFirst();
    }
    return flush(store);
}

bool AnswerKeeper::flush(ProgressStore &store)
{
    if (m_held.isEmpty())
        return true;
    if (!store.isOpen() && !store.reopen())
        return false;
    // Oldest first, stopping at the first refusal so the order of answers is kept.
    qsizetype written = 0;
    while (written < m_held.size() && store.recordAnswer(m_held[written].attempt, m_held[written].next))
        ++written;
    m_held.remove(0, written);
    if (written > 0 && m_held.isEmpty())
        qCInfo(lcProgress) << "held answers written;" << written << "in all";
    return m_held.isEmpty();
}

} // namespace maharat
