#include "app/storage/BoundaryRepository.h"

#include "app/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace burgernet {

namespace {

const QString kColumns = QStringLiteral("code, name, geometry, approximate, source, imported_at");

Result<MunicipalBoundary> fromRow(const QSqlQuery& q)
{
    MunicipalBoundary b;
    b.code = q.value(0).toString();
    b.name = q.value(1).toString();
    auto area = GeoArea::fromGeoJson(q.value(2).toString().toUtf8());
    if (!area)
        return Error{BoundaryRepository::tr("The stored boundary of %1 cannot be read: %2")
                         .arg(b.code, area.errorMessage())};
    b.area = *area;
    b.approximate = q.value(3).toInt() != 0;
    b.source = q.value(4).toString();
    b.importedAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    return b;
}

} // namespace

BoundaryRepository::BoundaryRepository(Database& db)
    : m_db(db)
{}

Result<qint64> BoundaryRepository::replaceAll(const QList<MunicipalBoundary>& boundaries)
{
    auto before = count();
    if (!before)
        return before.error();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM municipal_boundaries")))
        return Error{tr("Cannot remove the old boundaries: %1").arg(q.lastError().text())};
    q.prepare(QStringLiteral("INSERT INTO municipal_boundaries (%1) VALUES (?, ?, ?, ?, ?, ?)")
                  .arg(kColumns));
    for (const MunicipalBoundary& b : boundaries) {
        q.addBindValue(b.code);
        q.addBindValue(b.name);
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(b.area.toGeoJson().value(QStringLiteral("geometry")).toObject())
                .toJson(QJsonDocument::Compact)));
        q.addBindValue(b.approximate ? 1 : 0);
        q.addBindValue(b.source);
        q.addBindValue(b.importedAt.toMSecsSinceEpoch());
        if (!q.exec())
            return Error{
                tr("Cannot store the boundary of %1: %2").arg(b.code, q.lastError().text())};
    }
    return *before;
}

Result<QList<MunicipalBoundary>> BoundaryRepository::all() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM municipal_boundaries ORDER BY name, code")
                    .arg(kColumns)))
        return Error{tr("Cannot read the boundaries: %1").arg(q.lastError().text())};
    QList<MunicipalBoundary> out;
    while (q.next()) {
        auto b = fromRow(q);
        if (!b)
            return b.error();
        out << *b;
    }
    return out;
}

Result<std::optional<MunicipalBoundary>> BoundaryRepository::find(const QString& code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM municipal_boundaries WHERE code = ?").arg(kColumns));
    q.addBindValue(code);
    if (!q.exec())
        return Error{tr("Cannot read the boundaries: %1").arg(q.lastError().text())};
    if (!q.next())
        return std::optional<MunicipalBoundary>();
    auto b = fromRow(q);
    if (!b)
        return b.error();
    return std::optional<MunicipalBoundary>(*b);
}

Result<qint64> BoundaryRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM municipal_boundaries")) || !q.next())
        return Error{tr("Cannot read the boundaries: %1").arg(q.lastError().text())};
    return q.value(0).toLongLong();
}

} // namespace burgernet
