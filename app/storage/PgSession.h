#pragma once

#include "app/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

typedef struct pg_conn PGconn;

namespace burgernet {

class Database;

// The libpq connection under a QPSQL connection, for what QtSql cannot do: COPY. It is the same
// server session as the Database's, so a COPY runs inside the transaction the QtSql side began
// (and rolls back with it), sees its temporary tables and settings, and needs no second login.
// QtSql must have no query in progress on the connection meanwhile (finish() them first).
class PgSession
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::PgSession)

public:
    // Null when `db` is not PostgreSQL or its driver does not expose the handle.
    static PGconn* of(const Database& db);

    explicit PgSession(PGconn* connection)
        : m_connection(connection)
    {}
    PGconn* connection() const { return m_connection; }

    // One statement without results; the number of rows it changed.
    Result<qint64> exec(const QByteArray& sql) const;
    // The first column of the first row, or an empty value when there is none.
    Result<QByteArray> value(const QByteArray& sql) const;
    // The first column of every row.
    Result<QList<QByteArray>> column(const QByteArray& sql) const;
    // Several statements sent at once, their results collected later (the connection takes no
    // other command meanwhile): the server works while the client goes on.
    Status send(const QByteArray& sql) const;
    // Whether the statements sent are still running (never blocks).
    bool busy() const;
    // Waits for them; the rows each one changed, or the first error.
    Result<QList<qint64>> collect() const;

    // The client encoding is UTF-8 (QPSQL sets it, naming it UNICODE).
    bool speaksUtf8() const;
    // The server's text of the last error on the connection.
    QString lastError() const;

private:
    PGconn* m_connection;
};

// A COPY ... FROM STDIN in progress: rows are collected in buffer() and sent in large pieces.
class PgCopyIn
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::PgCopyIn)

public:
    explicit PgCopyIn(PGconn* connection)
        : m_connection(connection)
    {}
    ~PgCopyIn(); // an unfinished COPY is abandoned: the server discards it with an error
    PgCopyIn(const PgCopyIn&) = delete;
    PgCopyIn& operator=(const PgCopyIn&) = delete;

    Status start(const QByteArray& sql);
    bool isActive() const { return m_active; }
    // Rows may be collected here before start(), which sends them.
    QByteArray& buffer() { return m_buffer; }
    // Sends the buffer once it holds enough to be worth a write.
    Status sendIfFull() { return m_buffer.size() >= kChunk ? send() : Status{}; }
    // Sends the rest and ends the COPY; the server's error (naming the row) if it refused one.
    Status finish();
    void abandon(const char* reason);

private:
    static constexpr qsizetype kChunk = 256 * 1024;
    Status send();

    PGconn* m_connection;
    QByteArray m_buffer;
    bool m_active = false;
};

// A COPY ... TO STDOUT: its rows one by one, each valid until the next call.
class PgCopyOut
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::PgCopyOut)

public:
    explicit PgCopyOut(PGconn* connection)
        : m_connection(connection)
    {}
    ~PgCopyOut();
    PgCopyOut(const PgCopyOut&) = delete;
    PgCopyOut& operator=(const PgCopyOut&) = delete;

    Status start(const QByteArray& sql);
    // The next row's bytes, or null at the end (then check status()).
    const char* next(int& size);
    Status status() const { return m_status; }

private:
    PGconn* m_connection;
    char* m_row = nullptr;
    bool m_active = false;
    Status m_status;
};

} // namespace burgernet
