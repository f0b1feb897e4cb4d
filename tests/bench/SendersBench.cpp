// The senders against their real peers on loopback: SMS through Kannel (sendsms answer time,
// throughput to the fake SMSC, delivery reports back) and e-mail through aiosmtpd, next to a
// plain HTTP round trip to a loopback server measured in the same run.
#include "app/channels/BuiltinSenders.h"
#include "app/channels/common/HttpClient.h"
#include "app/channels/common/HttpListener.h"
#include "tests/bench/BenchReport.h"
#include "tests/support/FakeClock.h"
#include "tests/support/PeerProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace burgernet;

namespace {
double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

OutgoingMessage message(int i, const QString& channel, const QString& recipient)
{
    OutgoingMessage m;
    m.messageId = QStringLiteral("bench-%1").arg(i);
    m.channel = *Channel::fromId(channel);
    m.recipient = recipient;
    m.subject = QStringLiteral("Burgernet-oproep");
    m.text =
        QStringLiteral("Burgernet: kijk uit naar een man met een rode jas. Bel gratis 0800-0011.");
    return m;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    bench::BenchReport report(QStringLiteral("senders"));
    const int smsCount = qEnvironmentVariableIntValue("BENCH_SMS") > 0
                             ? qEnvironmentVariableIntValue("BENCH_SMS")
                             : 500;
    const int mailCount = qEnvironmentVariableIntValue("BENCH_MAIL") > 0
                              ? qEnvironmentVariableIntValue("BENCH_MAIL")
                              : 200;
    auto registry =
        createSenderRegistry(Mode::Live, test::systemClock(), QStringLiteral("/nonexistent"));

    // Baseline: one HTTP exchange with an empty loopback server.
    HttpListener listener;
    listener.start();
    listener.route(QStringLiteral("/ping"), [](const CallbackRequest&) {
        return CallbackReply{200, "ok"};
    });
    std::vector<double> ping;
    for (int i = 0; i < 200; ++i) {
        HttpRequest request;
        request.url = QUrl(listener.baseUrl().toString() + QStringLiteral("/ping"));
        QElapsedTimer t;
        t.start();
        performHttp(request);
        ping.push_back(t.nsecsElapsed() / 1e6);
    }
    report.figure(QStringLiteral("http_roundtrip_median_ms"), median(ping), QStringLiteral("ms"),
                  QStringLiteral("baseline"));

    {
        test::PeerProcess kannel(test::supportScript(QStringLiteral("kannel_peer.py")));
        if (!kannel.started()) {
            std::fprintf(stderr, "kannel: %s\n", qPrintable(kannel.startError()));
            return 1;
        }
        std::atomic<int> delivered = 0;
        SenderContext context;
        context.settings = {
            {QStringLiteral("url"), kannel.ready().value(QStringLiteral("sendsms")).toString()},
            {QStringLiteral("username"), QStringLiteral("burgernet")},
            {QStringLiteral("password"), QStringLiteral("geheim")}};
        context.callbackUrl =
            QUrl(listener.baseUrl().toString() + QStringLiteral("/callbacks/sms-kannel"));
        context.deliveryReport = [&](const DeliveryReport& r) {
            if (r.status == DeliveryReport::Status::Delivered)
                ++delivered;
        };
        auto sender = std::move(registry->create(QStringLiteral("sms-kannel"), context)).value();
        listener.routeSender(QStringLiteral("sms-kannel"), sender.get());
        std::vector<double> sends;
        QElapsedTimer total;
        total.start();
        int accepted = 0;
        int arrived = 0;
        for (int i = 0; i < smsCount; ++i) {
            QElapsedTimer t;
            t.start();
            // Drain the peer's reports as they come: a full pipe would stall the peer.
            while (arrived < smsCount && kannel.next(0))
                ++arrived;
            accepted +=
                sender
                    ->send(message(
                        i, QStringLiteral("sms"),
                        QStringLiteral("+3161234%1").arg(i % 10000, 4, 10, QLatin1Char('0'))))
                    .outcome == SendOutcome::Sent;
            sends.push_back(t.nsecsElapsed() / 1e6);
        }
        while (arrived < smsCount && kannel.next(20000))
            ++arrived;
        const double toSmsc = total.elapsed() / 1000.0;
        QElapsedTimer wait;
        wait.start();
        while (delivered < smsCount && wait.elapsed() < 60000)
            QThread::msleep(20);
        const double withReports = total.elapsed() / 1000.0;
        listener.removeRoute(QStringLiteral("/callbacks/sms-kannel"));
        report.figure(QStringLiteral("sms_accepted"), accepted,
                      QStringLiteral("of %1").arg(smsCount));
        report.figure(QStringLiteral("sms_at_fake_smsc"), arrived,
                      QStringLiteral("of %1").arg(smsCount));
        report.figure(QStringLiteral("sms_delivery_reports"), delivered,
                      QStringLiteral("of %1").arg(smsCount));
        report.target(QStringLiteral("sms_sendsms_median_ms"), median(sends), 50,
                      QStringLiteral("ms"));
        report.figure(QStringLiteral("sms_per_second_to_smsc"), smsCount / toSmsc,
                      QStringLiteral("msg/s"));
        report.figure(QStringLiteral("sms_all_reports_back_s"), withReports, QStringLiteral("s"));
        report.target(QStringLiteral("sms_lost"), smsCount - qMin(arrived, int(delivered)), 0,
                      QStringLiteral("messages"));
    }
    {
        test::PeerProcess smtp(test::supportScript(QStringLiteral("smtp_peer.py")));
        if (!smtp.started()) {
            std::fprintf(stderr, "smtp: %s\n", qPrintable(smtp.startError()));
            return 1;
        }
        SenderContext context;
        context.settings = {
            {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
            {QStringLiteral("port"), smtp.ready().value(QStringLiteral("port")).toInt()},
            {QStringLiteral("security"), QStringLiteral("none")}};
        auto sender = std::move(registry->create(QStringLiteral("email-smtp"), context)).value();
        std::vector<double> sends;
        int accepted = 0;
        int arrived = 0;
        for (int i = 0; i < mailCount; ++i) {
            while (arrived < mailCount && smtp.next(0))
                ++arrived;
            QElapsedTimer t;
            t.start();
            accepted += sender
                            ->send(message(i, QStringLiteral("email"),
                                           QStringLiteral("p%1@example.org").arg(i)))
                            .outcome == SendOutcome::Sent;
            sends.push_back(t.nsecsElapsed() / 1e6);
        }
        // Baseline in the same run: every e-mail on a thread of its own, so on a connection
        // of its own (greeting, EHLO and QUIT each time), as before connections were kept.
        std::vector<double> fresh;
        const int freshCount = qMin(mailCount, 50);
        for (int i = 0; i < freshCount; ++i) {
            std::thread([&] {
                QElapsedTimer t;
                t.start();
                accepted += sender
                                ->send(message(mailCount + i, QStringLiteral("email"),
                                               QStringLiteral("q%1@example.org").arg(i)))
                                .outcome == SendOutcome::Sent;
                fresh.push_back(t.nsecsElapsed() / 1e6);
            }).join();
        }
        while (arrived < mailCount + freshCount && smtp.next(20000))
            ++arrived;
        report.figure(QStringLiteral("email_accepted"), accepted,
                      QStringLiteral("of %1").arg(mailCount + freshCount));
        report.figure(QStringLiteral("email_send_new_connection_median_ms"), median(fresh),
                      QStringLiteral("ms"), QStringLiteral("baseline"));
        report.target(QStringLiteral("email_kept_connection_ratio"), median(sends) / median(fresh),
                      1.0, QStringLiteral("x the baseline"));
        report.target(QStringLiteral("email_send_median_ms"), median(sends), 100,
                      QStringLiteral("ms"));
        report.target(QStringLiteral("email_lost"), mailCount + freshCount - arrived, 0,
                      QStringLiteral("messages"));
    }
    return report.finish();
}
