#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace burgernet::bench {

// Collects a benchmark's figures, prints them as they come and checks them against targets.
// Every figure is compared with a baseline measured in the same run, because the machine is
// noisy: ratios travel, absolute numbers less so.
class BenchReport
{
public:
    explicit BenchReport(QString name);

    void figure(const QString& key, double value, const QString& unit, const QString& note = {});
    // A target: value <= limit (or >= when `atLeast`). Failing targets make the bench fail.
    void target(const QString& key, double value, double limit, const QString& unit,
                bool atLeast = false);
    // Writes BENCH_OUTPUT_DIR/<name>.json when that variable is set; returns the exit code.
    int finish();

private:
    QString m_name;
    QJsonObject m_figures;
    int m_failed = 0;
};

// Median of `runs` timings of `work`, in milliseconds.
double medianMs(int runs, const std::function<void()>& work);
// The medians of `a` and `b` timed in turns, so that both see the same moments of a noisy
// machine: for ratios.
std::pair<double, double> pairedMedianMs(int runs, const std::function<void()>& a,
                                         const std::function<void()>& b);

} // namespace burgernet::bench
