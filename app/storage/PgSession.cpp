#include "app/storage/PgSession.h"

#include "app/core/Logging.h"
#include "app/storage/Database.h"

#include <QSqlDriver>

#include <libpq-fe.h>
#include <memory>

namespace burgernet {

namespace {

struct ResultDeleter
{
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

QString messageOf(PGconn* connection, const PGresult* result = nullptr)
{
    const char* text = result ? PQresultErrorMessage(result) : nullptr;
    if (!text || !*text)
        text = PQerrorMessage(connection);
    return QString::fromUtf8(text).trimmed();
}

// Takes every result of the last command, keeping the first: libpq wants them all read before
// the connection takes the next command.
ResultPtr lastResult(PGconn* connection)
{
    ResultPtr first;
    while (PGresult* r = PQgetResult(connection)) {
        if (!first)
            first.reset(r);
        else
            PQclear(r);
    }
    return first;
}

} // namespace

PGconn* PgSession::of(const Database& db)
{
    if (db.kind() != DatabaseKind::PostgreSql)
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    // Qt registers the type under libpq's struct name (older versions under the typedef's).
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

Result<qint64> PgSession::exec(const QByteArray& sql) const
{
    const ResultPtr result(PQexec(m_connection, sql.constData()));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return Error{messageOf(m_connection, result.get())};
    return QByteArray(PQcmdTuples(result.get())).toLongLong();
}

Result<QByteArray> PgSession::value(const QByteArray& sql) const
{
    auto values = column(sql);
    if (!values)
        return values.error();
    return values->value(0);
}

Result<QList<QByteArray>> PgSession::column(const QByteArray& sql) const
{
    const ResultPtr result(PQexec(m_connection, sql.constData()));
    if (!result || PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return Error{messageOf(m_connection, result.get())};
    QList<QByteArray> values;
    for (int row = 0; row < PQntuples(result.get()); ++row)
        values << QByteArray(PQgetvalue(result.get(), row, 0), PQgetlength(result.get(), row, 0));
    return values;
}

Status PgSession::send(const QByteArray& sql) const
{
    if (PQsendQuery(m_connection, sql.constData()) != 1)
        return Error{messageOf(m_connection)};
    return {};
}

bool PgSession::busy() const
{
    PQconsumeInput(m_connection);
    return PQisBusy(m_connection) != 0;
}

Result<QList<qint64>> PgSession::collect() const
{
    QList<qint64> counts;
    QString error;
    while (PGresult* r = PQgetResult(m_connection)) {
        const ResultPtr result(r);
        const ExecStatusType status = PQresultStatus(r);
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
            counts << QByteArray(PQcmdTuples(r)).toLongLong();
        else if (error.isEmpty())
            error = messageOf(m_connection, r);
    }
    if (!error.isEmpty())
        return Error{error};
    return counts;
}

bool PgSession::speaksUtf8() const
{
    return PQclientEncoding(m_connection) == pg_char_to_encoding("UTF8");
}

QString PgSession::lastError() const
{
    return messageOf(m_connection);
}

// --- COPY FROM STDIN --------------------------------------------------------------------------

PgCopyIn::~PgCopyIn()
{
    if (m_active)
        abandon("abandoned");
}

Status PgCopyIn::start(const QByteArray& sql)
{
    const ResultPtr result(PQexec(m_connection, sql.constData()));
    if (!result || PQresultStatus(result.get()) != PGRES_COPY_IN)
        return Error{messageOf(m_connection, result.get())};
    m_active = true;
    return send();
}

Status PgCopyIn::send()
{
    if (m_buffer.isEmpty())
        return {};
    // Blocking connection: 1 is sent (or queued), -1 a broken connection.
    if (PQputCopyData(m_connection, m_buffer.constData(), static_cast<int>(m_buffer.size())) != 1)
        return Error{messageOf(m_connection)};
    m_buffer.clear();
    return {};
}

Status PgCopyIn::finish()
{
    if (!m_active)
        return Error{tr("No COPY in progress.")};
    Status sent = send();
    m_active = false;
    if (PQputCopyEnd(m_connection, sent ? nullptr : "the client could not send") != 1)
        return Error{messageOf(m_connection)};
    const ResultPtr result = lastResult(m_connection);
    if (!result || PQresultStatus(result.get()) != PGRES_COMMAND_OK)
        return Error{messageOf(m_connection, result.get())};
    return sent;
}

void PgCopyIn::abandon(const char* reason)
{
    if (!m_active)
        return;
    m_active = false;
    m_buffer.clear();
    if (PQputCopyEnd(m_connection, reason) == 1)
        lastResult(m_connection);
}

// --- COPY TO STDOUT ---------------------------------------------------------------------------

PgCopyOut::~PgCopyOut()
{
    if (m_row)
        PQfreemem(m_row);
    // Read to the end: the connection takes no other command before.
    if (m_active) {
        int size = 0;
        while (next(size)) {
        }
    }
}

Status PgCopyOut::start(const QByteArray& sql)
{
    const ResultPtr result(PQexec(m_connection, sql.constData()));
    if (!result || PQresultStatus(result.get()) != PGRES_COPY_OUT)
        return Error{messageOf(m_connection, result.get())};
    m_active = true;
    return {};
}

const char* PgCopyOut::next(int& size)
{
    if (m_row) {
        PQfreemem(m_row);
        m_row = nullptr;
    }
    if (!m_active)
        return nullptr;
    size = PQgetCopyData(m_connection, &m_row, 0);
    if (size >= 0)
        return m_row;
    m_active = false;
    m_row = nullptr;
    const ResultPtr result = lastResult(m_connection);
    if (size == -2 || !result || PQresultStatus(result.get()) != PGRES_COMMAND_OK)
        m_status = Error{messageOf(m_connection, result.get())};
    return nullptr;
}

} // namespace burgernet
