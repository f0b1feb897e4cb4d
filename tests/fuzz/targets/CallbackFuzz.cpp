// Gateway callbacks as the console's listener hands them on: the request's route and query
// (CallbackRoutes) and the senders that read them, Kannel's delivery reports and the voice
// gateway's status callbacks. The input is an HTTP request as it arrives: "METHOD target",
// header lines, a blank line and the body.
#include "app/channels/common/CallbackRoutes.h"
#include "app/channels/sms_kannel/KannelSmsSender.h"
#include "app/channels/voice_gateway/VoiceGatewaySender.h"
#include "app/core/Clock.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/FuzzTargets.h"

#include <memory>

namespace burgernet::fuzz {

namespace {

struct Listener
{
    SystemClock clock;
    QList<DeliveryReport> reports;
    std::unique_ptr<KannelSmsSender> kannel;
    std::unique_ptr<VoiceGatewaySender> voice;
    CallbackRoutes routes;

    Listener()
    {
        SenderContext context;
        context.clock = &clock;
        context.deliveryReport = [this](const DeliveryReport& r) { reports.append(r); };
        kannel = std::make_unique<KannelSmsSender>(context);
        voice = std::make_unique<VoiceGatewaySender>(context);
        routes.set(QStringLiteral("/callbacks/sms-kannel"),
                   [this](const CallbackRequest& r) { return kannel->handleCallback(r); });
        routes.set(QStringLiteral("/callbacks/voice-gateway"),
                   [this](const CallbackRequest& r) { return voice->handleCallback(r); });
        // Behind a secret and a required body signature, as the session routes app tips.
        routes.setGuarded(QStringLiteral("/callbacks/app-tips"), CallbackGuard{"fuzz-secret", true},
                          [](const CallbackRequest&) {
                              return CallbackReply{201, "tip\n"};
                          });
        routes.setRefusalSink([](const QString&, CallbackRefusal) {});
        routes.set(QStringLiteral("/"), [](const CallbackRequest&) {
            return CallbackReply{200, "feed\n"};
        });
    }
};

} // namespace

int kannelCallback(const uint8_t* data, size_t size)
{
    static Listener listener;
    listener.reports.clear();
    const QByteArray request = bytes(data, size);
    qsizetype end = request.indexOf("\r\n\r\n");
    const QByteArray head = end < 0 ? request : request.left(end);
    const QByteArray body = end < 0 ? QByteArray() : request.mid(end + 4);
    QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.takeFirst().trimmed().split(' ');
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const QUrl url = QUrl::fromEncoded("http://127.0.0.1:8787" + requestLine.value(1));
    const CallbackReply reply =
        listener.routes.answer(requestLine.value(0).toUpper(), url, headers, body);
    FUZZ_CHECK(reply.status >= 100 && reply.status <= 599, QString::number(reply.status));
    FUZZ_CHECK(listener.reports.size() <= 1, QStringLiteral("several reports of one request"));
    for (const DeliveryReport& report : std::as_const(listener.reports)) {
        FUZZ_CHECK(reply.status / 100 == 2, QStringLiteral("a report with a refusal"));
        FUZZ_CHECK(!report.messageId.isEmpty(), QStringLiteral("a report without an id"));
        FUZZ_CHECK(report.detail.size() <= 160,
                   QStringLiteral("a detail of %1 characters").arg(report.detail.size()));
        FUZZ_CHECK(report.at.isValid(), QStringLiteral("a report without a valid time"));
    }
    return 0;
}

} // namespace burgernet::fuzz
