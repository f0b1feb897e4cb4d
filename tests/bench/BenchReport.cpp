#include "tests/bench/BenchReport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSysInfo>

#include <cstdio>

namespace burgernet::bench {

BenchReport::BenchReport(QString name)
    : m_name(std::move(name))
{
    std::printf("== %s (%s, %s)\n", qPrintable(m_name), qPrintable(QSysInfo::prettyProductName()),
                qPrintable(QSysInfo::currentCpuArchitecture()));
}

void BenchReport::figure(const QString& key, double value, const QString& unit, const QString& note)
{
    m_figures.insert(key,
                     QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("unit"), unit}});
    std::printf("%-44s %12.3f %-8s %s\n", qPrintable(key), value, qPrintable(unit),
                qPrintable(note));
    std::fflush(stdout);
}

void BenchReport::target(const QString& key, double value, double limit, const QString& unit,
                         bool atLeast)
{
    const bool ok = atLeast ? value >= limit : value <= limit;
    m_figures.insert(key, QJsonObject{{QStringLiteral("value"), value},
                                      {QStringLiteral("unit"), unit},
                                      {QStringLiteral("target"), limit},
                                      {QStringLiteral("ok"), ok}});
    std::printf("%-44s %12.3f %-8s target %s %g: %s\n", qPrintable(key), value, qPrintable(unit),
                atLeast ? ">=" : "<=", limit, ok ? "ok" : "MISSED");
    std::fflush(stdout);
    if (!ok)
        ++m_failed;
}

int BenchReport::finish()
{
    const QString dir = qEnvironmentVariable("BENCH_OUTPUT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QFile file(QDir(dir).filePath(m_name + QStringLiteral(".json")));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(m_figures).toJson());
    }
    std::printf("%s: %d targets missed\n", qPrintable(m_name), m_failed);
    return m_failed == 0 ? 0 : 1;
}

double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

std::pair<double, double> pairedMedianMs(int runs, const std::function<void()>& a,
                                         const std::function<void()>& b)
{
    std::vector<double> first, second;
    for (int i = 0; i < runs; ++i)
        for (int which = 0; which < 2; ++which) {
            const auto& work = (i + which) % 2 ? b : a; // who goes first alternates too
            QElapsedTimer timer;
            timer.start();
            work();
            ((i + which) % 2 ? second : first).push_back(timer.nsecsElapsed() / 1e6);
        }
    std::sort(first.begin(), first.end());
    std::sort(second.begin(), second.end());
    return {first[first.size() / 2], second[second.size() / 2]};
}

} // namespace burgernet::bench
