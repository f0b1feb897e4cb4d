#pragma once

#include "app/core/DatabaseSpec.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace burgernet::test {

// A register that exists for one test: a SQLite file in a temporary folder, or a fresh
// database on the PostgreSQL test server (tests tagged [postgres]), dropped afterwards.
class TempDatabase
{
public:
    static std::unique_ptr<TempDatabase> create(DatabaseKind kind);
    ~TempDatabase();

    const DatabaseSpec& spec() const { return m_spec; }
    // The text form, as given to --db.
    QString address() const;
    QString dir() const { return m_dir.path(); }

    // The PostgreSQL test server's address, from the fixture (fails the test when absent).
    static QString postgresServerUrl();

private:
    TempDatabase() = default;

    QTemporaryDir m_dir;
    DatabaseSpec m_spec;
    QString m_pgName;
};

} // namespace burgernet::test
