#pragma once

#include "app/channels/common/HttpListener.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <deque>
#include <mutex>

namespace burgernet::test {

// A PDOK Locatieserver on loopback (Qt HttpServer on its own thread) that answers in the
// documented format: by default a search for "Damrak" or "3511" finds one of each kind; a
// scripted answer (status, body, delay) replaces the next one.
class LocatieserverStub
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        int delayMs = 0;
    };

    LocatieserverStub();
    QUrl baseUrl() const; // http://127.0.0.1:port/bzk/locatieserver/search/v3_1
    void script(Answer answer);
    void stop() { m_listener.stop(); }

    int requests() const;
    QString lastEndpoint() const; // "free" or "suggest"
    QString lastParameter(const QString& name) const;

    // A documented answer: response.numFound, response.docs[] with type, weergavenaam, id,
    // centroide_ll and centroide_rd.
    static QByteArray answerFor(const QString& query);

private:
    HttpListener m_listener;
    mutable std::mutex m_mutex;
    std::deque<Answer> m_script;
    int m_requests = 0;
    QString m_lastEndpoint;
    QUrlQuery m_lastQuery;
};

} // namespace burgernet::test
