#include "app/storage/SavedAreaRepository.h"

#include "app/storage/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace burgernet {

namespace {

const QString kColumns = QStringLiteral(
    "id, region, name, geometry, kind, municipality_code, created_by, created_at, changed_at");

Result<SavedArea> fromRow(const QSqlQuery& query)
{
    SavedArea saved;
    saved.id = query.value(0).toLongLong();
    saved.region = query.value(1).toString();
    saved.area.name = query.value(2).toString();
    auto area = GeoArea::fromGeoJson(query.value(3).toString().toUtf8());
    if (!area)
        return Error{SavedAreaRepository::tr("The saved area \"%1\" is damaged: %2")
                         .arg(saved.area.name, area.errorMessage())};
    saved.area.area = *area;
    saved.area.kind = NamedArea::kindFromId(query.value(4).toString());
    saved.area.municipalityCode = query.value(5).toString();
    saved.createdBy = query.value(6).toString();
    saved.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(7).toLongLong(), Qt::UTC);
    saved.changedAt = QDateTime::fromMSecsSinceEpoch(query.value(8).toLongLong(), Qt::UTC);
    return saved;
}

Error failure(const QSqlQuery& query)
{
    return Error{
        SavedAreaRepository::tr("Cannot use the area library: %1").arg(query.lastError().text())};
}

} // namespace

SavedAreaRepository::SavedAreaRepository(Database& db)
    : m_db(db)
{}

Result<QList<SavedArea>> SavedAreaRepository::all(const QString& region) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM saved_areas WHERE region = ? ORDER BY "
                                 "lower(name), id")
                      .arg(kColumns));
    query.addBindValue(region);
    if (!query.exec())
        return failure(query);
    QList<SavedArea> areas;
    while (query.next()) {
        auto area = fromRow(query);
        if (!area)
            return area.error();
        areas << *area;
    }
    return areas;
}

Result<SavedArea> SavedAreaRepository::find(const QString& region, const QString& nameOrId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM saved_areas WHERE region = ? AND (lower(name) "
                                 "= lower(?) OR CAST(id AS TEXT) = ?) ORDER BY id")
                      .arg(kColumns));
    query.addBindValue(region);
    query.addBindValue(nameOrId.simplified());
    query.addBindValue(nameOrId.trimmed());
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return Error{tr("The area library of %1 has no area \"%2\".").arg(region, nameOrId)};
    return fromRow(query);
}

Result<qint64> SavedAreaRepository::save(const QString& region, const NamedArea& area,
                                         const QString& user, const QDateTime& now, bool replace)
{
    const QString geometry =
        QString::fromUtf8(QJsonDocument(area.area.toGeoJson()).toJson(QJsonDocument::Compact));
    const qint64 ms = now.toMSecsSinceEpoch();
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT id FROM saved_areas WHERE region = ? AND lower(name) = lower(?)"));
    query.addBindValue(region);
    query.addBindValue(area.name);
    if (!query.exec())
        return failure(query);
    if (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        query.finish();
        if (!replace)
            return Error{
                tr("The area library of %1 already has an area \"%2\".").arg(region, area.name)};
        query.prepare(QStringLiteral("UPDATE saved_areas SET geometry = ?, kind = ?, "
                                     "municipality_code = ?, changed_at = ? WHERE id = ?"));
        query.addBindValue(geometry);
        query.addBindValue(NamedArea::kindId(area.kind));
        query.addBindValue(area.municipalityCode.isEmpty() ? QVariant() : area.municipalityCode);
        query.addBindValue(ms);
        query.addBindValue(id);
        if (!query.exec())
            return failure(query);
        return id;
    }
    query.prepare(QStringLiteral(
        "INSERT INTO saved_areas (region, name, geometry, kind, municipality_code, created_by, "
        "created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(region), QVariant(area.name), QVariant(geometry),
          QVariant(NamedArea::kindId(area.kind)),
          area.municipalityCode.isEmpty() ? QVariant() : QVariant(area.municipalityCode),
          QVariant(user), QVariant(ms), QVariant(ms)})
        query.addBindValue(v);
    if (!query.exec())
        return failure(query);
    // QPSQL gives no lastInsertId without OIDs: read the id back by the unique name.
    query.prepare(QStringLiteral("SELECT id FROM saved_areas WHERE region = ? AND name = ?"));
    query.addBindValue(region);
    query.addBindValue(area.name);
    if (!query.exec() || !query.next())
        return failure(query);
    return query.value(0).toLongLong();
}

Status SavedAreaRepository::rename(qint64 id, const QString& name, const QDateTime& now)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE saved_areas SET name = ?, changed_at = ? WHERE id = ?"));
    query.addBindValue(name);
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    return {};
}

Status SavedAreaRepository::remove(qint64 id)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM saved_areas WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    return {};
}

} // namespace burgernet
