#include "ui/senders/ListenButton.h"

#include <QLocale>
#include <QTextToSpeech>

namespace burgernet {

ListenButton::ListenButton(QWidget* parent)
    : QPushButton(tr("Listen"), parent)
{
    setObjectName(QStringLiteral("listenButton"));
    if (QTextToSpeech::availableEngines().isEmpty()) {
        setEnabled(false);
        setToolTip(tr("No text-to-speech engine is installed on this computer (for example the "
                      "Debian package qt6-speech-speechd-plugin or qt6-speech-flite-plugin)."));
        return;
    }
    m_speech = new QTextToSpeech(this);
    setToolTip(tr("Hear the text as the voice message will say it."));
    connect(this, &QPushButton::clicked, this, &ListenButton::toggle);
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        setText(state == QTextToSpeech::Speaking ? tr("Stop") : tr("Listen"));
    });
}

void ListenButton::toggle()
{
    if (m_speech->state() == QTextToSpeech::Speaking) {
        m_speech->stop();
        return;
    }
    m_speech->setLocale(QLocale(m_language == QLatin1String("en") ? QStringLiteral("en_GB")
                                                                  : QStringLiteral("nl_NL")));
    m_speech->say(m_script);
}

} // namespace burgernet
