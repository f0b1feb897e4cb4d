#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace burgernet {

enum class DatabaseKind { Sqlite, PostgreSql };

// Where the register lives: a SQLite file (the embedded default) or a PostgreSQL database
// shared by several workstations, written as postgresql://user:password@host:port/name?options.
struct DatabaseSpec
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::DatabaseSpec)

public:
    DatabaseKind kind = DatabaseKind::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432; // -1: several hosts, their ports in connectOptions
    QString name;
    QString user;
    QString password;
    QString connectOptions; // QPSQL options, e.g. "sslmode=require;connect_timeout=5"

    static Result<DatabaseSpec> parse(const QString& text);
    static DatabaseSpec sqlite(const QString& path);

    // For the status bar and logs: never contains the password.
    QString displayName() const;
};

} // namespace burgernet
