#pragma once

#include "app/storage/EncodedParticipant.h"

#include <QByteArray>
#include <QDateTime>

#include <sqlite3.h>

namespace burgernet {

// A prepared statement of the SQLite participant writers, bound in place from encoded
// participants: no copies of the text on the writing thread.
class ParticipantStatement
{
public:
    ParticipantStatement(sqlite3* db, const char* sql)
    {
        sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    }
    ~ParticipantStatement() { sqlite3_finalize(m_stmt); }
    ParticipantStatement(const ParticipantStatement&) = delete;
    ParticipantStatement& operator=(const ParticipantStatement&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    // Bound in place: `value` must outlive the statement's next step.
    ParticipantStatement& text(int i, EncodedParticipant::Text value)
    {
        if (value.data)
            sqlite3_bind_text(m_stmt, i, value.data, value.size, SQLITE_STATIC);
        else
            sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    ParticipantStatement& text(int i, const char* latin1)
    {
        sqlite3_bind_text(m_stmt, i, latin1, -1, SQLITE_STATIC);
        return *this;
    }
    ParticipantStatement& integer(int i, qint64 value)
    {
        sqlite3_bind_int64(m_stmt, i, value);
        return *this;
    }
    ParticipantStatement& nullableTime(int i, const QDateTime& time)
    {
        if (time.isValid())
            sqlite3_bind_int64(m_stmt, i, time.toMSecsSinceEpoch());
        else
            sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    ParticipantStatement& real(int i, double value)
    {
        sqlite3_bind_double(m_stmt, i, value);
        return *this;
    }
    // SQLITE_ROW -> true, DONE -> false; `error` set on failure.
    bool step(bool& error)
    {
        const int rc = sqlite3_step(m_stmt);
        error = rc != SQLITE_ROW && rc != SQLITE_DONE;
        return rc == SQLITE_ROW;
    }
    qint64 column(int i) const { return sqlite3_column_int64(m_stmt, i); }
    sqlite3_stmt* handle() const { return m_stmt; }
    // Every statement here binds all its parameters before each step: no clearing.
    void reset() { sqlite3_reset(m_stmt); }

    // The columns of a new participant, in the order bindNewParticipant binds them.
    static constexpr const char* kParticipantColumns =
        "pseudonym, external_id, name, language, status, unsubscribed_at, mobile, phone, email, "
        "channel_prefs, reach, registered_at, consent_at, updated_at";
    static constexpr int kParticipantParameters = 14;
    // An address's columns after its participant's id, in the order bindLocation binds them.
    static constexpr const char* kLocationColumns =
        "kind, street, house_number, postcode, place, municipality, lat, lon, weekdays, "
        "start_minute, end_minute";
    static constexpr int kLocationParameters = 11;

    // `INSERT INTO table (columns) VALUES (?, …)`, `rows` rows of `parameters` each.
    static QByteArray insertSql(const char* table, const char* columns, int parameters, int rows);

    // A required time column (the registration) with no time given: 0, on every writer.
    static qint64 msOrZero(const QDateTime& time)
    {
        return time.isValid() ? time.toMSecsSinceEpoch() : 0;
    }

    // Parameters `first` to `first` + 13; `now` is the row's update time.
    void bindNewParticipant(int first, const EncodedParticipant& e, qint64 now);
    // Parameters `first` to `first` + 10: location `index` of `e`.
    void bindLocation(int first, const EncodedParticipant& e, qsizetype index);

private:
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace burgernet
