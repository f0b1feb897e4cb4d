#pragma once

#include "app/core/Permission.h"

#include <QString>
#include <QStringList>

namespace burgernet::test {

// Accounts for burgernetctl tests, made as a site makes them: the first administrator by the
// workstation on the empty register, every other account by that administrator.
class CtlAccounts
{
public:
    // `base` names the register and audit log (--db … --audit-log …); passwords go to `dir`.
    // With `home`, the accounts are made by the real burgernetctl with that home (the same
    // workstation, key store included, as the test's own runs); without, in-process.
    CtlAccounts(QStringList base, QString dir, QString home = {});

    // The options that act as an account of `role` named after it ("dispatcher", …), made on
    // first use: --user NAME --password-file FILE.
    QStringList as(Role role);
    QStringList as(const QString& name, Role role, const QString& municipality = {});
    QString passwordFile(const QString& name) const;

private:
    void ensure(const QString& name, Role role, const QString& municipality);

    QStringList m_base;
    QString m_dir;
    QString m_home;
    QStringList m_made;
};

} // namespace burgernet::test
