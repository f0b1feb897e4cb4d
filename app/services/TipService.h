#pragma once

#include "app/core/Result.h"
#include "app/dispatch/TextChecks.h"
#include "app/dispatch/Tip.h"

#include <QCoreApplication>
#include <QGeoCoordinate>

namespace burgernet {

class ActionNotifier;
class AuditService;
class Clock;
class Database;

// The call-back tips of an action, for the window and burgernetctl alike: logged, corrected
// and rated by those who compose actions (Permission::ComposeAction), read by those who see
// actions. Each change is recorded before it takes effect, with the facts only (source, rating,
// whether it has a place): the text may still name someone, so it stays out of the log. The
// text checks warn about personal data; they never refuse (the dispatcher decides).
class TipService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::TipService)

public:
    // Longer than this is not a tip's note any more but a statement, which belongs elsewhere.
    static constexpr int kMaxTextLength = 500;

    TipService(Database& db, AuditService& audit, const Clock& clock, ActionNotifier& notifier);

    struct Saved
    {
        qint64 id = 0;
        QList<TextWarning> warnings;
    };
    // An invalid `at` is now on the session's clock.
    Result<Saved> add(qint64 actionId, Tip tip);
    // A tip the app platform passed on through the authenticated callback listener: no person
    // of this session logged it, so it is recorded as the program's, unrated (it raises an
    // alarm until someone rates it) and by author "app".
    Result<Saved> receive(qint64 actionId, Tip tip);
    static constexpr const char* kAppAuthor = "app";
    // Changes time, place, source, text and rating of tip `tip.id`.
    Result<Saved> edit(const Tip& tip);
    Status rate(qint64 tipId, TipRating rating);

    Result<QList<Tip>> tips(qint64 actionId) const;
    Result<Tip> tip(qint64 tipId) const;
    // Tips, useful tips and the time from the first message to the first tip.
    Result<TipSummary> summary(qint64 actionId) const;

    // The warnings a tip's text gets (personal data, as in the message checks).
    static QList<TextWarning> check(const QString& text);
    // A place as typed: coordinates in any form LocationParser reads, or empty / "unknown" /
    // "onbekend" for no place (an invalid coordinate).
    static Result<QGeoCoordinate> parsePlace(const QString& text);

private:
    Status validate(const Tip& tip) const;
    Result<Saved> store(qint64 actionId, Tip tip, bool bySystem);

    Database& m_db;
    AuditService& m_audit;
    const Clock& m_clock;
    ActionNotifier& m_notifier;
};

} // namespace burgernet
