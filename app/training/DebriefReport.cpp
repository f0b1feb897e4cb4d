#include "app/training/DebriefReport.h"

#include <QLocale>

namespace burgernet {

namespace {

QString minutes(const std::optional<double>& m)
{
    return m ? QString::number(*m, 'f', 1) : QStringLiteral("—");
}

QString yesNo(bool b)
{
    return b ? DebriefReport::tr("yes") : DebriefReport::tr("no");
}

QString item(const QString& text)
{
    return QStringLiteral("<li>%1</li>").arg(text);
}

QString escapedList(const QStringList& items)
{
    QString h = QStringLiteral("<ul>");
    for (const QString& i : items)
        h += item(i.toHtmlEscaped());
    return h + QStringLiteral("</ul>");
}

} // namespace

QString DebriefReport::html(const Debrief& d)
{
    const QLocale locale;
    QString h;
    h += QStringLiteral("<h2>%1</h2>").arg(tr("Debrief: %1").arg(d.title.toHtmlEscaped()));
    QStringList run;
    if (!d.trainee.isEmpty())
        run << tr("Trainee: %1").arg(d.trainee.toHtmlEscaped());
    if (d.startedAt.isValid())
        run << tr("Exercise time of the report: %1")
                   .arg(locale.toString(d.startedAt.toLocalTime(), QLocale::ShortFormat));
    if (d.runId)
        run << tr("Run %1").arg(d.runId);
    run << tr("Scenario file: %1").arg(d.scenario.toHtmlEscaped());
    h += QStringLiteral("<p>%1</p>").arg(run.join(QStringLiteral(" · ")));

    h += QStringLiteral("<h3>%1</h3>").arg(tr("Objectives"));
    h += escapedList(d.objectives);

    h += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Times"));
    h += item(tr("First send at minute %1").arg(minutes(d.firstSendMinute)));
    h += item(tr("Closing message at minute %1").arg(minutes(d.closingMinute)));
    h += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("Area"));
    h += item(tr("Person inside the area at the send: %1").arg(yesNo(d.positionInside)));
    h += item(tr("Path covered in the next 15 minutes: %1 %").arg(qRound(d.pathCoverage * 100)));
    h += item(tr("Participants reached: %1").arg(d.reached));
    if (d.referenceParticipants)
        h += item(tr("Participants in the reference area: %1").arg(*d.referenceParticipants));
    h += item(tr("Call-backs: %1").arg(d.callbacks));
    h += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("Message"));
    h += item(tr("Description slots filled: %1 %").arg(qRound(d.slotsFilled * 100)));
    for (const QString& w : d.warningsSent)
        h += item(tr("Sent despite the warning: %1").arg(w.toHtmlEscaped()));
    h += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("Procedure"));
    if (d.consentNeeded)
        h += item(
            tr("Family's consent: %1").arg(yesNo(d.consentGiven && !d.sentWithoutConsentAttempt)));
    h += item(
        tr("Updates after new information: %1 of %2").arg(d.updatesInTime).arg(d.updatesExpected));
    h += item(tr("Closing message sent: %1").arg(yesNo(d.closingSent)));
    if (d.gatewayFailed)
        h += item(tr("Failed messages retried: %1").arg(yesNo(d.gatewayHandled)));
    h += QStringLiteral("</ul>");

    h += QStringLiteral("<h3>%1</h3><table cellpadding=4 border=1 cellspacing=0>")
             .arg(tr("Learning goals"));
    h += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
             .arg(tr("Score"), tr("Last time"), tr("Learning goal and what was seen"));
    for (const GoalScore& g : d.goals) {
        QStringList findings;
        for (const QString& f : g.findings)
            findings << f.toHtmlEscaped();
        h += QStringLiteral(
                 "<tr><td align=right><b>%1</b></td><td align=right>%2</td><td><b>%3</b><br>%4"
                 "</td></tr>")
                 .arg(qRound(g.score))
                 .arg(g.previous ? QString::number(qRound(*g.previous)) : QStringLiteral("—"))
                 .arg(g.title.toHtmlEscaped(), findings.join(QStringLiteral("<br>")));
    }
    h += QStringLiteral("</table>");
    if (!d.earlier.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Earlier runs of this scenario"));
        for (const EarlierRun& r : d.earlier)
            h += item(tr("Run %1 (%2): average %3")
                          .arg(r.id)
                          .arg(locale.toString(r.startedAt.toLocalTime(), QLocale::ShortFormat))
                          .arg(qRound(r.average)));
        h += QStringLiteral("</ul><p>%1</p>")
                 .arg(tr("Average now %1, last time %2.")
                          .arg(qRound(d.average()))
                          .arg(qRound(d.earlier.first().average)));
    }
    h += QStringLiteral("<h3>%1</h3>").arg(tr("Strengths"));
    h += d.strengths.isEmpty() ? QStringLiteral("<p>—</p>") : escapedList(d.strengths);
    h += QStringLiteral("<h3>%1</h3>").arg(tr("Areas for improvement"));
    h += d.improvements.isEmpty() ? QStringLiteral("<p>—</p>") : escapedList(d.improvements);
    h += QStringLiteral("<h3>%1</h3>").arg(tr("Corrective actions"));
    if (d.corrective.isEmpty()) {
        h += QStringLiteral("<p>—</p>");
    } else {
        h += QStringLiteral("<table cellpadding=4 border=1 cellspacing=0><tr><th>%1</th>"
                            "<th>%2</th><th>%3</th></tr>")
                 .arg(tr("Action"), tr("Owner"), tr("Date"));
        for (const CorrectiveAction& c : d.corrective)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(c.what.toHtmlEscaped(), c.owner.toHtmlEscaped(),
                          locale.toString(c.due, QLocale::ShortFormat));
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<h3>%1</h3>").arg(tr("Trainer's observations"));
    h += d.observations.trimmed().isEmpty() ? QStringLiteral("<p>—</p>")
                                            : QStringLiteral("<p>%1</p>")
                                                  .arg(d.observations.toHtmlEscaped().replace(
                                                      QLatin1Char('\n'), QStringLiteral("<br>")));
    return h;
}

} // namespace burgernet
