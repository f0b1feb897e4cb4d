// The CAP writer's round trip: any texts in a CapMessage make a well-formed document without a
// DTD (SafeXml::check, what readers of the feed apply) that reads back as the same texts.
#include "app/core/SafeXml.h"
#include "app/dispatch/CapDocument.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/FuzzTargets.h"

#include <QMultiHash>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace burgernet::fuzz {

namespace {

// The texts as XML 1.0 can carry them: the characters it does not allow are left out, then line
// ends are a reader's "\n" (a line break, which is what CR LF and CR mean in a message).
QString xmlText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != 0x9 && u != 0xA && u != 0xD)
            continue;
        if (u == 0xFFFE || u == 0xFFFF)
            continue;
        out += c;
    }
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return out;
}

} // namespace

int capRoundTrip(const uint8_t* data, size_t size)
{
    const QList<QByteArray> parts = bytes(data, size).split('\0');
    const auto part = [&parts](qsizetype i) { return QString::fromUtf8(parts.value(i)); };
    CapMessage cap;
    cap.identifier = part(0);
    cap.sender = part(1);
    cap.sent = QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc())
                   .addSecs(parts.value(2).size() * 3600);
    cap.status = part(3);
    cap.msgType = part(4);
    if (!parts.value(5).isEmpty())
        cap.references = part(5).split(QLatin1Char(' '));
    cap.language = part(6);
    cap.category = part(7);
    cap.event = part(8);
    cap.responseType = part(9);
    cap.urgency = part(10);
    cap.severity = part(11);
    cap.certainty = part(12);
    cap.expires = cap.sent.addSecs(7200);
    cap.senderName = part(13);
    cap.headline = part(14);
    cap.description = part(15);
    cap.instruction = part(16);
    cap.web = part(17);
    cap.areaDesc = part(18);
    if (!parts.value(19).isEmpty())
        cap.polygons = part(19).split(QLatin1Char('\n'));
    if (!parts.value(20).isEmpty())
        cap.circles << part(20);
    if (!parts.value(21).isEmpty())
        cap.municipalityCodes = part(21).split(QLatin1Char('\n'));

    const QByteArray xml = cap.toXml();
    const Status wellFormed = SafeXml::check(xml);
    FUZZ_CHECK(wellFormed.ok(),
               wellFormed.errorMessage() + QLatin1Char('\n') + QString::fromUtf8(xml));

    QMultiHash<QString, QString> read;
    QXmlStreamReader reader(xml);
    SafeXml::harden(reader);
    QString element;
    while (!reader.atEnd()) {
        SafeXml::readNext(reader);
        if (reader.isStartElement()) {
            element = reader.name().toString();
            if (element != QLatin1String("alert") && element != QLatin1String("info") &&
                element != QLatin1String("area") && element != QLatin1String("geocode"))
                read.insert(element, reader.readElementText());
        }
    }
    FUZZ_CHECK(!reader.hasError(), reader.errorString());
    const auto same = [&read](const char* name, const QString& wanted) {
        const QString expected = xmlText(wanted);
        const QStringList got = read.values(QString::fromLatin1(name));
        if (expected.isEmpty())
            return;
        // Percent-encoded: the difference is often a character that does not print.
        const auto shown = [](const QString& text) {
            return QString::fromLatin1(text.toUtf8().toPercentEncoding(" <>&\"'/,.:;=+-"));
        };
        FUZZ_CHECK(got.size() == 1 && got.front() == expected,
                   QStringLiteral("<%1> came back as \"%2\", not \"%3\"")
                       .arg(QString::fromLatin1(name), shown(got.join(QLatin1Char('|'))),
                            shown(expected)));
    };
    same("identifier", cap.identifier);
    same("sender", cap.sender);
    same("sent", capTime(cap.sent));
    same("status", cap.status);
    same("msgType", cap.msgType);
    same("references", cap.references.join(QLatin1Char(' ')));
    same("language", cap.language);
    same("category", cap.category);
    same("event", cap.event);
    same("responseType", cap.responseType);
    same("urgency", cap.urgency);
    same("severity", cap.severity);
    same("certainty", cap.certainty);
    same("expires", capTime(cap.expires));
    same("senderName", cap.senderName);
    same("headline", cap.headline);
    same("description", cap.description);
    same("instruction", cap.instruction);
    same("web", cap.web);
    same("areaDesc", cap.areaDesc);
    // Each geocode comes back as one <value> under its name, none lost or merged.
    QStringList codes, values = read.values(QStringLiteral("value"));
    for (const QString& code : std::as_const(cap.municipalityCodes))
        if (!code.isEmpty()) // no geocode without a value
            codes << xmlText(code);
    codes.sort();
    values.sort();
    FUZZ_CHECK(codes == values, QStringLiteral("geocodes came back as %1 value(s), not %2")
                                    .arg(values.size())
                                    .arg(codes.size()));
    FUZZ_CHECK(read.values(QStringLiteral("valueName")).size() == codes.size(),
               QStringLiteral("a geocode without its name"));
    return 0;
}

} // namespace burgernet::fuzz
