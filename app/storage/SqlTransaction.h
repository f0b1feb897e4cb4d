#pragma once

#include "app/core/Result.h"

#include <QSqlDatabase>

namespace burgernet {

// Rolls back unless commit() succeeded, so an early return or an exception never leaves half
// of a change behind.
class SqlTransaction
{
public:
    enum class Mode { Deferred, Immediate };

    explicit SqlTransaction(QSqlDatabase db, Mode mode = Mode::Deferred);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    bool isActive() const { return m_active; }
    QString errorMessage() const { return m_error; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace burgernet
