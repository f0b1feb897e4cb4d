#pragma once

#include "app/audit/AuditRecord.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace burgernet {

// Keeps personal data out of the audit log. A value whose kind the caller declared must have that
// kind's form (a count is a number, a pseudonym "P-…", a fingerprint hex digits); an undeclared
// one is refused when its key names a personal field or its text looks like an e-mail address, a
// phone number or a postcode. A second line of defence; services pass pseudonymous ids only.
class PersonalDataGuard
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::PersonalDataGuard)

public:
    static Status check(const QJsonObject& details, const DetailKinds& kinds = {});
    static Status checkText(const QString& field, const QString& value);
};

} // namespace burgernet
