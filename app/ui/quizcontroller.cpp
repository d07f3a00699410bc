#include "quizcontroller.h"

#include "appcontext.h"
#include "contentmodels.h"
#include "languages.h"
#include "uiapp.h"
#include "uisettings.h"
#include "userdata.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace maharat {

QuizController::QuizController(QObject *parent)
    : QObject(parent), m_rng(QRandomGenerator::securelySeeded())
{
    if (UiApp *app = UiApp::instance())
        connect(app, &UiApp::languageChanged, this, &QuizController::changed);
    m_retry.setInterval(5000);
    connect(&m_retry, &QTimer::timeout, this, &QuizController::retrySaving);
}

bool QuizController::notKept() const
{
    AppContext *ctx = AppContext::instance();
    return m_active && ctx && !ctx->answers().keeping(ctx->progress());
}

QString QuizController::notKeptReason() const
{
    AppContext *ctx = AppContext::instance();
    if (!notKept())
        return {};
    if (!ctx->progress().isOpen())
        return ctx->progress().errorMessage();
    //: Under "Your answers are not being saved"; %Ln is how many answers are waiting
    return QCoreApplication::translate("Quiz", "%Ln answer(s) could not be saved yet. This device may be full. "
                                               "Maharat keeps trying while it stays open.",
                                       "", ctx->answers().held());
}

// Writes held answers (reopening the store if its problem may have passed); the screen and the
// statistics follow when that changes anything.
void QuizController::retrySaving()
{
    AppContext *ctx = AppContext::instance();
    if (!ctx)
        return;
    const bool wasOpen = ctx->progress().isOpen();
    const int heldBefore = ctx->answers().held();
    ctx->answers().flush(ctx->progress());
    if (!ctx->progress().isOpen() && !wasOpen)
        ctx->progress().reopen();
    if (ctx->progress().isOpen() != wasOpen || ctx->answers().held() != heldBefore) {
        if (UserData *data = UserData::instance())
            data->notifyStoreChanged();
        emit changed();
    }
    updateRetry();
}

void QuizController::updateRetry()
{
    if (notKept())
        m_retry.start();
    else
        m_retry.stop();
}

bool QuizController::begin(const QString &kind, const QString &subject, QList<quiz::QuizItem> items)
{
    m_kind = kind;
    m_subject = subject;
    m_session = quiz::QuizSession(std::move(items));
    m_active = true;
    m_chosen.clear();
    m_clock.start();
    retrySaving();
    updateRetry();
    emit changed();
    return m_session.count() > 0;
}

bool QuizController::startSkill(const QString &skillRef)
{
    AppContext *ctx = AppContext::instance();
    if (!ctx)
        return false;
    const Library::SkillRef skill = ctx->library().findSkill(skillRef);
    if (!skill)
        return false;
    return begin(u"skill"_s, skill.pack->content.manifest.id + u'/' + skill.skill->id,
                 quiz::skillQuiz(ctx->library(), skill, m_rng));
}

bool QuizController::startCategory(const QString &categoryRef)
{
    AppContext *ctx = AppContext::instance();
    if (!ctx)
        return false;
    const Library::CategoryRef category = ctx->library().findCategory(categoryRef);
    if (!category)
        return false;
    // 5–10 questions: about two minutes.
    const int topics = int(ctx->library().skillsOf(category).size());
    return begin(u"category"_s, category.pack->content.manifest.id + u'/' + category.category->id,
                 quiz::categoryQuiz(ctx->library(), category, m_rng, std::clamp(topics * 2, 5, 10)));
}

bool QuizController::startRefresher()
{
    AppContext *ctx = AppContext::instance();
    if (!ctx || !ctx->progress().isOpen())
        return false;
    return begin(u"refresher"_s, QString(),
                 quiz::refresherQuiz(ctx->library(), ctx->progress().schedule(),
                                     QDateTime::currentDateTimeUtc(), m_rng));
}

void QuizController::stop()
{
    m_active = false;
    m_retry.stop();
    m_session = quiz::QuizSession();
    emit changed();
}

QString QuizController::lang() const
{
    const UiApp *app = UiApp::instance();
    const QString wanted = app ? app->language() : u"en"_s;
    if (!m_active || m_session.finished())
        return wanted;
    return pickLanguage(m_session.current().pack->content, wanted);
}

bool QuizController::contentRtl() const
{
    return isRightToLeft(lang());
}

QString QuizController::title() const
{
    AppContext *ctx = AppContext::instance();
    if (!ctx || !m_active)
        return {};
    if (m_kind == u"skill") {
        const auto s = ctx->library().findSkill(m_subject);
        return s ? s.skill->text.value(pickLanguage(s.pack->content, lang())).title : QString();
    }
    if (m_kind == u"category") {
        const auto c = ctx->library().findCategory(m_subject);
        return c ? c.category->title.value(pickLanguage(c.pack->content, lang())) : QString();
    }
    //: Title of the quiz made of the questions due today
    return QCoreApplication::translate("Quiz", "Daily refresher");
}

QString QuizController::type() const
{
    return m_active && !m_session.finished() ? m_session.current().question->type : QString();
}

QString QuizController::stem() const
{
    return m_active && !m_session.finished() ? m_session.current().question->stem.value(lang()) : QString();
}

QVariantList QuizController::options() const
{
    QVariantList out;
    if (!m_active || m_session.finished())
        return out;
    const quiz::QuizItem &item = m_session.current();
    const QString l = lang();
    const QString packId = item.pack->content.manifest.id;
    for (const QString &id : item.optionOrder) {
        for (const QuestionOption &o : item.question->options) {
            if (o.id != id)
                continue;
            QString text = o.text.value(l);
            if (item.question->type == u"truefalse")
                text = id == u"true"
                           //: Answer button of a true/false question
                           ? QCoreApplication::translate("Quiz", "True")
                           //: Answer button of a true/false question
                           : QCoreApplication::translate("Quiz", "False");
            const QString media = o.media.value(l);
            out.append(QVariantMap{{u"id"_s, id},
                                   {u"text"_s, text},
                                   {u"clip"_s, media.isEmpty() ? QString() : QString(packId + u'/' + media)}});
        }
    }
    return out;
}

QString QuizController::correctOption() const
{
    return answered() ? m_session.current().correctOptionId() : QString();
}

QString QuizController::explanation() const
{
    return answered() ? m_session.current().question->explanation.value(lang()) : QString();
}

QString QuizController::goodClip() const
{
    if (!answered() || m_session.current().question->type != u"phrasing")
        return {};
    for (const QVariant &v : options())
        if (v.toMap().value(u"id"_s).toString() == u"good")
            return v.toMap().value(u"clip"_s).toString();
    return {};
}

void QuizController::answer(const QString &optionId)
{
    if (!m_active || m_session.finished() || m_session.currentAnswered())
        return;
    const qint64 elapsed = m_clock.elapsed();
    const quiz::QuizItem item = m_session.current();
    m_lastCorrect = m_session.answer(optionId, elapsed);
    m_chosen = optionId;
    if (AppContext *ctx = AppContext::instance()) {
        const double retention = UiSettings::instance() ? UiSettings::instance()->targetRetention() : 0.9;
        const bool wasOpen = ctx->progress().isOpen();
        const quiz::GradedAnswer graded = quiz::gradeAnswer(ctx->progress(), quiz::Scheduler(retention), item, optionId,
                                                            m_lastCorrect, elapsed, QDateTime::currentDateTimeUtc());
        // Held in memory if the store refuses it, and written once it takes writes again.
        ctx->answers().record(ctx->progress(), graded.attempt, graded.next);
        if (UserData *data = UserData::instance()) {
            if (ctx->progress().isOpen() != wasOpen)
                data->notifyStoreChanged();
            data->notifyProgress();
        }
    }
    updateRetry();
    emit changed();
}

void QuizController::next()
{
    m_session.next();
    m_chosen.clear();
    m_clock.restart();
    emit changed();
}

QVariantList QuizController::revisit() const
{
    QVariantList out;
    if (!m_active)
        return out;
    for (const quiz::QuizItem &item : m_session.items()) {
        for (const Skill *s : m_session.topicsToRevisit()) {
            if (s != item.skill)
                continue;
            const QString ref = item.pack->content.manifest.id + u'/' + s->id;
            const QVariantMap entry{{u"ref"_s, ref},
                                    {u"title"_s, s->text.value(pickLanguage(item.pack->content, lang())).title}};
            if (!out.contains(entry))
                out.append(entry);
        }
    }
    return out;
}

} // namespace maharat
