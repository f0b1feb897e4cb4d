#include "app/register/PhoneNumbers.h"

#include <optional>
#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace burgernet {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// The national number of "+31" followed by 9 to 11 digits (no leading zero), else nothing.
std::optional<quint64> dutchE164(const QString& text)
{
    if (text.size() < 12 || text.size() > 14 || !text.startsWith(QLatin1String("+31")) ||
        text[3] == QLatin1Char('0'))
        return std::nullopt;
    quint64 n = 0;
    for (qsizetype i = 3; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        n = n * 10 + (c - u'0');
    }
    return n;
}

} // namespace

Result<QString> PhoneNumbers::normaliseDutch(const QString& text, Kind kind)
{
    // PhoneNumberUtil is a thread-safe singleton; its default logger is silent, so the numbers
    // never reach a log.
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    const QString trimmed = text.trimmed();
    PhoneNumber number;
    QString normalised;
    if (const auto dutch = dutchE164(trimmed)) {
        // Already "+31" and the digits, as the register and its exports write them: Parse()
        // would only find that out again, at four times the cost of the check below.
        number.set_country_code(31);
        number.set_national_number(*dutch);
        normalised = trimmed;
    } else {
        if (trimmed.isEmpty() ||
            util.Parse(trimmed.toStdString(), "NL", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
            return Error{tr("not a phone number (%1)").arg(trimmed)};
        std::string e164;
        util.Format(number, PhoneNumberUtil::E164, &e164);
        normalised = QString::fromStdString(e164);
    }
    // GetNumberType() is UNKNOWN exactly when the number is not valid for its region, so one
    // call answers both questions (each costs a pass over the region's patterns).
    const PhoneNumberUtil::PhoneNumberType type = util.GetNumberType(number);
    if (type == PhoneNumberUtil::UNKNOWN)
        return Error{tr("not a valid phone number (%1)").arg(normalised)};
    if (kind == Kind::Mobile && type != PhoneNumberUtil::MOBILE &&
        type != PhoneNumberUtil::FIXED_LINE_OR_MOBILE)
        return Error{tr("not a mobile number (%1)").arg(normalised)};
    return normalised;
}

} // namespace burgernet
