#include "app/geo/MunicipalBoundary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace burgernet {

QString MunicipalBoundary::label() const
{
    const QString text = QStringLiteral("%1 (%2)").arg(name, code);
    return approximate
               ? QCoreApplication::translate("burgernet::MunicipalBoundary", "%1, approximate")
                     .arg(text)
               : text;
}

namespace boundary {

QString normalisedCode(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:GM)?(\\d{1,4})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return QStringLiteral("GM%1").arg(m.captured(1).toInt(), 4, 10, QLatin1Char('0'));
}

} // namespace boundary

} // namespace burgernet
