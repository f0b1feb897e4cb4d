#include "app/reports/ReviewPdf.h"

#include "app/core/Channel.h"
#include "app/core/Version.h"
#include "app/dispatch/ActionWords.h"
#include "app/reports/AreaMapImage.h"
#include "app/reports/PdfCharts.h"
#include "app/reports/ReportPage.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace burgernet {

namespace {

const QColor kLive(0x15, 0x42, 0x73);
const QColor kTraining(0x8b, 0x1e, 0x9e);
const QColor kDirect(0x1b, 0x5e, 0x20);
const QColor kIndirect(0x64, 0x9d, 0xd8);
const QColor kIndirectLine(0x15, 0x65, 0xc0);
const QColor kMissingLine(0xc6, 0x28, 0x28);
const QList<QColor> kPalette{QColor(0x15, 0x65, 0xc0), QColor(0xef, 0x6c, 0x00),
                             QColor(0x2e, 0x7d, 0x32), QColor(0xc6, 0x28, 0x28),
                             QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f),
                             QColor(0x79, 0x55, 0x48), QColor(0x75, 0x75, 0x75)};

// The programme's published figures (the dashboard's reference lines).
constexpr double kDirectReference = 10.0;
constexpr double kMissingReference = 14.0;
constexpr double kIndirectReference = 40.0;

QString local(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                       : QStringLiteral("–");
}

QString percent(double v)
{
    return QLocale().toString(v, 'f', 1) + QStringLiteral(" %");
}

QString minutes(qint64 ms)
{
    return ms < 0 ? QStringLiteral("–")
                  : ReviewPdf::tr("%1 min").arg(QLocale().toString(double(ms) / 60000.0, 'f', 1));
}

QString channelLabel(const QString& id)
{
    const auto channel = Channel::fromId(id);
    return channel ? channelName(*channel) : id;
}

QString footerText(Mode mode)
{
    return ReviewPdf::tr("Burgernet Console %1 · %2 · no personal data · made %3")
        .arg(QLatin1String(kVersion),
             mode == Mode::Training ? ReviewPdf::tr("TRAINING") : ReviewPdf::tr("live"),
             local(QDateTime::currentDateTimeUtc()));
}

PdfCharts::Chart successChart(const QString& title, const QStringList& categories,
                              const QList<SuccessFigures>& figures, int missingAt = -1)
{
    PdfCharts::Chart c;
    c.title = title;
    c.axis = QStringLiteral("%");
    c.categories = categories;
    c.maximum = 100;
    PdfCharts::Series direct{ReviewPdf::tr("direct"), kDirect, {}, {}};
    PdfCharts::Series indirect{ReviewPdf::tr("useful information"), kIndirect, {}, {}};
    for (const SuccessFigures& f : figures) {
        direct.values << f.directPercent();
        indirect.values << f.indirectPercent();
    }
    c.series = {direct, indirect};
    c.references = {{ReviewPdf::tr("programme %1 direct").arg(percent(kDirectReference)), kDirect,
                     kDirectReference},
                    {ReviewPdf::tr("programme %1 contribution").arg(percent(kIndirectReference)),
                     kIndirectLine, kIndirectReference}};
    if (missingAt >= 0)
        c.references.append(
            {ReviewPdf::tr("programme %1 missing persons").arg(percent(kMissingReference)),
             kMissingLine, kMissingReference, missingAt});
    return c;
}

PdfCharts::Chart histogram(const QString& title, const QList<DelayBucket>& buckets)
{
    PdfCharts::Chart c;
    c.title = title;
    PdfCharts::Series counts{ReviewPdf::tr("actions"), kLive, {}, {}};
    for (const DelayBucket& b : buckets) {
        c.categories << (b.highMinutes < 0
                             ? QStringLiteral("≥%1").arg(b.lowMinutes)
                             : QStringLiteral("%1–%2").arg(b.lowMinutes).arg(b.highMinutes));
        counts.values << double(b.count);
    }
    c.series = {counts};
    return c;
}

auto painted(const PdfCharts::Chart& chart)
{
    return [chart](QPainter& p, const QRectF& r) { PdfCharts::bars(p, r, chart); };
}

// The timeline's steps in the words of the Review dock's report (the same translations).
QString stepText(const QString& what)
{
    static const QHash<QString, const char*> steps{
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("burgernet::ActionReportText", "created")},
        {QStringLiteral("submit"),
         QT_TRANSLATE_NOOP("burgernet::ActionReportText", "submitted for approval")},
        {QStringLiteral("approve"),
         QT_TRANSLATE_NOOP("burgernet::ActionReportText", "approved and sent")},
        {QStringLiteral("send"), QT_TRANSLATE_NOOP("burgernet::ActionReportText", "sent")},
        {QStringLiteral("sent"),
         QT_TRANSLATE_NOOP("burgernet::ActionReportText", "every alert message out")},
        {QStringLiteral("first_message"),
         QT_TRANSLATE_NOOP("burgernet::ActionReportText", "first message reached")},
        {QStringLiteral("tip"), QT_TRANSLATE_NOOP("burgernet::ActionReportText", "tip")},
        {QStringLiteral("tip_useful"),
         QT_TRANSLATE_NOOP("burgernet::ActionReportText", "useful tip")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("burgernet::ActionReportText", "update")},
        {QStringLiteral("close"),
         QT_TRANSLATE_NOOP("burgernet::ActionReportText", "closing message")},
        {QStringLiteral("cancel"), QT_TRANSLATE_NOOP("burgernet::ActionReportText", "cancelled")}};
    const char* text = steps.value(what);
    return text ? QCoreApplication::translate("burgernet::ActionReportText", text) : what;
}

QString periodText(const ReviewFilter& f)
{
    return ReviewPdf::tr("%1 to %2")
        .arg(f.from.isValid()
                 ? QLocale().toString(f.from.toLocalTime().date(), QLocale::ShortFormat)
                 : QStringLiteral("…"),
             f.to.isValid()
                 ? QLocale().toString(f.to.toLocalTime().addMSecs(-1).date(), QLocale::ShortFormat)
                 : QStringLiteral("…"));
}

QString outcomeText(Outcome outcome)
{
    return outcome == Outcome::None ? QStringLiteral("–") : ActionWords::outcome(outcome);
}

} // namespace

Status ReviewPdf::writeAction(const ActionReport& report, const PlaceTable* places,
                              QIODevice& device)
{
    const ReviewRow& r = report.row;
    const Mode mode = r.mode;
    const QColor accent = mode == Mode::Training ? kTraining : kLive;
    const QString title = tr("Action %1: %2").arg(r.id).arg(ActionWords::incident(r.incident));
    ReportPage page(device, title, footerText(mode), accent);
    if (!page.ok())
        return Error{tr("The PDF cannot be started.")};
    if (mode == Mode::Training)
        page.heading(tr("TRAINING: not a live action"), kTraining, 12);
    page.heading(title, accent);
    page.paragraph(tr("Report of one Burgernet action for the supervisors' review. Times are "
                      "local. It names no participant and quotes no tip."));

    const QString area = r.areaKind == GeoArea::Kind::Circle
                             ? tr("circle, radius %1 m (%2 km²)")
                                   .arg(QLocale().toString(r.radiusMetres, 'f', 0),
                                        QLocale().toString(r.areaKm2, 'f', 2))
                         : r.areaKind == GeoArea::Kind::Polygon
                             ? tr("polygon, %1 km²").arg(QLocale().toString(r.areaKm2, 'f', 2))
                             : QStringLiteral("–");
    QList<QStringList> figures{
        {tr("Kind"), r.kind == ActionKind::Urgent ? tr("urgent") : tr("notice")},
        {tr("Incident type"), ActionWords::incident(r.incident)},
        {tr("Dispatcher"), r.author},
        {tr("Created"), local(r.createdAt)},
        {tr("Alert sent"), local(r.sentAt)},
        {tr("Closed"), local(r.closedAt)},
        {tr("Waited for approval"), minutes(report.approvalWaitMs)},
        {tr("Area"), area},
        {tr("Recipients (alert)"), QString::number(r.recipients())},
        {tr("Delivered"),
         r.deliveredPercent() < 0 ? QStringLiteral("–") : percent(r.deliveredPercent())},
        {tr("Tips (useful)"), QStringLiteral("%1 (%2)").arg(r.tips).arg(r.usefulTips)},
        {tr("Time to the first tip"), minutes(r.firstTipMs)},
        {tr("Time to the closing message"),
         minutes(r.closingMs) + (r.closingLate ? tr(" (late)") : QString())},
        {tr("Outcome"), outcomeText(r.outcome)}};

    const double mapHeight = page.width() * 0.55;
    const QImage map = AreaMapImage::render(report.area, report.tipPlaces, places,
                                            QSize(1200, int(1200 * mapHeight / page.width())));
    page.image(map, mapHeight);
    page.paragraph(tr("The area (blue) with the places tips named: green useful, orange other "
                      "(%1 of %2 tips had a place). Places: GeoNames (CC BY 4.0).")
                       .arg(report.tipPlaces.size())
                       .arg(r.tips),
                   QColor(0x55, 0x55, 0x55));
    page.table(figures, {0.35, 0.65}, false);

    page.heading(tr("Delivery per channel"), accent, 12);
    QList<QStringList> channels{
        {tr("Channel"), tr("Recipients"), tr("Reached"), tr("Messages"), tr("90 % reached after")}};
    for (const ReviewChannel& c : r.channels)
        channels << QStringList{channelLabel(c.channel), QString::number(c.recipients),
                                QString::number(c.reached), QString::number(c.messages),
                                minutes(c.t90Ms)};
    page.table(channels, {0.24, 0.19, 0.19, 0.19, 0.19}, true);
    if (!report.curves.isEmpty()) {
        PdfCharts::Chart curve;
        curve.title = tr("Alert recipients reached, cumulative");
        qsizetype colour = 0;
        for (auto it = report.curves.cbegin(); it != report.curves.cend(); ++it) {
            PdfCharts::Series s{
                channelLabel(it.key()), kPalette[colour++ % kPalette.size()], {}, {}};
            s.xs << 0;
            s.values << 0;
            for (const DeliveryPoint& p : *it) {
                s.xs << double(p.minute + 1);
                s.values << double(p.reached);
            }
            curve.series << s;
        }
        page.block(page.width() * 0.35, [curve](QPainter& p, const QRectF& rect) {
            PdfCharts::curves(p, rect, curve, tr("minutes after the alert"));
        });
    }

    page.heading(tr("Timeline"), accent, 12);
    QList<QStringList> timeline{{tr("Time"), tr("Step"), tr("By"), tr("Detail")}};
    for (const TimelineEntry& e : report.timeline)
        timeline << QStringList{local(e.at), stepText(e.what), e.actor, e.detail};
    page.table(timeline, {0.2, 0.22, 0.2, 0.38}, true);
    return {};
}

Status ReviewPdf::writePeriod(const ReviewStats& s, Mode mode, QIODevice& device)
{
    const QColor accent = mode == Mode::Training ? kTraining : kLive;
    const QString title = tr("Burgernet statistics, %1").arg(periodText(s.filter));
    ReportPage page(device, title, footerText(mode), accent);
    if (!page.ok())
        return Error{tr("The PDF cannot be started.")};
    if (mode == Mode::Training)
        page.heading(tr("TRAINING RESULTS: never counted with live actions"), kTraining, 12);
    page.heading(title, accent);
    QStringList filter;
    if (s.filter.incident)
        filter << tr("type %1").arg(ActionWords::incident(*s.filter.incident));
    if (s.filter.outcome)
        filter << tr("outcome %1").arg(outcomeText(*s.filter.outcome));
    if (s.filter.kind)
        filter << (*s.filter.kind == ActionKind::Urgent ? tr("urgent only") : tr("notices only"));
    if (!s.filter.dispatcher.isEmpty())
        filter << tr("dispatcher %1").arg(s.filter.dispatcher);
    if (!s.filter.workstation.isEmpty())
        filter << tr("workstation %1").arg(s.filter.workstation);
    page.paragraph(tr("Actions whose alert went out, by the time they were created (local "
                      "time). Filter: %1. The same figures as `burgernetctl report stats`.")
                       .arg(filter.isEmpty() ? tr("none") : filter.join(QStringLiteral(", "))));

    const double fatigue = s.alertedLast30Days
                               ? 100.0 * double(s.fatiguedLast30Days) / double(s.alertedLast30Days)
                               : 0;
    page.table({{tr("Actions"), QString::number(s.actions)},
                {tr("Closed urgent actions"), QString::number(s.success.closed)},
                {tr("Direct success (arrest, person found)"),
                 tr("%1 (programme: about %2)")
                     .arg(percent(s.success.directPercent()), percent(kDirectReference))},
                {tr("Useful information"),
                 tr("%1 (programme: about %2 with a contribution)")
                     .arg(percent(s.success.indirectPercent()), percent(kIndirectReference))},
                {tr("Closing message on time (within %1 min)").arg(s.filter.closingLimitMinutes),
                 tr("%1 of %2").arg(percent(s.closingOnTimePercent())).arg(s.closed)},
                {tr("Tips (useful)"), QStringLiteral("%1 (%2)").arg(s.tips).arg(s.usefulTips)},
                {tr("Participants reached per action"),
                 tr("%1 on average, at most %2")
                     .arg(QLocale().toString(s.averageReached(), 'f', 0))
                     .arg(s.reachedMax)},
                {tr("Message fatigue (30 days)"),
                 tr("%1 of %2 alerted participants got more than %3 alerts")
                     .arg(percent(fatigue))
                     .arg(s.alertedLast30Days)
                     .arg(s.filter.fatigueAlerts)}},
               {0.45, 0.55}, false);

    const bool perMonth = s.filter.from.isValid() && s.filter.to.isValid()
                              ? s.filter.from.daysTo(s.filter.to) > 92
                              : s.perWeek.size() > 26;
    const auto& periods = perMonth ? s.perMonth : s.perWeek;
    PdfCharts::Chart perPeriod;
    perPeriod.title = perMonth ? tr("Actions per month, by incident type")
                               : tr("Actions per week, by incident type");
    perPeriod.stacked = true;
    perPeriod.categories = periods.keys();
    qsizetype colour = 0;
    for (IncidentType t : allIncidentTypes()) {
        if (!s.perType.contains(t))
            continue;
        PdfCharts::Series series{
            ActionWords::incident(t), kPalette[colour++ % kPalette.size()], {}, {}};
        for (const QString& key : perPeriod.categories)
            series.values << double(periods.value(key).value(t));
        perPeriod.series << series;
    }
    page.block(page.width() * 0.42, painted(perPeriod));

    QStringList types;
    QList<SuccessFigures> byType;
    int missingAt = -1;
    for (IncidentType t : allIncidentTypes())
        if (s.successByType.contains(t)) {
            if (t == IncidentType::Missing)
                missingAt = int(types.size());
            types << ActionWords::incident(t);
            byType << s.successByType.value(t);
        }
    page.block(page.width() * 0.45,
               painted(successChart(tr("Success by incident type"), types, byType, missingAt)));

    QStringList sizes;
    QList<SuccessFigures> bySize;
    for (auto it = s.successBySize.cbegin(); it != s.successBySize.cend(); ++it) {
        sizes << ReviewStats::sizeBucketLabel(it.key());
        bySize << it.value();
    }
    QStringList hours, weekdays;
    for (int h = 0; h < 24; ++h)
        hours << QString::number(h);
    for (int d = 1; d <= 7; ++d)
        weekdays << QLocale().dayName(d, QLocale::ShortFormat);
    const double half = page.width() * 0.36;
    page.row(half, {painted(successChart(tr("Success by area size"), sizes, bySize)),
                    painted(successChart(tr("Success by day of the week"), weekdays,
                                         {s.successByWeekday.begin(), s.successByWeekday.end()}))});
    page.block(half, painted(successChart(tr("Success by hour of the day"), hours,
                                          {s.successByHour.begin(), s.successByHour.end()})));
    page.row(half,
             {painted(histogram(
                  tr("Minutes to the first tip (%1 actions with tips)").arg(s.actionsWithTips),
                  s.firstTip)),
              painted(histogram(tr("Minutes to the closing message: %1 on time")
                                    .arg(percent(s.closingOnTimePercent())),
                                s.closing))});

    PdfCharts::Chart delivery;
    delivery.title = tr("Delivered per channel (all messages)");
    delivery.axis = QStringLiteral("%");
    delivery.maximum = 100;
    PdfCharts::Chart t90;
    t90.title = tr("Minutes until 90 % of an alert's recipients were reached");
    PdfCharts::Series delivered{tr("delivered"), kLive, {}, {}};
    PdfCharts::Series average{tr("average"), kIndirect, {}, {}};
    PdfCharts::Series longest{tr("longest"), kMissingLine, {}, {}};
    QList<QStringList> channelRows{{tr("Channel"), tr("Messages"), tr("Delivered"),
                                    tr("90 % reached: average"), tr("longest")}};
    for (const ChannelFigures& c : s.channels) {
        delivery.categories << channelLabel(c.channel);
        t90.categories << channelLabel(c.channel);
        delivered.values << c.deliveryPercent();
        average.values << std::max(0.0, c.averageT90Seconds / 60.0);
        longest.values << std::max(0.0, c.maxT90Seconds / 60.0);
        channelRows << QStringList{
            channelLabel(c.channel), QString::number(c.messages), percent(c.deliveryPercent()),
            minutes(qint64(c.averageT90Seconds * 1000)), minutes(qint64(c.maxT90Seconds * 1000))};
    }
    delivery.series = {delivered};
    t90.series = {average, longest};
    page.row(half, {painted(delivery), painted(t90)});
    page.table(channelRows, {0.24, 0.19, 0.19, 0.19, 0.19}, true);

    PdfCharts::Chart reached = histogram(tr("Participants reached per action"), {});
    for (const DelayBucket& b : s.reachedPerAction) {
        reached.categories << (b.highMinutes < 0
                                   ? QStringLiteral("≥%1").arg(b.lowMinutes)
                                   : QStringLiteral("%1–%2").arg(b.lowMinutes).arg(b.highMinutes));
        reached.series[0].values << double(b.count);
    }
    page.block(half, painted(reached));
    return {};
}

} // namespace burgernet
