#include "app/audit/PersonalDataGuard.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace burgernet {

namespace {

const QStringList& personalKeys()
{
    static const QStringList keys{
        QStringLiteral("name"),   QStringLiteral("phone"),    QStringLiteral("mobile"),
        QStringLiteral("email"),  QStringLiteral("e-mail"),   QStringLiteral("address"),
        QStringLiteral("street"), QStringLiteral("postcode"), QStringLiteral("house_number"),
        QStringLiteral("msisdn"), QStringLiteral("password")};
    return keys;
}

Status checkValue(const QString& field, const QJsonValue& value)
{
    if (value.isString())
        return PersonalDataGuard::checkText(field, value.toString());
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            if (auto s = checkValue(field, item); !s)
                return s;
    }
    if (value.isObject())
        return PersonalDataGuard::check(value.toObject());
    return {};
}

} // namespace

Status PersonalDataGuard::checkText(const QString& field, const QString& raw)
{
    // Ids of registers, logs and actions are UUIDs, whose digit groups would look like numbers.
    static const QRegularExpression uuid(QStringLiteral(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    QString value = raw;
    value.replace(uuid, QStringLiteral("uuid"));
    static const QRegularExpression email(QStringLiteral("[^\\s@]+@[^\\s@]+\\.[A-Za-z]{2,}"));
    // +31 6 1234 5678, 06-12345678, 0031612345678: nine or more digits with separators.
    static const QRegularExpression phone(QStringLiteral("(?:\\+|\\b0)(?:[\\s\\-./()]*\\d){8,}"));
    static const QRegularExpression postcode(QStringLiteral("\\b[1-9]\\d{3}\\s?[A-Z]{2}\\b"));
    if (email.match(value).hasMatch())
        return Error{tr("Audit detail \"%1\" looks like an e-mail address: the audit log "
                        "takes pseudonymous ids only.")
                         .arg(field)};
    if (phone.match(value).hasMatch())
        return Error{tr("Audit detail \"%1\" looks like a phone number: the audit log takes "
                        "pseudonymous ids only.")
                         .arg(field)};
    if (postcode.match(value).hasMatch())
        return Error{tr("Audit detail \"%1\" looks like a postcode: the audit log takes "
                        "pseudonymous ids only.")
                         .arg(field)};
    return {};
}

Status PersonalDataGuard::check(const QJsonObject& details)
{
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QString key = it.key().toLower();
        for (const QString& personal : personalKeys()) {
            if (key == personal || key.endsWith(QLatin1Char('_') + personal))
                return Error{tr("Audit detail \"%1\" is personal data: the audit log takes "
                                "pseudonymous ids only.")
                                 .arg(it.key())};
        }
        if (auto s = checkValue(it.key(), it.value()); !s)
            return s;
    }
    return {};
}

} // namespace burgernet
