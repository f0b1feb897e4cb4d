#include "app/session/AppTipRoute.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace burgernet {

namespace {

CallbackReply json(int status, const QJsonObject& object)
{
    CallbackReply reply{status, QJsonDocument(object).toJson(QJsonDocument::Compact)};
    reply.contentType = "application/json";
    return reply;
}

CallbackReply refused(int status, const QString& error)
{
    return json(status, {{QStringLiteral("error"), error}});
}

} // namespace

Result<std::pair<qint64, Tip>> AppTipRoute::parse(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject())
        return Error{tr("Body: not a JSON object (%1).").arg(error.errorString())};
    const QJsonObject o = doc.object();
    const qint64 action = qint64(o.value(QStringLiteral("action")).toDouble(0));
    if (action <= 0)
        return Error{tr("action: the number of the action the tip is about is missing.")};
    Tip tip;
    tip.source = TipSource::App;
    tip.setRating(TipRating::Unrated);
    tip.text = o.value(QStringLiteral("text")).toString();
    if (o.contains(QStringLiteral("lat")) || o.contains(QStringLiteral("lon"))) {
        if (!o.value(QStringLiteral("lat")).isDouble() ||
            !o.value(QStringLiteral("lon")).isDouble())
            return Error{tr("lat, lon: both must be numbers.")};
        tip.lat = o.value(QStringLiteral("lat")).toDouble();
        tip.lon = o.value(QStringLiteral("lon")).toDouble();
    }
    if (const QString at = o.value(QStringLiteral("at")).toString(); !at.isEmpty()) {
        tip.at = QDateTime::fromString(at, Qt::ISODate);
        if (!tip.at.isValid())
            return Error{tr("at: \"%1\" is not an ISO 8601 time.").arg(at.left(40))};
        tip.at = tip.at.toUTC();
    }
    return std::pair{action, tip};
}

CallbackReply AppTipRoute::answer(const CallbackRequest& request, const Store& store)
{
    if (request.method != "POST" || !request.subPath.isEmpty())
        return {404, "unknown callback\n"};
    auto parsed = parse(request.body);
    if (!parsed)
        return refused(400, parsed.errorMessage());
    bool tryLater = false;
    auto stored = store(parsed->first, parsed->second, &tryLater);
    if (!stored)
        return refused(tryLater ? 503 : 422, stored.errorMessage());
    return json(201, {{QStringLiteral("tip"), *stored}});
}

} // namespace burgernet
