#include "tests/integration/CtlAccounts.h"

#include "tests/integration/CtlRun.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

namespace burgernet::test {

namespace {
const QString kAdministrator = QStringLiteral("beheer");
} // namespace

CtlAccounts::CtlAccounts(QStringList base, QString dir, QString home)
    : m_base(std::move(base))
    , m_dir(std::move(dir))
    , m_home(std::move(home))
{}

QString CtlAccounts::passwordFile(const QString& name) const
{
    return QDir(m_dir).filePath(name + QStringLiteral(".password"));
}

void CtlAccounts::ensure(const QString& name, Role role, const QString& municipality)
{
    if (m_made.contains(name))
        return;
    QFile file(passwordFile(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write((name + QStringLiteral("-wachtwoord-1\n")).toUtf8());
    file.close();
    QStringList args = m_base;
    if (name != kAdministrator) {
        ensure(kAdministrator, Role::Administrator, {});
        args << QStringLiteral("--user") << kAdministrator << QStringLiteral("--password-file")
             << passwordFile(kAdministrator);
    }
    args << QStringLiteral("user") << QStringLiteral("add") << name << QStringLiteral("--role")
         << enumId(role) << QStringLiteral("--password-file") << passwordFile(name);
    if (!municipality.isEmpty())
        args << QStringLiteral("--municipality") << municipality;
    const CtlRun added = m_home.isEmpty() ? runCtl(args) : runCtlProcess(args, m_home);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    m_made << name;
}

QStringList CtlAccounts::as(const QString& name, Role role, const QString& municipality)
{
    ensure(name, role, municipality);
    return {QStringLiteral("--user"), name, QStringLiteral("--password-file"), passwordFile(name)};
}

QStringList CtlAccounts::as(Role role)
{
    if (role == Role::Administrator)
        return as(kAdministrator, role);
    return as(enumId(role), role,
              role == Role::MunicipalEditor ? QStringLiteral("Utrecht") : QString());
}

} // namespace burgernet::test
