#include "app/audit/PersonalDataGuard.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

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

namespace {

bool matchesWhole(const QRegularExpression& pattern, const QString& text)
{
    return pattern.match(text).hasMatch();
}

// One value against its declared kind; arrays hold values of the same kind.
bool hasForm(DetailKind kind, const QJsonValue& value)
{
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,127}$"));
    static const QRegularExpression pseudonym(QStringLiteral("^P-[A-Z0-9]{4,32}$"));
    static const QRegularExpression fingerprint(QStringLiteral("^[0-9a-f]{8,128}$"));
    static const QRegularExpression code(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    if (value.isArray() && kind != DetailKind::Counts) {
        const QJsonArray items = value.toArray();
        return std::all_of(items.begin(), items.end(),
                           [&](const QJsonValue& item) { return hasForm(kind, item); });
    }
    switch (kind) {
    case DetailKind::Text:
        return true; // checked by checkText
    case DetailKind::Count:
        return value.isDouble() || value.isBool() || value.isNull();
    case DetailKind::Counts: {
        if (!value.isObject())
            return false;
        const QJsonObject counts = value.toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            if (!matchesWhole(code, it.key()) || !it.value().isDouble())
                return false;
        return true;
    }
    case DetailKind::Id:
        return value.isDouble() || (value.isString() && matchesWhole(id, value.toString()));
    case DetailKind::Pseudonym:
        return value.isString() && matchesWhole(pseudonym, value.toString());
    case DetailKind::Fingerprint:
        return value.isString() && matchesWhole(fingerprint, value.toString());
    case DetailKind::Code:
        return value.isString() && matchesWhole(code, value.toString());
    case DetailKind::Time:
        return value.isString() &&
               QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid();
    }
    return false;
}

} // namespace

Status PersonalDataGuard::check(const QJsonObject& details, const DetailKinds& kinds)
{
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (auto declared = kinds.constFind(it.key());
            declared != kinds.cend() && *declared != DetailKind::Text) {
            if (!hasForm(*declared, it.value()))
                return Error{tr("Audit detail \"%1\" is not of the kind its service declared; "
                                "the record is refused.")
                                 .arg(it.key())};
            continue;
        }
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
