#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace burgernet {

// Phone numbers as the register keeps them: E.164 ("+31612345678"), checked by libphonenumber
// rather than by patterns of our own, because number plans change and the library follows them.
class PhoneNumbers
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::PhoneNumbers)

public:
    // Mobile: SMS must be able to reach it (libphonenumber's MOBILE or FIXED_LINE_OR_MOBILE).
    // Any: fixed lines too, for voice calls.
    enum class Kind { Mobile, Any };

    // Reads a number as a Dutch administrator writes it ("06-12345678", "+31 6 1234 5678",
    // "0031612345678", "020-1234567"; national numbers are taken as Dutch) and returns it in
    // E.164. The error names why: not a number, not a valid number, not a mobile number.
    // Thread-safe.
    static Result<QString> normaliseDutch(const QString& text, Kind kind);
};

} // namespace burgernet
