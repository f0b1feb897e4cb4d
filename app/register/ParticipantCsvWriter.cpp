// ParticipantCsv::exportAll and the right to erasure.
#include "app/core/CsvWriter.h"
#include "app/core/Logging.h"
#include "app/core/PrivateFiles.h"
#include "app/register/ParticipantCsv.h"
#include "app/register/ParticipantCsvFormat.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantWriter.h"
#include "app/storage/SqlTransaction.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace burgernet {

namespace {

QDateTime timeOrNull(const QVariant& ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

// The participant's id, or an error naming why there is not exactly one.
Result<std::pair<qint64, QString>> find(Database& db, const QString& key)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "SELECT id, pseudonym FROM participants WHERE external_id = ? OR pseudonym = ?"));
    query.addBindValue(key);
    query.addBindValue(key);
    if (!query.exec())
        return Error{
            ParticipantCsv::tr("Cannot read the register: %1").arg(query.lastError().text())};
    if (!query.next())
        return Error{
            ParticipantCsv::tr("No participant has the external id or pseudonym \"%1\".").arg(key)};
    std::pair<qint64, QString> found{query.value(0).toLongLong(), query.value(1).toString()};
    if (query.next())
        return Error{
            ParticipantCsv::tr("\"%1\" is the external id of one participant and the pseudonym of "
                               "another: give the pseudonym.")
                .arg(key)};
    return found;
}

} // namespace

Result<qint64> ParticipantCsv::exportAll(Database& db, const QString& path)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    // Byte order ("C" collation on PostgreSQL, SQLite's default), so that both give one order.
    const QString collate =
        db.kind() == DatabaseKind::PostgreSql ? QStringLiteral(" COLLATE \"C\"") : QString();
    if (!query.exec(
            QStringLiteral(
                "SELECT p.id, p.external_id, p.name, p.language, p.status, p.unsubscribed_at, "
                "p.mobile, p.phone, p.email, p.channel_prefs, p.registered_at, p.consent_at, "
                "l.kind, l.street, l.house_number, l.postcode, l.place, l.municipality, l.lat, "
                "l.lon, l.weekdays, l.start_minute, l.end_minute "
                "FROM participants p LEFT JOIN locations l ON l.participant_id = p.id "
                "ORDER BY p.external_id%1, p.id, l.kind")
                .arg(collate)))
        return Error{tr("Cannot read the register: %1").arg(query.lastError().text())};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    if (auto restricted = PrivateFiles::restrict(file); !restricted)
        return restricted.error();
    CsvWriter csv(file, QLatin1Char(';'));
    bool ok = csv.writeRow(columns());

    qint64 written = 0, extraAddresses = 0, current = -1;
    QStringList cells;
    bool hasHome = false, hasWork = false;
    const auto flush = [&] {
        if (current < 0)
            return;
        for (QString& cell : cells)
            cell = ParticipantCsvFormat::guard(cell);
        ok = csv.writeRow(cells) && ok;
        ++written;
    };
    while (ok && query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id != current) {
            flush();
            current = id;
            hasHome = hasWork = false;
            cells = QStringList(csv::ColumnCount, QString());
            cells[csv::ExternalId] = query.value(1).toString();
            cells[csv::Name] = query.value(2).toString();
            cells[csv::Language] = query.value(3).toString();
            cells[csv::Status] = query.value(4).toString();
            cells[csv::UnsubscribedAt] =
                ParticipantCsvFormat::formatTime(timeOrNull(query.value(5)));
            cells[csv::Mobile] = query.value(6).toString();
            cells[csv::Phone] = query.value(7).toString();
            cells[csv::Email] = query.value(8).toString();
            cells[csv::Channels] = ParticipantCsvFormat::formatChannels(query.value(9).toInt());
            cells[csv::RegisteredAt] =
                ParticipantCsvFormat::formatTime(timeOrNull(query.value(10)));
            cells[csv::ConsentAt] = ParticipantCsvFormat::formatTime(timeOrNull(query.value(11)));
        }
        if (query.value(12).isNull())
            continue; // no addresses at all
        ParticipantLocation l;
        l.kind = query.value(12).toString() == QLatin1String("work")
                     ? ParticipantLocation::Kind::Work
                     : ParticipantLocation::Kind::Home;
        bool& seen = l.kind == ParticipantLocation::Kind::Home ? hasHome : hasWork;
        if (seen) {
            ++extraAddresses;
            continue;
        }
        seen = true;
        l.weekdays = query.value(20).toInt();
        l.startMinute = query.value(21).toInt();
        l.endMinute = query.value(22).toInt();
        const auto at = [&](csv::AddressField f) -> QString& {
            return cells[csv::addressColumn(l.kind, f)];
        };
        at(csv::Street) = query.value(13).toString();
        at(csv::HouseNumber) = query.value(14).toString();
        at(csv::Postcode) = query.value(15).toString();
        at(csv::Place) = query.value(16).toString();
        at(csv::Municipality) = query.value(17).toString();
        at(csv::Lat) = ParticipantCsvFormat::formatCoordinate(query.value(18).toDouble());
        at(csv::Lon) = ParticipantCsvFormat::formatCoordinate(query.value(19).toDouble());
        at(csv::Hours) = ParticipantCsvFormat::formatHours(l);
    }
    flush();
    if (query.lastError().isValid())
        return Error{tr("Cannot read the register: %1").arg(query.lastError().text())};
    if (!ok || !file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    if (extraAddresses > 0)
        qCWarning(lcCore,
                  "participant export: %lld further addresses not written (one home and one "
                  "work address per participant)",
                  extraAddresses);
    return written;
}

Result<QString> ParticipantCsv::pseudonymOf(Database& db, const QString& externalIdOrPseudonym)
{
    auto found = find(db, externalIdOrPseudonym.trimmed());
    if (!found)
        return found.error();
    return found->second;
}

Status ParticipantCsv::erase(Database& db, const QString& externalIdOrPseudonym)
{
    auto found = find(db, externalIdOrPseudonym.trimmed());
    if (!found)
        return found.error();
    return eraseIds(db, {found->first});
}

Status ParticipantCsv::eraseIds(Database& db, const std::vector<qint64>& ids)
{
    if (ids.empty())
        return {};
    QSqlDatabase connection = db.connection();
    const bool sqlite = db.kind() == DatabaseKind::Sqlite;
    // Erased means overwritten in the file too, not just unlinked pages that a disk image shows.
    QString secureDelete;
    if (sqlite) {
        QSqlQuery pragma(connection);
        if (pragma.exec(QStringLiteral("PRAGMA secure_delete")) && pragma.next())
            secureDelete = pragma.value(0).toString();
        pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    }
    Status result;
    {
        SqlTransaction transaction(connection, SqlTransaction::Mode::Immediate);
        if (!transaction.isActive())
            return Error{transaction.errorMessage()};
        result = ParticipantWriter::erase(db, ids);
        if (result)
            result = db.markRegisterChanged();
        if (result)
            result = transaction.commit();
    }
    if (sqlite && !secureDelete.isEmpty())
        QSqlQuery(connection)
            .exec(QStringLiteral("PRAGMA secure_delete = %1").arg(secureDelete.toInt()));
    return result;
}

} // namespace burgernet
