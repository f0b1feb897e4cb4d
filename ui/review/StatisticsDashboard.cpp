#include "ui/review/StatisticsDashboard.h"

#include "app/core/Channel.h"
#include "app/dispatch/ActionWords.h"
#include "app/reports/ReviewPdf.h"
#include "app/services/ReviewService.h"
#include "ui/ModeIndicator.h"
#include "ui/review/StatisticsCharts.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace burgernet {

namespace {

// A period longer than this is shown per month rather than per week.
constexpr qint64 kWeeksUpToDays = 92;

QString percent(double v)
{
    return QLocale().toString(v, 'f', 1);
}

QString channelLabel(const QString& id)
{
    const auto channel = Channel::fromId(id);
    return channel ? channelName(*channel) : id;
}

} // namespace

StatisticsDashboard::StatisticsDashboard(ReviewService& review, Mode sessionMode, QWidget* parent)
    : QWidget(parent)
    , m_review(review)
    , m_sessionMode(sessionMode)
{
    setObjectName(QStringLiteral("statisticsDashboard"));
    setWindowTitle(tr("Statistics"));
    m_chooseFile = [this](const QString& suggested) {
        const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        return QFileDialog::getSaveFileName(this, tr("Export the period's report"),
                                            documents.filePath(suggested), tr("PDF files (*.pdf)"));
    };
    build();
}

void StatisticsDashboard::build()
{
    auto* layout = new QVBoxLayout(this);
    m_banner = ModeIndicator::createTrainingBanner(this);
    m_banner->setText(tr("TRAINING RESULTS: never counted with live actions"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto* filters = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addMonths(-6), this);
    m_from->setObjectName(QStringLiteral("statsFrom"));
    m_from->setAccessibleName(tr("Period from"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("statsTo"));
    m_to->setAccessibleName(tr("Period to"));
    m_to->setCalendarPopup(true);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("statsType"));
    m_type->addItem(tr("All types"));
    for (IncidentType t : allIncidentTypes())
        m_type->addItem(ActionWords::incident(t), enumId(t));
    m_workstation = new QLineEdit(this);
    m_workstation->setObjectName(QStringLiteral("statsWorkstation"));
    m_workstation->setPlaceholderText(tr("Workstation"));
    m_workstation->setAccessibleName(m_workstation->placeholderText());
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("statsPeriod"));
    m_period->addItem(tr("Per week"));
    m_period->addItem(tr("Per month"));
    m_period->setCurrentIndex(1);
    m_training = new QCheckBox(tr("Training results"), this);
    m_training->setObjectName(QStringLiteral("statsTraining"));
    m_training->setChecked(m_sessionMode == Mode::Training);
    m_training->setEnabled(m_sessionMode == Mode::Live);
    m_training->setStyleSheet(QStringLiteral("QCheckBox { color: %1; }")
                                  .arg(ModeIndicator::modeColor(Mode::Training).name()));
    m_show = new QPushButton(tr("Show"), this);
    m_show->setObjectName(QStringLiteral("statsShow"));
    m_pdf = new QPushButton(tr("Export PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("statsPdf"));
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_type);
    filters->addWidget(m_workstation);
    filters->addWidget(m_period);
    filters->addWidget(m_training);
    filters->addWidget(m_show);
    filters->addWidget(m_pdf);
    filters->addStretch();
    layout->addLayout(filters);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statsSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("statsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("statsTabs"));
    const auto page = [this](const QString& title) {
        auto* w = new QWidget(m_tabs);
        w->setLayout(new QGridLayout);
        m_tabs->addTab(w, title);
        return w;
    };
    QWidget* success = page(tr("Success"));
    addView(success, QStringLiteral("successType"), 0, 0, 2);
    addView(success, QStringLiteral("successSize"), 1, 0);
    addView(success, QStringLiteral("successWeekday"), 1, 1);
    QWidget* hours = page(tr("Success by hour"));
    addView(hours, QStringLiteral("successHour"), 0, 0);
    QWidget* actions = page(tr("Actions"));
    addView(actions, QStringLiteral("perPeriod"), 0, 0);
    QWidget* times = page(tr("Tips and closing"));
    addView(times, QStringLiteral("firstTip"), 0, 0);
    addView(times, QStringLiteral("closing"), 0, 1);
    QWidget* delivery = page(tr("Delivery"));
    addView(delivery, QStringLiteral("delivery"), 0, 0);
    addView(delivery, QStringLiteral("t90"), 0, 1);
    QWidget* reach = page(tr("Reach and fatigue"));
    addView(reach, QStringLiteral("reached"), 0, 0);
    addView(reach, QStringLiteral("fatigue"), 0, 1);
    layout->addWidget(m_tabs, 1);

    connect(m_show, &QPushButton::clicked, this, &StatisticsDashboard::refresh);
    connect(m_pdf, &QPushButton::clicked, this, [this] { (void)exportPdf(); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        if (m_stats.filter.from.isValid() || m_stats.actions > 0)
            draw();
    });
}

QChartView* StatisticsDashboard::addView(QWidget* page, const QString& name, int row, int column,
                                         int columns)
{
    auto* view = new QChartView(page);
    view->setObjectName(QStringLiteral("chart_") + name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    static_cast<QGridLayout*>(page->layout())->addWidget(view, row, column, 1, columns);
    m_views.insert(name, view);
    return view;
}

QChart* StatisticsDashboard::chart(const QString& name) const
{
    const QChartView* view = m_views.value(name);
    return view ? view->chart() : nullptr;
}

void StatisticsDashboard::setFilter(const ReviewFilter& f)
{
    if (f.from.isValid())
        m_from->setDate(f.from.toLocalTime().date());
    if (f.to.isValid())
        m_to->setDate(f.to.toLocalTime().addMSecs(-1).date());
    m_type->setCurrentIndex(f.incident ? m_type->findData(enumId(*f.incident)) : 0);
    m_workstation->setText(f.workstation);
    if (m_training->isEnabled())
        m_training->setChecked(f.mode == Mode::Training);
    m_period->setCurrentIndex(m_from->date().daysTo(m_to->date()) > kWeeksUpToDays ? 1 : 0);
}

ReviewFilter StatisticsDashboard::filter() const
{
    ReviewFilter f;
    f.from = QDateTime(m_from->date(), QTime(0, 0));
    f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0));
    f.mode = m_training->isChecked() ? Mode::Training : Mode::Live;
    if (m_type->currentIndex() > 0)
        f.incident = enumFromId<IncidentType>(m_type->currentData().toString());
    f.workstation = m_workstation->text().trimmed();
    return f;
}

void StatisticsDashboard::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool StatisticsDashboard::refresh()
{
    const ReviewFilter f = filter();
    auto stats = m_review.stats(f);
    if (!stats) {
        showMessage(stats.errorMessage());
        return false;
    }
    showMessage(QString());
    m_stats = std::move(stats).value();
    m_shownMode = f.mode.value_or(m_sessionMode);
    draw();
    return true;
}

void StatisticsDashboard::draw()
{
    const ReviewStats& s = m_stats;
    const Mode mode = m_shownMode;
    const bool training = mode == Mode::Training;
    m_banner->setVisible(training);
    const double fatiguePercent =
        s.alertedLast30Days ? 100.0 * double(s.fatiguedLast30Days) / double(s.alertedLast30Days)
                            : 0;
    m_summary->setText(
        tr("%1 actions. Of %2 closed urgent actions: %3 % direct success, %4 % useful "
           "information (programme: about 10 % and 40 %). Closing message on time: %5 % of %6. "
           "Participants reached: %7 per action on average. Message fatigue: %8 % got more than "
           "%9 alerts in 30 days.")
            .arg(s.actions)
            .arg(s.success.closed)
            .arg(percent(s.success.directPercent()), percent(s.success.indirectPercent()),
                 percent(s.closingOnTimePercent()))
            .arg(s.closed)
            .arg(QLocale().toString(s.averageReached(), 'f', 0), percent(fatiguePercent))
            .arg(s.filter.fatigueAlerts));
    m_summary->setStyleSheet(
        training ? QStringLiteral("color: %1;").arg(ModeIndicator::modeColor(mode).name())
                 : QString());

    QMap<QString, QChart*> charts;
    charts.insert(QStringLiteral("perPeriod"),
                  StatisticsCharts::perPeriod(s, m_period->currentIndex() == 1, mode));

    QList<IncidentType> types;
    QList<SuccessFigures> byType;
    int missingAt = -1;
    for (IncidentType t : allIncidentTypes())
        if (s.successByType.contains(t)) {
            if (t == IncidentType::Missing)
                missingAt = int(types.size());
            types << t;
            byType << s.successByType.value(t);
        }
    charts.insert(QStringLiteral("successType"),
                  StatisticsCharts::success(tr("Success by incident type"),
                                            StatisticsCharts::typeLabels(types), byType, mode,
                                            missingAt));
    QStringList sizes;
    QList<SuccessFigures> bySize;
    for (auto it = s.successBySize.cbegin(); it != s.successBySize.cend(); ++it) {
        sizes << ReviewStats::sizeBucketLabel(it.key());
        bySize << it.value();
    }
    charts.insert(QStringLiteral("successSize"),
                  StatisticsCharts::success(tr("Success by area size"), sizes, bySize, mode));
    charts.insert(QStringLiteral("successHour"),
                  StatisticsCharts::success(
                      tr("Success by hour of the day"), StatisticsCharts::hourLabels(),
                      QList<SuccessFigures>(s.successByHour.begin(), s.successByHour.end()), mode));
    charts.insert(QStringLiteral("successWeekday"),
                  StatisticsCharts::success(
                      tr("Success by day of the week"), StatisticsCharts::weekdayLabels(),
                      QList<SuccessFigures>(s.successByWeekday.begin(), s.successByWeekday.end()),
                      mode));
    charts.insert(QStringLiteral("firstTip"),
                  StatisticsCharts::histogram(
                      tr("Time to the first tip (%1 actions with tips)").arg(s.actionsWithTips),
                      tr("Actions"), s.firstTip, tr("Actions"), mode));
    charts.insert(QStringLiteral("closing"),
                  StatisticsCharts::histogram(tr("Time to the closing message: %1 % on time "
                                                 "(within %2 minutes)")
                                                  .arg(percent(s.closingOnTimePercent()))
                                                  .arg(s.filter.closingLimitMinutes),
                                              tr("Actions"), s.closing, tr("Actions"), mode));
    QStringList channels;
    QList<double> delivered, average, longest;
    for (const ChannelFigures& c : s.channels) {
        channels << channelLabel(c.channel);
        delivered << c.deliveryPercent();
        average << std::max(0.0, c.averageT90Seconds / 60.0);
        longest << std::max(0.0, c.maxT90Seconds / 60.0);
    }
    charts.insert(
        QStringLiteral("delivery"),
        StatisticsCharts::bars(tr("Delivery rate per channel (all messages)"), channels,
                               {{QStringLiteral("delivered"), tr("Delivered %"), delivered}},
                               tr("%"), mode, 100));
    charts.insert(QStringLiteral("t90"),
                  StatisticsCharts::bars(tr("Time until 90 % of the alert's recipients were "
                                            "reached"),
                                         channels,
                                         {{QStringLiteral("average"), tr("Average"), average},
                                          {QStringLiteral("longest"), tr("Longest"), longest}},
                                         tr("Minutes"), mode));
    QStringList reachBars;
    QList<double> reachCounts;
    for (const DelayBucket& b : s.reachedPerAction) {
        reachBars << StatisticsCharts::bucketLabel(b);
        reachCounts << double(b.count);
    }
    QChart* reached = StatisticsCharts::bars(
        tr("Participants reached per action (average %1, most %2)")
            .arg(QLocale().toString(s.averageReached(), 'f', 0))
            .arg(s.reachedMax),
        reachBars, {{QStringLiteral("count"), tr("Actions"), reachCounts}}, tr("Actions"), mode);
    reached->legend()->hide();
    charts.insert(QStringLiteral("reached"), reached);
    charts.insert(QStringLiteral("fatigue"), StatisticsCharts::fatigue(s, mode));

    for (auto it = charts.cbegin(); it != charts.cend(); ++it) {
        QChartView* view = m_views.value(it.key());
        QChart* old = view->chart();
        view->setChart(it.value());
        delete old;
    }
}

QString StatisticsDashboard::exportPdf()
{
    const ReviewFilter f = filter();
    const QString path = m_chooseFile(
        QStringLiteral("burgernet-statistiek-%1-%2.pdf")
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
    if (path.isEmpty())
        return QString();
    auto written = m_review.exportPeriod(f, path, QStringLiteral("pdf"), &ReviewPdf::writePeriod);
    if (!written) {
        showMessage(written.errorMessage());
        return QString();
    }
    showMessage(tr("The period's report (%1 actions) written to %2.")
                    .arg(written->actions)
                    .arg(QDir::toNativeSeparators(path)));
    return path;
}

} // namespace burgernet
