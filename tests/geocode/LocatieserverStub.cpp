#include "tests/geocode/LocatieserverStub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <catch2/catch.hpp>

namespace burgernet::test {

namespace {
const QString kPath = QStringLiteral("/bzk/locatieserver/search/v3_1");

QJsonObject doc(const char* type, const QString& name, double lon, double lat)
{
    return QJsonObject{
        {QStringLiteral("type"), QString::fromLatin1(type)},
        {QStringLiteral("weergavenaam"), name},
        {QStringLiteral("id"), QStringLiteral("%1-%2").arg(QLatin1String(type)).arg(qHash(name))},
        {QStringLiteral("score"), 9.5},
        {QStringLiteral("centroide_ll"),
         QStringLiteral("POINT(%1 %2)").arg(lon, 0, 'f', 6).arg(lat, 0, 'f', 6)},
        {QStringLiteral("centroide_rd"), QStringLiteral("POINT(121000 487000)")},
    };
}
} // namespace

LocatieserverStub::LocatieserverStub()
{
    REQUIRE(m_listener.start() != 0);
    m_listener.route(kPath, [this](const CallbackRequest& request) {
        Answer answer;
        {
            std::lock_guard lock(m_mutex);
            ++m_requests;
            m_lastEndpoint = request.subPath.mid(1);
            m_lastQuery = request.query;
            if (!m_script.empty()) {
                answer = m_script.front();
                m_script.pop_front();
            } else {
                answer.body = answerFor(
                    request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded));
            }
        }
        if (answer.delayMs > 0)
            QThread::msleep(ulong(answer.delayMs));
        return CallbackReply{answer.status, answer.body, "application/json", {}};
    });
}

QUrl LocatieserverStub::baseUrl() const
{
    QUrl url = m_listener.baseUrl();
    url.setPath(kPath);
    return url;
}

void LocatieserverStub::script(Answer answer)
{
    std::lock_guard lock(m_mutex);
    m_script.push_back(std::move(answer));
}

int LocatieserverStub::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

QString LocatieserverStub::lastEndpoint() const
{
    std::lock_guard lock(m_mutex);
    return m_lastEndpoint;
}

QString LocatieserverStub::lastParameter(const QString& name) const
{
    std::lock_guard lock(m_mutex);
    return m_lastQuery.queryItemValue(name, QUrl::FullyDecoded);
}

QByteArray LocatieserverStub::answerFor(const QString& query)
{
    QJsonArray docs;
    if (query.contains(QLatin1String("Damrak"), Qt::CaseInsensitive)) {
        docs << doc("adres", QStringLiteral("Damrak 1, 1012LG Amsterdam"), 4.89431, 52.37643)
             << doc("weg", QStringLiteral("Damrak, Amsterdam"), 4.89361, 52.37500)
             << doc("perceel", QStringLiteral("Amsterdam C 1234"), 4.89, 52.37);
    } else if (query.contains(QLatin1String("3511"))) {
        docs << doc("postcode", QStringLiteral("3511AB, Utrecht"), 5.11220, 52.09230)
             << doc("woonplaats", QStringLiteral("Utrecht, Utrecht, Utrecht"), 5.10297, 52.09009)
             << doc("gemeente", QStringLiteral("Gemeente Utrecht"), 5.07475, 52.09244);
    }
    const QJsonObject response{{QStringLiteral("numFound"), docs.size()},
                               {QStringLiteral("start"), 0},
                               {QStringLiteral("maxScore"), 9.5},
                               {QStringLiteral("numFoundExact"), true},
                               {QStringLiteral("docs"), docs}};
    return QJsonDocument(QJsonObject{{QStringLiteral("response"), response}}).toJson();
}

} // namespace burgernet::test
