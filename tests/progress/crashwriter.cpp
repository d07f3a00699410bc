// Writes quiz answers into a progress store as fast as it can, printing the number of answers
// whose transaction has committed. tst_crashsafety kills it with SIGKILL at random moments.
// `crash-writer --open PATH` only opens (creates, migrates) the store and prints its status:
// tst_startuprace starts two at once.
#include "progressstore.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace maharat;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    if (qstrcmp(argv[1], "--open") == 0) {
        ProgressStore store;
        const ProgressStore::Status status = store.open(QString::fromLocal8Bit(argv[2]));
        std::printf("%d\n", int(status));
        return status == ProgressStore::Status::Ok ? 0 : 1;
    }
    ProgressStore store;
    if (store.open(QString::fromLocal8Bit(argv[1])) != ProgressStore::Status::Ok)
        return 1;
    const int first = QString::fromLatin1(argv[2]).toInt();
    for (int n = first;; ++n) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Attempt a{{u"org.test"_s, u"s.q"_s + QString::number(n), u"s"_s}, u"a"_s, n % 3 != 0, 1000 + n % 500,
                  quiz::Rating::Good, now};
        quiz::CardState state;
        state.memory = quiz::MemoryState{5.0, 2.5};
        state.lastReview = now;
        state.due = now.addDays(2);
        state.reps = 1;
        if (!store.recordAnswer(a, state)) {
            std::fprintf(stderr, "answer %d not recorded\n", n);
            return 1;
        }
        // Acknowledged only once the commit has returned: this answer must survive a kill.
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
}
