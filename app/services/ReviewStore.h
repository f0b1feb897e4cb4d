#pragma once

#include "app/core/Result.h"
#include "app/services/ReviewTypes.h"

#include <QCoreApplication>
#include <QVariantList>

namespace burgernet {

class Database;

// The review's SQL: aggregate queries over the actions, their tips and the review summaries
// (outbox rows only for actions not yet summarised), the same text on SQLite and PostgreSQL.
// Times are grouped in the database by the UTC hour or the minute and folded into local hours,
// weekdays, weeks and months here, because the two databases share no date functions.
// No permission checks: ReviewService does them.
class ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ReviewStore)

public:
    explicit ReviewStore(Database& db);

    Result<QList<ReviewRow>> overview(const ReviewFilter& filter, Mode mode, int limit) const;
    // `now` ends the 30 days of message fatigue when the filter has no end.
    Result<ReviewStats> stats(const ReviewFilter& filter, Mode mode,
                              const QDateTime& now = {}) const;
    Result<ActionReport> action(qint64 id, Mode mode, int closingLimitMinutes) const;

    // Summaries for every action that is closed or cancelled and has nothing left waiting in the
    // outbox, and none yet; returns how many were made.
    Result<qint64> summariseFinished(const QDateTime& now) const;
    // Drops an action's summary: its rows are waiting again (a retry after it was closed), so it
    // is made anew once they are done.
    Status forget(qint64 id) const;

    // The WHERE clause (over `actions a`) of a filter, with its values in order.
    struct Where
    {
        QString sql;
        QVariantList values;
    };
    static Where whereOf(const ReviewFilter& filter, Mode mode, qint64 onlyId = 0);

private:
    Result<QList<ReviewRow>> rowsOf(const Where& w, int closingLimitMinutes, int limit) const;
    Status addChannels(QList<ReviewRow>& rows) const;
    Status addChannelStats(ReviewStats& stats, const Where& where) const;
    Status addDelays(ReviewStats& stats, const Where& where) const;
    Status addFatigue(ReviewStats& stats, Mode mode, const QDateTime& now) const;
    Status summarise(qint64 id, const QString& areaJson, qint64 nowMs) const;
    Status addPlaces(ActionReport& report) const;

    Database& m_db;
};

} // namespace burgernet
