#include "ui/dispatch/ChannelPreview.h"

#include "app/dispatch/SmsEncoding.h"
#include "app/dispatch/TextChecks.h"
#include "ui/senders/ListenButton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTextEdit>
#include <QVBoxLayout>

namespace burgernet {

ChannelPreview::ChannelPreview(const ChannelInfo& channel, QWidget* parent)
    : QWidget(parent)
    , m_info(channel)
    , m_text(new QTextEdit(this))
    , m_limits(new QLabel(this))
{
    setObjectName(QStringLiteral("preview-") + channel.channel.id());
    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setAccessibleName(tr("%1 text as it will be sent").arg(channel.name));
    m_limits->setObjectName(QStringLiteral("previewLimits"));
    m_limits->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    if (channel.channel.is(BuiltinChannel::Voice)) {
        m_listen = new ListenButton(this); // named "listenButton"
        auto* row = new QHBoxLayout;
        row->addWidget(m_limits, 1);
        row->addWidget(m_listen);
        layout->addLayout(row);
    } else {
        layout->addWidget(m_limits);
    }
}

QString ChannelPreview::highlightUcs2(const QString& text)
{
    const SmsAnalysis a = SmsAnalysis::of(text);
    QString html;
    int next = 0;
    for (int pos : a.forcingPositions) {
        html += text.mid(next, pos - next).toHtmlEscaped();
        const int len = text.at(pos).isHighSurrogate() && pos + 1 < text.size() ? 2 : 1;
        html +=
            QStringLiteral("<span style=\"background-color:#ffb300;color:#000\" title=\"UCS-2\">") +
            text.mid(pos, len).toHtmlEscaped() + QStringLiteral("</span>");
        next = pos + len;
    }
    html += text.mid(next).toHtmlEscaped();
    return html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

void ChannelPreview::show(const ChannelText& t)
{
    m_overLimit = false;
    QString limits;
    const Channel& channel = m_info.channel;
    if (channel.is(BuiltinChannel::Sms)) {
        m_text->setHtml(highlightUcs2(t.text));
        const SmsAnalysis a = SmsAnalysis::of(t.text);
        const bool gsm = a.encoding == SmsAnalysis::Encoding::Gsm7;
        limits = gsm ? tr("GSM-7: %1 characters, %n part(s)", nullptr, a.parts).arg(a.units)
                     : tr("UCS-2: %1 characters, %n part(s) — %2 highlighted character(s) force "
                          "UCS-2 and triple the cost",
                          nullptr, a.parts)
                           .arg(a.units)
                           .arg(a.forcingPositions.size());
    } else if (channel.is(BuiltinChannel::Email)) {
        m_text->setHtml(QStringLiteral("<p><b>%1</b></p>").arg(t.subject.toHtmlEscaped()) + t.html);
        limits = tr("%1 characters").arg(t.text.size());
    } else if (channel.is(BuiltinChannel::Voice)) {
        m_text->setPlainText(t.text);
        m_listen->setScript(t.text);
        limits = tr("About %1 seconds spoken").arg(qRound(TextChecks::voiceSeconds(t.text)));
    } else if (channel.is(BuiltinChannel::Cap)) {
        QString fields;
        for (auto it = t.extra.begin(); it != t.extra.end(); ++it)
            fields += QStringLiteral("<b>%1</b>: %2<br>")
                          .arg(it.key(), it.value().toString().toHtmlEscaped());
        m_text->setHtml(fields);
        limits = tr("CAP 1.2 fields");
    } else {
        m_text->setPlainText(t.text);
        const int max = m_info.capabilities.maxLength;
        m_overLimit = max > 0 && t.text.size() > max;
        limits = max > 0 ? tr("%1 of %2 characters").arg(t.text.size()).arg(max)
                         : tr("%1 characters").arg(t.text.size());
    }
    m_limits->setText(limits);
    m_limits->setStyleSheet(m_overLimit ? QStringLiteral("color: #b71c1c; font-weight: bold")
                                        : QString());
}

QString ChannelPreview::limitsText() const
{
    return m_limits->text();
}

QString ChannelPreview::shownHtml() const
{
    return m_text->toHtml();
}

} // namespace burgernet
