#include "tests/support/TempDatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

namespace burgernet::test {

namespace {

// Runs one statement on the server's maintenance database.
void onServer(const QString& statement)
{
    const auto server = DatabaseSpec::parse(TempDatabase::postgresServerUrl());
    REQUIRE(server.ok());
    const QString name = QStringLiteral("tempdb-admin-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server->host);
        db.setPort(server->port);
        db.setUserName(server->user);
        db.setDatabaseName(server->name);
        REQUIRE(db.open());
        QSqlQuery query(db);
        INFO(statement.toStdString());
        const bool ok = query.exec(statement);
        INFO(query.lastError().text().toStdString());
        CHECK(ok);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QString TempDatabase::postgresServerUrl()
{
    const QString state = qEnvironmentVariable("BURGERNET_TEST_PG_STATE");
    INFO("PostgreSQL tests run through CTest, which starts the server (fixture postgres)");
    REQUIRE(!state.isEmpty());
    QFile file(state + QStringLiteral("/url"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).trimmed();
}

std::unique_ptr<TempDatabase> TempDatabase::create(DatabaseKind kind)
{
    std::unique_ptr<TempDatabase> temp(new TempDatabase);
    REQUIRE(temp->m_dir.isValid());
    if (kind == DatabaseKind::Sqlite) {
        temp->m_spec =
            DatabaseSpec::sqlite(temp->m_dir.filePath(QStringLiteral("register.sqlite")));
        return temp;
    }
    temp->m_pgName = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
    onServer(QStringLiteral("CREATE DATABASE %1").arg(temp->m_pgName));
    auto spec = DatabaseSpec::parse(postgresServerUrl());
    REQUIRE(spec.ok());
    temp->m_spec = *spec;
    temp->m_spec.name = temp->m_pgName;
    return temp;
}

TempDatabase::~TempDatabase()
{
    if (!m_pgName.isEmpty())
        onServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
}

QString TempDatabase::address() const
{
    if (m_spec.kind == DatabaseKind::Sqlite)
        return m_spec.sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(m_spec.user, m_spec.host)
        .arg(m_spec.port)
        .arg(m_spec.name);
}

} // namespace burgernet::test
