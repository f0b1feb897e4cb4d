#include "ui/review/ActionReportText.h"

#include "app/dispatch/ActionWords.h"
#include "ui/ModeIndicator.h"
#include "ui/dispatch/ActionTableModel.h"
#include "ui/review/ReviewTableModel.h"

#include <QLocale>

namespace burgernet {

QString ActionReportText::stepText(const QString& what)
{
    if (what == QLatin1String("create"))
        return tr("created");
    if (what == QLatin1String("submit"))
        return tr("submitted for approval");
    if (what == QLatin1String("approve"))
        return tr("approved and sent");
    if (what == QLatin1String("send"))
        return tr("sent");
    if (what == QLatin1String("sent"))
        return tr("every alert message out");
    if (what == QLatin1String("first_message"))
        return tr("first message reached");
    if (what == QLatin1String("tip"))
        return tr("tip");
    if (what == QLatin1String("tip_useful"))
        return tr("useful tip");
    if (what == QLatin1String("update"))
        return tr("update");
    if (what == QLatin1String("close"))
        return tr("closing message");
    if (what == QLatin1String("cancel"))
        return tr("cancelled");
    if (what == QLatin1String("area"))
        return tr("area of the messages");
    if (what == QLatin1String("area_grown"))
        return tr("area grown");
    if (what == QLatin1String("dispatch.batch"))
        return tr("sent by the channel (summed up)");
    return what;
}

QString ActionReportText::sourceText(const TimelineEntry& e)
{
    const QString source = e.source.section(QLatin1Char('+'), 0, 0);
    QString text = source == QLatin1String("outbox")  ? tr("outbox")
                   : source == QLatin1String("tips")  ? tr("tips")
                   : source == QLatin1String("audit") ? tr("audit log")
                                                      : tr("register");
    if (e.seq > 0)
        text += source == QLatin1String("audit") ? tr(" no. %1").arg(e.seq)
                                                 : tr(", audit no. %1").arg(e.seq);
    return text;
}

QString ActionReportText::html(const ActionReport& report)
{
    const ReviewRow& r = report.row;
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString out;
    if (r.mode == Mode::Training)
        out += QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>")
                   .arg(ModeIndicator::modeColor(Mode::Training).name(), esc(tr("TRAINING")));
    out += QStringLiteral("<h3>%1</h3>")
               .arg(esc(tr("Action %1: %2").arg(r.id).arg(ActionWords::incident(r.incident))));
    out += QStringLiteral("<table>");
    const auto line = [&](const QString& key, const QString& value) {
        out += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(key), esc(value));
    };
    line(tr("Start"), QLocale().toString(r.createdAt.toLocalTime(), QLocale::LongFormat));
    line(tr("Area"), ReviewTableModel::areaText(r));
    if (report.approvalWaitMs >= 0)
        line(tr("Waited for approval"), ReviewTableModel::minutesText(report.approvalWaitMs));
    line(tr("Recipients"), QLocale().toString(r.recipients()));
    if (r.deliveredPercent() >= 0)
        line(tr("Delivered"),
             QStringLiteral("%1 %").arg(QLocale().toString(r.deliveredPercent(), 'f', 1)));
    line(tr("Tips"), tr("%1 (%2 useful)").arg(r.tips).arg(r.usefulTips));
    line(tr("First tip after"), ReviewTableModel::minutesText(r.firstTipMs));
    line(tr("Closing message after"),
         ReviewTableModel::minutesText(r.closingMs) + (r.closingLate ? tr(" (late)") : QString()));
    if (r.outcome != Outcome::None)
        line(tr("Outcome"), ActionWords::outcome(r.outcome));
    out += QStringLiteral("</table>");

    out += QStringLiteral("<h4>%1</h4><table>").arg(esc(tr("Delivery per channel")));
    for (const ReviewChannel& c : r.channels) {
        const QList<DeliveryPoint> points = report.curves.value(c.channel);
        const auto minuteFor = [&](double share) -> QString {
            for (const DeliveryPoint& p : points)
                if (c.recipients > 0 && double(p.reached) >= share * double(c.recipients))
                    return tr("%1 min").arg(p.minute);
            return QStringLiteral("–");
        };
        out +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                .arg(esc(c.channel), esc(tr("%1 of %2 reached").arg(c.reached).arg(c.recipients)),
                     esc(tr("50 %: %1").arg(minuteFor(0.5))),
                     esc(tr("90 %: %1").arg(minuteFor(0.9))));
    }
    out += QStringLiteral("</table>");

    out += QStringLiteral("<h4>%1</h4><table>").arg(esc(tr("Timeline")));
    for (const TimelineEntry& e : report.timeline)
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                   .arg(esc(QLocale().toString(e.at.toLocalTime().time(), QLocale::LongFormat)),
                        esc(stepText(e.what)), esc(e.actor), esc(e.detail), esc(sourceText(e)));
    out += QStringLiteral("</table>");
    return out;
}

} // namespace burgernet
