#pragma once

#include "app/geocode/LocatieserverFormat.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace burgernet {

// Asks PDOK Locatieserver (or whatever answers in its format at the configured URL), without
// blocking: each request ends in one replied() signal, with the hits or a failure that says
// what went wrong. A new suggestion request replaces the one still under way (typing).
class LocatieserverClient : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        None,
        Unreachable, // no route, refused, unknown host: no network
        Timeout,
        ServiceError, // an HTTP error status
        BadAnswer,    // not the documented format
    };
    struct Reply
    {
        LocatieserverFormat::Endpoint endpoint = LocatieserverFormat::Endpoint::Free;
        QString query;
        std::vector<PlaceHit> hits;
        Failure failure = Failure::None;
        QString error; // for the user, when failure != None
    };

    static QUrl defaultBaseUrl();

    explicit LocatieserverClient(QUrl baseUrl, QObject* parent = nullptr);
    ~LocatieserverClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    void search(const QString& text, int rows = 10);
    void suggest(const QString& text, int rows = 8);
    bool isBusy() const;

Q_SIGNALS:
    void replied(const burgernet::LocatieserverClient::Reply& reply);

private:
    void send(LocatieserverFormat::Endpoint endpoint, const QString& text, int rows);
    void finished(QNetworkReply* reply);

    QUrl m_baseUrl;
    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_pendingSuggest;
    int m_pending = 0;
    int m_timeoutMs = 5000;
};

} // namespace burgernet
