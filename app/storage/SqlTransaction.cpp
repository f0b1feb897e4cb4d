#include "app/storage/SqlTransaction.h"

#include "app/core/Logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace burgernet {

SqlTransaction::SqlTransaction(QSqlDatabase db, Mode mode)
    : m_db(std::move(db))
{
    // SQLite's plain BEGIN takes the write lock only at the first write, which can deadlock
    // two writers; IMMEDIATE takes it up front. PostgreSQL needs no such thing.
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    QSqlQuery query(m_db);
    const QString begin = (sqlite && mode == Mode::Immediate) ? QStringLiteral("BEGIN IMMEDIATE")
                                                              : QStringLiteral("BEGIN");
    m_active = query.exec(begin);
    if (!m_active)
        m_error = query.lastError().text();
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        rollback();
}

Status SqlTransaction::commit()
{
    if (!m_active)
        return Error{m_error.isEmpty() ? QStringLiteral("no active transaction") : m_error};
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = query.lastError().text();
        rollback();
        return Error{m_error};
    }
    m_active = false;
    return {};
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "rollback failed:" << query.lastError().text();
    m_active = false;
}

} // namespace burgernet
