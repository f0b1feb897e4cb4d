#pragma once

#include "app/core/Permission.h"

#include <QCoreApplication>
#include <QString>

namespace burgernet {

// Roles as the people in the control room call them.
class RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::RoleNames)

public:
    static QString text(Role role);
    // For a role id from a session ("dispatcher"); the id itself when unknown.
    static QString text(const QString& roleId);
};

} // namespace burgernet
