#pragma once

#include "app/core/Result.h"

#include <QByteArray>
#include <QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace burgernet {

// A thin owner of a sqlite3 connection and its prepared statements, for the audit log's hot
// paths where QtSql's per-value QVariant costs more than the work itself.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3* db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, qint64 value);
    void bind(int index, const QString& value);
    void bind(int index, const QByteArray& blob);
    // SQLITE_ROW: true; SQLITE_DONE: false; errors: false and error() set.
    bool step();
    bool hasError() const { return m_error; }
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    // Raw views, valid until the next step(): no copies in the verification loop.
    std::string_view textView(int column) const;
    std::string_view blobView(int column) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    bool m_error = false;
};

class SqliteHandle
{
public:
    static Result<SqliteHandle> open(const QString& path, bool readOnly);
    SqliteHandle() = default;
    ~SqliteHandle();
    SqliteHandle(SqliteHandle&& other) noexcept;
    SqliteHandle& operator=(SqliteHandle&& other) noexcept;
    SqliteHandle(const SqliteHandle&) = delete;
    SqliteHandle& operator=(const SqliteHandle&) = delete;

    sqlite3* get() const { return m_db; }
    Status exec(const char* sql);
    SqliteStatement prepare(const char* sql) const { return SqliteStatement(m_db, sql); }
    QString lastError() const;
    // Ends a transaction without keeping its changes; nothing to report if there was none.
    void rollback();

private:
    sqlite3* m_db = nullptr;
};

} // namespace burgernet
