#include "ui/training/DebriefDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace burgernet {

namespace {

QString minutes(const std::optional<double>& m)
{
    return m ? QString::number(*m, 'f', 1) : QStringLiteral("—");
}

QString yesNo(bool b)
{
    return b ? DebriefDialog::tr("yes") : DebriefDialog::tr("no");
}

} // namespace

DebriefDialog::DebriefDialog(Debrief debrief, QWidget* parent)
    : QDialog(parent)
    , m_debrief(std::move(debrief))
{
    setObjectName(QStringLiteral("debriefDialog"));
    setWindowTitle(tr("Debrief: %1").arg(m_debrief.title));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("debriefText"));
    m_text->setHtml(html(m_debrief));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* saveButton = buttons->addButton(tr("Save as JSON…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("saveDebriefButton"));
    connect(saveButton, &QPushButton::clicked, this, &DebriefDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(640, 560);
}

QString DebriefDialog::html(const Debrief& d)
{
    QString h;
    h += QStringLiteral("<h2>%1</h2>").arg(d.title.toHtmlEscaped());
    h += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Times"));
    h += QStringLiteral("<li>%1</li>")
             .arg(tr("First send at minute %1").arg(minutes(d.firstSendMinute)));
    h += QStringLiteral("<li>%1</li>")
             .arg(tr("Closing message at minute %1").arg(minutes(d.closingMinute)));
    h += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("Area"));
    h += QStringLiteral("<li>%1</li>")
             .arg(tr("Person inside the area at the send: %1").arg(yesNo(d.positionInside)));
    h +=
        QStringLiteral("<li>%1</li>")
            .arg(tr("Path covered in the next 15 minutes: %1 %").arg(qRound(d.pathCoverage * 100)));
    h += QStringLiteral("<li>%1</li>").arg(tr("Participants reached: %1").arg(d.reached));
    if (d.referenceParticipants)
        h += QStringLiteral("<li>%1</li>")
                 .arg(tr("Participants in the reference area: %1").arg(*d.referenceParticipants));
    h += QStringLiteral("<li>%1</li>").arg(tr("Call-backs: %1").arg(d.callbacks));
    h += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("Message"));
    h += QStringLiteral("<li>%1</li>")
             .arg(tr("Description slots filled: %1 %").arg(qRound(d.slotsFilled * 100)));
    for (const QString& w : d.warningsSent)
        h += QStringLiteral("<li>%1</li>")
                 .arg(tr("Sent despite the warning: %1").arg(w.toHtmlEscaped()));
    h += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("Procedure"));
    if (d.consentNeeded)
        h += QStringLiteral("<li>%1</li>")
                 .arg(tr("Family's consent: %1")
                          .arg(yesNo(d.consentGiven && !d.sentWithoutConsentAttempt)));
    h += QStringLiteral("<li>%1</li>")
             .arg(tr("Updates after new information: %1 of %2")
                      .arg(d.updatesInTime)
                      .arg(d.updatesExpected));
    h +=
        QStringLiteral("<li>%1</li>").arg(tr("Closing message sent: %1").arg(yesNo(d.closingSent)));
    if (d.gatewayFailed)
        h += QStringLiteral("<li>%1</li>")
                 .arg(tr("Failed messages retried: %1").arg(yesNo(d.gatewayHandled)));
    h += QStringLiteral("</ul><h3>%1</h3><table cellpadding=4>").arg(tr("Learning goals"));
    for (const GoalScore& g : d.goals) {
        QStringList findings;
        for (const QString& f : g.findings)
            findings << f.toHtmlEscaped();
        h += QStringLiteral("<tr><td align=right><b>%1</b></td><td><b>%2</b><br>%3</td></tr>")
                 .arg(qRound(g.score))
                 .arg(g.title.toHtmlEscaped(), findings.join(QStringLiteral("<br>")));
    }
    h += QStringLiteral("</table>");
    const auto list = [&h](const QString& title, const QStringList& items) {
        if (items.isEmpty())
            return;
        h += QStringLiteral("<h3>%1</h3><ul>").arg(title);
        for (const QString& item : items)
            h += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        h += QStringLiteral("</ul>");
    };
    list(tr("Strengths"), d.strengths);
    list(tr("Areas for improvement"), d.improvements);
    return h;
}

void DebriefDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the debrief"), m_debrief.scenario + QStringLiteral(".debrief.json"),
        tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(m_debrief.toJson()).toJson()) < 0)
        QMessageBox::warning(this, tr("Save the debrief"),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace burgernet
