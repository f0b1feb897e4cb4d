#include "storage/ParticipantRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace burgernet {

namespace {
Result<qint64> scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return Error{QCoreApplication::translate("burgernet::ParticipantRepository",
                                                 "Cannot count participants: %1")
                         .arg(query.lastError().text())};
    return query.value(0).toLongLong();
}
} // namespace

ParticipantRepository::ParticipantRepository(Database& db)
    : m_db(db)
{}

Result<qint64> ParticipantRepository::countActive() const
{
    return scalar(m_db,
                  QStringLiteral("SELECT count(*) FROM participants WHERE status = 'active'"));
}

Result<qint64> ParticipantRepository::countAll() const
{
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM participants"));
}

} // namespace burgernet
