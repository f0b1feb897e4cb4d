#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace burgernet {

// Keeps personal data out of the audit log: refuses details whose keys name personal fields
// or whose values look like an e-mail address, a phone number or a postcode with house number.
// A second line of defence; services already pass pseudonymous ids only.
class PersonalDataGuard
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::PersonalDataGuard)

public:
    static Status check(const QJsonObject& details);
    static Status checkText(const QString& field, const QString& value);
};

} // namespace burgernet
