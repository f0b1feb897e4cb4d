#pragma once

#include "app/core/Result.h"

#include <QChar>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace burgernet {

class Database;

// The participant register as CSV, for the administrators who keep it in another system.
//
// One row per participant, a header row first, these 27 columns (matched by name, in any
// order, case-insensitively; a column not in this list is an error):
//
//   external_id;name;language;status;unsubscribed_at;mobile;phone;email;channels;
//   registered_at;consent_at;home_street;home_house_number;home_postcode;home_place;
//   home_municipality;home_lat;home_lon;home_hours;work_street;work_house_number;work_postcode;
//   work_place;work_municipality;work_lat;work_lon;work_hours
//
// - external_id: the participant's number in the administrator's system; required, unique. The
//   file's rows upsert by it: a known id updates that participant (who keeps their pseudonym).
// - name: required. language: nl or en (empty: nl). status: active, paused or unsubscribed
//   (empty: active); unsubscribed needs unsubscribed_at.
// - mobile (must be a mobile number), phone (any number): as written in the Netherlands
//   ("06-12345678", "+31 6 1234 5678", "0031612345678", "020-1234567"), stored in E.164.
//   email: an address. At least one of the three is required.
// - channels: the wanted ones among sms, voice and email, comma-separated ("sms,voice,email").
// - registered_at (empty: the time of the import), consent_at, unsubscribed_at: ISO 8601, a date
//   ("2024-03-01", midnight Dutch time) or a date-time ("2024-03-01T09:30:00+01:00"; without an
//   offset in Dutch time). Exported as UTC ("2024-03-01T08:30:00Z").
// - home_* and work_*: an address, used when any of its columns is filled in. lat/lon (WGS 84,
//   decimal point or comma) are required and must lie in the Netherlands (lat 50.70..53.60,
//   lon 3.30..7.25); postcode "1234 AB" or "1234AB" (not SA, SD or SS); hours when it wants
//   messages: "always" (or empty), days and/or a time span, e.g. "mo-fr 08:00-18:00",
//   "sa,su 22:00-06:00" (past midnight), "08:00-18:00" (every day), "mo,we"; Dutch day names
//   (ma di wo do vr za zo) are read too. At least one address is required.
//
// Reading: separator semicolon or comma (from the header line); UTF-8 with or without a
// byte-order mark, or Windows-1252 when the file is not valid UTF-8. A leading apostrophe that
// guards a formula (written by our export, "'=...") is removed. Writing: semicolons (what Dutch
// spreadsheets expect), UTF-8 with a byte-order mark, CRLF, cells that a spreadsheet would run as
// a formula guarded with an apostrophe, sorted by external id; export, import into an empty
// register and export again gives the same bytes.

struct ImportOptions
{
    // Called after each block of rows: `done` of `total` rows. Returning false cancels the
    // import, leaving the register as it was.
    std::function<bool(qint64 done, qint64 total)> progress;
    // Called once the file has been read through and before the register changes, with the
    // number of rows (e.g. to record the import in the audit log first). A failure stops the
    // import.
    std::function<Status(qint64 rows)> beforeWrite;
};

struct ImportSummary
{
    qint64 rowsRead = 0;   // data rows (not the header, not blank lines)
    qint64 inserted = 0;   // new participants
    qint64 updated = 0;    // existing participants, by external id
    qint64 rejected = 0;   // rows with at least one error (each listed in the report)
    qint64 superseded = 0; // rows followed by a later row with the same external id
    qint64 warnings = 0;   // listed in the report; includes the superseded rows
    qint64 durationMs = 0;
    QString encoding; // "UTF-8" or "Windows-1252"
    QChar separator;

    qint64 imported() const { return inserted + updated; }
};

class ParticipantCsv
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ParticipantCsv)

public:
    static const QStringList& columns();

    // Imports the file's valid rows in one transaction: all of them, or none when writing fails
    // or the import is cancelled. Rejected rows and warnings go to the report (CSV
    // "line;field;reason", then a summary line; skipped when `reportPath` is empty), which may
    // quote the rows' values: it is for the administrator. Nothing personal is logged.
    static Result<ImportSummary> import(Database& db, const QString& csvPath,
                                        const QString& reportPath,
                                        const ImportOptions& options = {});

    // Writes every participant; returns how many. A participant's first home and first work
    // address are written (the format has room for one of each).
    static Result<qint64> exportAll(Database& db, const QString& path);

    // The pseudonym of the participant with this external id or pseudonym.
    static Result<QString> pseudonymOf(Database& db, const QString& externalIdOrPseudonym);
    // Removes the participant and their addresses (the right to erasure).
    static Status erase(Database& db, const QString& externalIdOrPseudonym);
    // Removes these participants (register ids) and their addresses in one transaction.
    static Status eraseIds(Database& db, const std::vector<qint64>& ids);
};

} // namespace burgernet

// Passed between threads (the window's import runs on a worker).
Q_DECLARE_METATYPE(burgernet::ImportSummary)
