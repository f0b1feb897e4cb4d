#include "app/register/ParticipantEdit.h"

#include "app/register/ParticipantCsv.h"
#include "app/register/ParticipantCsvFormat.h"
#include "app/register/ParticipantRowParser.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantRepository.h"
#include "app/storage/ParticipantWriter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace burgernet {

namespace {

// The key of the record and the dates the register keeps itself are not corrected by hand.
bool isEditable(int column)
{
    return column != csv::ExternalId && column != csv::RegisteredAt;
}

} // namespace

Result<ParticipantEdit::Changes> ParticipantEdit::fromAssignments(const QStringList& assignments)
{
    const QStringList& names = ParticipantCsv::columns();
    Changes changes;
    for (const QString& assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        const QString name = assignment.left(equals).trimmed().toLower();
        if (equals < 0)
            return Error{tr("\"%1\" is not COLUMN=VALUE.").arg(name)};
        const qsizetype column = names.indexOf(name);
        if (column < 0)
            return Error{tr("%1: no such field (the fields are %2)")
                             .arg(name, names.join(QLatin1String(", ")))};
        if (!isEditable(int(column)))
            return Error{tr("%1: this field cannot be changed").arg(name)};
        changes.insert(int(column), assignment.mid(equals + 1));
    }
    if (changes.isEmpty())
        return Error{tr("Nothing to change: give at least one COLUMN=VALUE.")};
    return changes;
}

QStringList ParticipantEdit::fieldNames(const Changes& changes)
{
    QStringList names;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        names << ParticipantCsv::columns().value(it.key());
    return names;
}

QStringList ParticipantEdit::cellsOf(const Participant& p)
{
    QStringList cells(csv::ColumnCount, QString());
    cells[csv::ExternalId] = p.externalId;
    cells[csv::Name] = p.name;
    cells[csv::Language] = p.language;
    cells[csv::Status] = Participant::statusId(p.status);
    cells[csv::UnsubscribedAt] = ParticipantCsvFormat::formatTime(p.unsubscribedAt);
    cells[csv::Mobile] = p.mobile;
    cells[csv::Phone] = p.phone;
    cells[csv::Email] = p.email;
    cells[csv::Channels] = ParticipantCsvFormat::formatChannels(p.channelPrefs);
    cells[csv::RegisteredAt] = ParticipantCsvFormat::formatTime(p.registeredAt);
    cells[csv::ConsentAt] = ParticipantCsvFormat::formatTime(p.consentAt);
    bool seen[2] = {false, false};
    for (const ParticipantLocation& l : p.locations) {
        bool& done = seen[l.kind == ParticipantLocation::Kind::Home ? 0 : 1];
        if (done)
            continue;
        done = true;
        const auto at = [&](csv::AddressField f) -> QString& {
            return cells[csv::addressColumn(l.kind, f)];
        };
        at(csv::Street) = l.street;
        at(csv::HouseNumber) = l.houseNumber;
        at(csv::Postcode) = l.postcode;
        at(csv::Place) = l.place;
        at(csv::Municipality) = l.municipality;
        at(csv::Lat) = ParticipantCsvFormat::formatCoordinate(l.lat);
        at(csv::Lon) = ParticipantCsvFormat::formatCoordinate(l.lon);
        at(csv::Hours) = ParticipantCsvFormat::formatHours(l);
    }
    return cells;
}

Result<Participant> ParticipantEdit::apply(const Participant& current, const Changes& changes)
{
    if (current.externalId.isEmpty())
        return Error{tr("This participant has no external id; correct the record in the "
                        "registration system and import it.")};
    QStringList cells = cellsOf(current);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.key() < 0 || it.key() >= csv::ColumnCount || !isEditable(it.key()))
            return Error{tr("%1: this field cannot be changed")
                             .arg(ParticipantCsv::columns().value(it.key()))};
        cells[it.key()] = it.value();
    }
    QList<QByteArray> header;
    for (const QString& name : ParticipantCsv::columns())
        header << name.toUtf8();
    auto parser = ParticipantRowParser::fromHeader(header);
    if (!parser)
        return parser.error();
    parser->setImportTime(current.registeredAt);
    CsvRow row;
    row.line = 1;
    for (const QString& cell : cells)
        row.fields << cell.toUtf8();
    RowOutcome outcome = parser->parse(row);
    if (outcome.rejected) {
        QStringList reasons;
        for (const CsvIssue& issue : outcome.issues)
            if (!issue.warning)
                reasons << (issue.field.isEmpty()
                                ? issue.reason
                                : QStringLiteral("%1: %2").arg(issue.field, issue.reason));
        return Error{reasons.join(QLatin1String("; "))};
    }
    Participant changed = std::move(outcome.participant);
    changed.id = current.id;
    changed.pseudonym = current.pseudonym;
    return changed;
}

Result<Participant> ParticipantEdit::load(Database& db, qint64 id)
{
    return ParticipantRepository(db).load(id);
}

Result<Participant> ParticipantEdit::find(Database& db, const QString& key)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "SELECT id FROM participants WHERE external_id = ? OR pseudonym = ? ORDER BY id"));
    query.addBindValue(key.trimmed());
    query.addBindValue(key.trimmed());
    if (!query.exec())
        return Error{tr("Cannot read the register: %1").arg(query.lastError().text())};
    if (!query.next())
        return Error{tr("No participant has the external id or pseudonym \"%1\".").arg(key)};
    const qint64 id = query.value(0).toLongLong();
    if (query.next())
        return Error{tr("\"%1\" is the external id of one participant and the pseudonym of "
                        "another: give the pseudonym.")
                         .arg(key)};
    query.finish();
    return load(db, id);
}

Status ParticipantEdit::write(Database& db, const Participant& participant)
{
    auto writer = ParticipantWriter::begin(db);
    if (!writer)
        return writer.error();
    if (auto written = (*writer)->write(participant); !written)
        return written.error();
    // The writer marks the register changed in its transaction: other windows follow.
    return (*writer)->commit();
}

} // namespace burgernet
