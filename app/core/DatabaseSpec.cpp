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

    // libpq's list of hosts (host1:port1,host2:port2), which QUrl does not read: the first host
    // goes through QUrl with the rest of the address, the list to libpq as it is.
    QStringList hosts;
    QStringList ports;
    QString single = trimmed;
    {
        const qsizetype authorityStart = trimmed.indexOf(QLatin1String("://")) + 3;
        qsizetype authorityEnd = trimmed.indexOf(QLatin1Char('/'), authorityStart);
        if (authorityEnd < 0)
            authorityEnd = trimmed.size();
        const QString authority = trimmed.mid(authorityStart, authorityEnd - authorityStart);
        const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
        const QString hostList = authority.mid(at + 1);
        if (hostList.contains(QLatin1Char(','))) {
            for (const QString& entry : hostList.split(QLatin1Char(','))) {
                const QString host = entry.section(QLatin1Char(':'), 0, 0);
                const QString port = entry.section(QLatin1Char(':'), 1);
                bool ok = true;
                const int number = port.isEmpty() ? 5432 : port.toInt(&ok);
                if (host.isEmpty() || !ok || number <= 0 || number > 65535)
                    return Error{tr("Invalid host \"%1\" in the PostgreSQL address.").arg(entry)};
                hosts << host;
                ports << QString::number(number);
            }
            single = trimmed.left(authorityStart) + authority.left(at + 1) + hosts.front() +
                     trimmed.mid(authorityEnd);
        }
    }
    const QUrl url(single, QUrl::StrictMode);
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
                 key == QLatin1String("application_name") || key == QLatin1String("sslrootcert") ||
                 key == QLatin1String("target_session_attrs") ||
                 key == QLatin1String("keepalives_idle") ||
                 key == QLatin1String("keepalives_interval") ||
                 key == QLatin1String("keepalives_count") ||
                 key == QLatin1String("tcp_user_timeout"))
            options << key + QLatin1Char('=') + value;
        else
            return Error{tr("Unknown PostgreSQL option \"%1\" in the database address.").arg(key)};
    }
    if (!options.join(QLatin1Char(';')).contains(QLatin1String("connect_timeout")))
        options << QStringLiteral("connect_timeout=5");
    if (hosts.size() > 1) {
        // Every host is tried in turn; with target_session_attrs=read-write libpq skips a
        // standby, so that after a failover the promoted server is found.
        spec.host = hosts.join(QLatin1Char(','));
        spec.port = -1;
        options << QStringLiteral("port=") + ports.join(QLatin1Char(','));
    }
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
    if (port < 0) // several hosts, each with its port in the options
        return QStringLiteral("PostgreSQL %1%2/%3").arg(who, host, name);
    return QStringLiteral("PostgreSQL %1%2:%3/%4").arg(who, host).arg(port).arg(name);
}

} // namespace burgernet
