#include "app/audit/SqliteHandle.h"

#include <sqlite3.h>
#include <utility>

namespace burgernet {

SqliteStatement::SqliteStatement(sqlite3* db, const char* sql)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_error(other.m_error)
{}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_error = other.m_error;
    }
    return *this;
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, const QByteArray& blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()),
                      SQLITE_TRANSIENT);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_error = rc != SQLITE_DONE;
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error = false;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string_view SqliteStatement::textView(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return {data ? data : "", static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::string_view SqliteStatement::blobView(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return {data ? data : "", static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))};
}

QString SqliteStatement::text(int column) const
{
    const auto view = textView(column);
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto view = blobView(column);
    return QByteArray(view.data(), static_cast<qsizetype>(view.size()));
}

Result<SqliteHandle> SqliteHandle::open(const QString& path, bool readOnly)
{
    SqliteHandle handle;
    const int flags =
        (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_FULLMUTEX;
    if (sqlite3_open_v2(path.toUtf8().constData(), &handle.m_db, flags, nullptr) != SQLITE_OK) {
        const QString message = handle.m_db ? QString::fromUtf8(sqlite3_errmsg(handle.m_db))
                                            : QStringLiteral("out of memory");
        return Error{message};
    }
    sqlite3_busy_timeout(handle.m_db, 10'000);
    sqlite3_extended_result_codes(handle.m_db, 1);
    return handle;
}

SqliteHandle::~SqliteHandle()
{
    sqlite3_close_v2(m_db);
}

SqliteHandle::SqliteHandle(SqliteHandle&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

SqliteHandle& SqliteHandle::operator=(SqliteHandle&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Status SqliteHandle::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return Error{text};
    }
    return {};
}

void SqliteHandle::rollback()
{
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

QString SqliteHandle::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace burgernet
