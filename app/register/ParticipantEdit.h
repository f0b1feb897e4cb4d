#pragma once

#include "app/core/Participant.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace burgernet {

class Database;

// One participant's record changed field by field. The changes are cells of the import format
// (csv::Column -> text), and the changed record is checked by the importer's own row parser: a
// correction is refused for exactly the reasons an import row would be, and the error names the
// field by its column name ("home_postcode: not a postcode …").
class ParticipantEdit
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ParticipantEdit)

public:
    using Changes = QMap<int, QString>; // csv::Column -> the new cell

    // "home_postcode=3511 AB" ... -> changes; an unknown or unchangeable column is an error.
    static Result<Changes> fromAssignments(const QStringList& assignments);
    // The column names of the changes, in column order: what the audit record lists.
    static QStringList fieldNames(const Changes& changes);

    // The participant's cells as the export writes them (first home and first work address).
    static QStringList cellsOf(const Participant& participant);
    // The participant with the changes applied and checked; keeps id and pseudonym.
    static Result<Participant> apply(const Participant& current, const Changes& changes);

    // The participant with this register id, external id or pseudonym.
    static Result<Participant> find(Database& db, const QString& key);
    static Result<Participant> load(Database& db, qint64 id);
    // Writes the changed record (addresses replaced) in one transaction that also marks the
    // register changed, so that every window's list and index follow.
    static Status write(Database& db, const Participant& participant);
};

} // namespace burgernet
