#include "app/geocode/LocatieserverFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace burgernet {

namespace {

struct TypeName
{
    PlaceKind kind;
    const char* type;
};

constexpr TypeName kTypes[] = {
    {PlaceKind::Address, "adres"},
    {PlaceKind::Postcode, "postcode"},
    {PlaceKind::Street, "weg"},
    {PlaceKind::Place, "woonplaats"},
    {PlaceKind::Municipality, "gemeente"},
};

QByteArray encoded(const QString& value)
{
    return QUrl::toPercentEncoding(value);
}

} // namespace

double zoomFor(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Address:
        return 17;
    case PlaceKind::Postcode:
        return 16;
    case PlaceKind::Street:
        return 16;
    case PlaceKind::Place:
        return 13;
    case PlaceKind::Municipality:
        break;
    }
    return 11;
}

QUrl LocatieserverFormat::requestUrl(const QUrl& base, Endpoint endpoint, const QString& text,
                                     int rows)
{
    QUrl url = base;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path +
                (endpoint == Endpoint::Free ? QStringLiteral("free") : QStringLiteral("suggest")));
    QStringList types;
    for (const TypeName& t : kTypes)
        types << QString::fromLatin1(t.type);
    // Encoded by hand: QUrlQuery leaves '+' as it is, which the service reads as a space.
    const QByteArray query =
        "q=" + encoded(text.simplified()) + "&rows=" + QByteArray::number(rows) +
        "&fq=" + encoded(QStringLiteral("type:(%1)").arg(types.join(QLatin1String(" OR ")))) +
        "&fl=" + encoded(QStringLiteral("id type weergavenaam centroide_ll"));
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

std::optional<PlaceKind> LocatieserverFormat::kindFromType(const QString& type)
{
    for (const TypeName& t : kTypes)
        if (type == QLatin1String(t.type))
            return t.kind;
    return std::nullopt;
}

std::optional<QGeoCoordinate> LocatieserverFormat::parsePoint(const QString& wkt)
{
    static const QRegularExpression point(
        QStringLiteral("^\\s*POINT\\s*\\(\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s+(-?[0-9]+(?:\\.[0-9]+)?)"
                       "\\s*\\)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = point.match(wkt);
    if (!match.hasMatch())
        return std::nullopt;
    const double lon = match.captured(1).toDouble();
    const double lat = match.captured(2).toDouble();
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
        return std::nullopt;
    return QGeoCoordinate(lat, lon);
}

Result<std::vector<PlaceHit>> LocatieserverFormat::parse(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(tr("The geocoding service's answer is not JSON: %1 at byte %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset));
    const QJsonValue docs =
        doc.object().value(QLatin1String("response")).toObject().value(QLatin1String("docs"));
    if (!doc.isObject() || !docs.isArray())
        return Error(tr("The geocoding service's answer has no response.docs list."));
    std::vector<PlaceHit> hits;
    const QJsonArray array = docs.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject d = array.at(i).toObject();
        const auto kind = kindFromType(d.value(QLatin1String("type")).toString());
        if (!kind)
            continue; // a parcel or a hectometre post: not asked for, not shown
        PlaceHit hit;
        hit.kind = *kind;
        hit.id = d.value(QLatin1String("id")).toString();
        hit.label = d.value(QLatin1String("weergavenaam")).toString().simplified();
        if (hit.label.isEmpty())
            return Error(tr("Result %1 of the geocoding service has no weergavenaam.").arg(i + 1));
        const QString centroid = d.value(QLatin1String("centroide_ll")).toString();
        const auto coordinate = parsePoint(centroid);
        if (!coordinate)
            return Error(tr("Result %1 of the geocoding service (%2) has no usable centroide_ll: "
                            "\"%3\" is not POINT(longitude latitude).")
                             .arg(i + 1)
                             .arg(hit.label, centroid.left(80)));
        hit.coordinate = *coordinate;
        hits.push_back(std::move(hit));
    }
    return hits;
}

QString LocatieserverFormat::errorDetail(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    for (const char* field : {"detail", "title", "message"}) {
        const QString text = o.value(QLatin1String(field)).toString().simplified();
        if (!text.isEmpty())
            return text.left(200);
    }
    const QString solr =
        o.value(QLatin1String("error")).toObject().value(QLatin1String("msg")).toString();
    return solr.simplified().left(200);
}

} // namespace burgernet
