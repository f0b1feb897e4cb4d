#include "app/geocode/LocatieserverClient.h"

#include "app/core/Logging.h"
#include "app/core/Version.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace burgernet {

namespace {
const char* kEndpoint = "locatieserverEndpoint";
const char* kQuery = "locatieserverQuery";
const char* kSuperseded = "locatieserverSuperseded";
} // namespace

QUrl LocatieserverClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.pdok.nl/bzk/locatieserver/search/v3_1"));
}

LocatieserverClient::LocatieserverClient(QUrl baseUrl, QObject* parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_network(new QNetworkAccessManager(this))
{
    connect(m_network, &QNetworkAccessManager::finished, this, &LocatieserverClient::finished);
}

LocatieserverClient::~LocatieserverClient() = default;

void LocatieserverClient::search(const QString& text, int rows)
{
    send(LocatieserverFormat::Endpoint::Free, text, rows);
}

void LocatieserverClient::suggest(const QString& text, int rows)
{
    if (m_pendingSuggest) {
        m_pendingSuggest->setProperty(kSuperseded, true);
        m_pendingSuggest->abort();
    }
    send(LocatieserverFormat::Endpoint::Suggest, text, rows);
}

bool LocatieserverClient::isBusy() const
{
    return m_pending > 0;
}

void LocatieserverClient::send(LocatieserverFormat::Endpoint endpoint, const QString& text,
                               int rows)
{
    QNetworkRequest request(LocatieserverFormat::requestUrl(m_baseUrl, endpoint, text, rows));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("BurgernetConsole/") + QByteArray(kVersion));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network->get(request);
    reply->setProperty(kEndpoint, static_cast<int>(endpoint));
    reply->setProperty(kQuery, text);
    ++m_pending;
    if (endpoint == LocatieserverFormat::Endpoint::Suggest)
        m_pendingSuggest = reply;
}

void LocatieserverClient::finished(QNetworkReply* reply)
{
    reply->deleteLater();
    --m_pending;
    if (reply->property(kSuperseded).toBool())
        return;
    Reply out;
    out.endpoint = static_cast<LocatieserverFormat::Endpoint>(reply->property(kEndpoint).toInt());
    out.query = reply->property(kQuery).toString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the request
        out.failure = Failure::Timeout;
        out.error = tr("The geocoding service did not answer within %1 s.")
                        .arg(m_timeoutMs / 1000.0, 0, 'g', 3);
        break;
    default:
        if (status == 0) {
            out.failure = Failure::Unreachable;
            out.error =
                tr("The geocoding service cannot be reached (%1).").arg(reply->errorString());
        }
        break;
    }
    if (out.failure == Failure::None && status >= 400) {
        const QString detail = LocatieserverFormat::errorDetail(body);
        out.failure = Failure::ServiceError;
        out.error = detail.isEmpty()
                        ? tr("The geocoding service answered with HTTP status %1.").arg(status)
                        : tr("The geocoding service answered with HTTP status %1: %2")
                              .arg(status)
                              .arg(detail);
    }
    if (out.failure == Failure::None) {
        auto parsed = LocatieserverFormat::parse(body);
        if (parsed) {
            out.hits = std::move(*parsed);
        } else {
            out.failure = Failure::BadAnswer;
            out.error = parsed.errorMessage();
        }
    }
    if (out.failure != Failure::None)
        qCInfo(lcGeo) << "geocoding failed:" << static_cast<int>(out.failure);
    Q_EMIT replied(out);
}

} // namespace burgernet
