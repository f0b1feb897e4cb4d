#pragma once

#include <QString>

namespace burgernet {

// Contact data as lists show it: enough to tell two people apart or to recognise one's own
// number, never enough to call or write. The window's participant list and `burgernetctl
// participants list` both show it so.
namespace ContactMask {

// "+31 6 \u2022\u2022\u2022\u2022 5678": country code, first digit and last four; never the whole
// number.
QString phone(const QString& e164);
// "j\u2022\u2022\u2022@example.org"
QString email(const QString& email);

} // namespace ContactMask

} // namespace burgernet
