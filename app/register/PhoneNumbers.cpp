#include "register/PhoneNumbers.h"

#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace burgernet {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

Result<QString> PhoneNumbers::normaliseDutch(const QString& text, Kind kind)
{
    // PhoneNumberUtil is a thread-safe singleton; its default logger is silent, so the numbers
    // never reach a log.
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    const QString trimmed = text.trimmed();
    PhoneNumber number;
    if (trimmed.isEmpty()
        || util.Parse(trimmed.toStdString(), "NL", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return Error{tr("not a phone number (%1)").arg(trimmed)};
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    const QString normalised = QString::fromStdString(e164);
    // GetNumberType() is UNKNOWN exactly when the number is not valid for its region, so one
    // call answers both questions (each costs a pass over the region's patterns).
    const PhoneNumberUtil::PhoneNumberType type = util.GetNumberType(number);
    if (type == PhoneNumberUtil::UNKNOWN)
        return Error{tr("not a valid phone number (%1)").arg(normalised)};
    if (kind == Kind::Mobile && type != PhoneNumberUtil::MOBILE
        && type != PhoneNumberUtil::FIXED_LINE_OR_MOBILE)
        return Error{tr("not a mobile number (%1)").arg(normalised)};
    return normalised;
}

} // namespace burgernet
