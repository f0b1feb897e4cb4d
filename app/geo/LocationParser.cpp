#include "app/geo/LocationParser.h"

#include "app/geo/NationalBorder.h"
#include "app/geo/RdProjection.h"

#include <QRegularExpression>

namespace burgernet {

namespace {

QString normalised(QString t)
{
    t = t.trimmed();
    t.replace(QChar(0x2032), QLatin1Char('\'')); // prime
    t.replace(QChar(0x2019), QLatin1Char('\''));
    t.replace(QChar(0x2033), QLatin1Char('"')); // double prime
    t.replace(QChar(0x201d), QLatin1Char('"'));
    t.replace(QStringLiteral("''"), QStringLiteral("\""));
    t.replace(QChar(0xba), QChar(0xb0)); // ordinal indicator typed for the degree sign
    // Dutch decimal commas ("52,3731; 4,8932" or "52,3731 4,8932"): commas between digits
    // become points when the numbers are separated by something else.
    static const QRegularExpression dutch(QStringLiteral(R"(^-?\d+,\d+\s*[;\s]\s*-?\d+,\d+$)"));
    if (dutch.match(t).hasMatch() || t.contains(QLatin1Char(';'))) {
        static const QRegularExpression comma(QStringLiteral(R"((\d),(\d))"));
        t.replace(comma, QStringLiteral("\\1.\\2"));
    }
    return t;
}

// One component: [hemisphere] degrees [° [minutes ' [seconds "]]] [hemisphere]
const QString kComponent = QStringLiteral(
    R"(([NSEWOZ])?\s*(-?\d{1,3}(?:\.\d+)?)\s*(?:°\s*(?:(\d{1,2}(?:\.\d+)?)\s*'\s*(?:(\d{1,2}(?:\.\d+)?)\s*"\s*)?)?)?([NSEWOZ])?)");

struct Component
{
    double value = 0;
    QChar hemisphere;
    bool dms = false;
};

Component component(const QRegularExpressionMatch& m, int first)
{
    Component c;
    const double degrees = m.captured(first + 1).toDouble();
    const double minutes = m.captured(first + 2).toDouble();
    const double seconds = m.captured(first + 3).toDouble();
    c.dms = !m.captured(first + 2).isEmpty() || m.captured(0).contains(QChar(0xb0));
    c.value = std::abs(degrees) + minutes / 60.0 + seconds / 3600.0;
    if (degrees < 0)
        c.value = -c.value;
    const QString h = m.captured(first).isEmpty() ? m.captured(first + 4) : m.captured(first);
    if (!h.isEmpty())
        c.hemisphere = h.front().toUpper();
    if (c.hemisphere == QLatin1Char('S') || c.hemisphere == QLatin1Char('Z') ||
        c.hemisphere == QLatin1Char('W'))
        c.value = -std::abs(c.value);
    return c;
}

bool isEastWest(QChar h)
{
    return h == QLatin1Char('E') || h == QLatin1Char('W') || h == QLatin1Char('O');
}

} // namespace

bool LocationParser::looksLikeCoordinates(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^[\sNSEWOZXYnsewozxy0-9.,;:=°º'"\-\x{2032}\x{2033}\x{2019}\x{201d}]+$)"));
    return shape.match(text.trimmed()).hasMatch() &&
           text.count(QRegularExpression(QStringLiteral("\\d"))) >= 2;
}

Result<LocationParser::Parsed> LocationParser::parse(const QString& input)
{
    const QString t = normalised(input);

    static const QRegularExpression rd(
        QStringLiteral(
            R"(^(?:x\s*[=:]?\s*)?(\d{4,6}(?:\.\d+)?)\s*[,;\s]\s*(?:y\s*[=:]?\s*)?(\d{6}(?:\.\d+)?)$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = rd.match(t); m.hasMatch()) {
        const double x = m.captured(1).toDouble(), y = m.captured(2).toDouble();
        if (!RdProjection::isPlausibleRd(x, y))
            return Error(tr("%1 %2 lies outside the RD grid of the Netherlands.").arg(x).arg(y));
        auto ll = RdProjection::toWgs84(x, y);
        if (!ll)
            return ll.error();
        if (!NationalBorder::netherlands().contains(ll->y(), ll->x()))
            return Error(NationalBorder::outsideMessage(ll->y(), ll->x()) + QLatin1Char('.'));
        return Parsed{QGeoCoordinate(ll->y(), ll->x()), Kind::Rd};
    }

    static const QRegularExpression pair(
        QStringLiteral("^") + kComponent +
            QStringLiteral(R"((?:\s*[,;/]\s*|\s+|(?<=[NSEWOZnsewoz"'°])))") + kComponent +
            QStringLiteral("$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = pair.match(t);
    if (!m.hasMatch())
        return Error(tr("\"%1\" is not a place or coordinates this console knows. Type a place "
                        "name, WGS84 (52.3731, 4.8932 or 52°22'23\"N 4°53'35\"E) or RD "
                        "(121400 487400).")
                         .arg(input.trimmed()));
    Component a = component(m, 1);
    Component b = component(m, 6);
    if (isEastWest(a.hemisphere))
        std::swap(a, b);
    const double lat = a.value, lon = b.value;
    if (std::abs(lat) > 90 || std::abs(lon) > 180)
        return Error(tr("%1, %2 are not valid WGS84 degrees.").arg(lat).arg(lon));
    if (!NationalBorder::netherlands().contains(lat, lon))
        return Error(NationalBorder::outsideMessage(lat, lon) + QLatin1Char('.'));
    return Parsed{QGeoCoordinate(lat, lon), a.dms || b.dms ? Kind::Dms : Kind::Decimal};
}

} // namespace burgernet
