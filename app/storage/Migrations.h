#pragma once

#include "app/core/DatabaseSpec.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace burgernet {

struct Migration
{
    int version = 0;
    QString name;
    QStringList statements; // already in the target dialect
};

// The numbered migrations embedded in the program (resources /migrations/NNNN_name.sql).
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::Migrations)

public:
    // All migrations in version order, translated for `kind`.
    static Result<std::vector<Migration>> load(DatabaseKind kind);
    // The newest schema version this program knows.
    static int latestVersion();

    // Splits a migration file into statements and replaces the dialect tokens.
    static Result<QStringList> translate(const QString& sql, DatabaseKind kind);

    // The schema version of an open database: 0 for an empty database, or an error for a
    // database that is not a Burgernet register.
    static Result<int> currentVersion(QSqlDatabase db, DatabaseKind kind);
    // Whether an embedded migration numbered below the register's version was never applied
    // (work merged after the register was migrated past its number).
    static Result<bool> hasGap(QSqlDatabase db, DatabaseKind kind);

    // Applies every pending migration in one transaction: all of them or none.
    // `appliedAtMs`: when, for the record of each migration (0: the wall clock).
    static Status migrate(QSqlDatabase db, DatabaseKind kind, int targetVersion = -1,
                          qint64 appliedAtMs = 0);
    // The same with a given list (tests use broken ones).
    static Status apply(QSqlDatabase db, DatabaseKind kind,
                        const std::vector<Migration>& migrations, int targetVersion = -1,
                        qint64 appliedAtMs = 0);
};

} // namespace burgernet
