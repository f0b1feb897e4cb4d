#include "app/core/DatabaseSpec.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace burgernet {

DatabaseSpec DatabaseSpec::sqlite(const QString& path)
{
    DatabaseSpec spec;
    spec.kind = DatabaseKind::Sqlite;
    spec.sqlitePath = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return spec;
}

Result<DatabaseSpec> DatabaseSpec::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("No database given.")};
    if (!trimmed.startsWith(QLatin1String("postgresql://")) &&
        !trimmed.startsWith(QLatin1String("postgres://"))) {
        if (trimmed.contains(QLatin1String("://")))
            return Error{tr("Unsupported database address \"%1\": use a file path or "
                            "postgresql://user@host:port/name.")
                             .arg(trimmed.section(QLatin1String("://"), 0, 0))};
        return sqlite(trimmed);
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Error{tr("Invalid PostgreSQL address: %1").arg(url.errorString())};
    DatabaseSpec spec;
    spec.kind = DatabaseKind::PostgreSql;
    spec.host = url.host();
    spec.port = url.port(5432);
    spec.name = url.path().mid(1);
    spec.user = url.userName(QUrl::FullyDecoded);
    spec.password = url.password(QUrl::FullyDecoded);

    QStringList options;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            spec.host = value; // a Unix socket folder, as libpq accepts it
        else if (key == QLatin1String("user"))
            spec.user = value;
        else if (key == QLatin1String("password"))
            spec.password = value;
        else if (key == QLatin1String("sslmode") || key == QLatin1String("connect_timeout") ||
                 key == QLatin1String("application_name") || key == QLatin1String("sslrootcert"))
            options << key + QLatin1Char('=') + value;
        else
            return Error{tr("Unknown PostgreSQL option \"%1\" in the database address.").arg(key)};
    }
    if (!options.join(QLatin1Char(';')).contains(QLatin1String("connect_timeout")))
        options << QStringLiteral("connect_timeout=5");
    spec.connectOptions = options.join(QLatin1Char(';'));
    if (spec.name.isEmpty())
        return Error{tr("The PostgreSQL address names no database: postgresql://host/NAME.")};
    return spec;
}

QString DatabaseSpec::displayName() const
{
    if (kind == DatabaseKind::Sqlite)
        return QStringLiteral("SQLite %1").arg(QDir::toNativeSeparators(sqlitePath));
    QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("PostgreSQL %1%2:%3/%4").arg(who, host).arg(port).arg(name);
}

} // namespace burgernet
