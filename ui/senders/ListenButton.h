#pragma once

#include <QPushButton>

class QTextToSpeech;

namespace burgernet {

// "Listen": reads a voice message's text aloud with Qt TextToSpeech, so that the dispatcher
// hears what participants will hear. Where no speech engine is installed the button is
// disabled and says so. The dispatch composer embeds it next to the voice text.
class ListenButton : public QPushButton
{
    Q_OBJECT
public:
    explicit ListenButton(QWidget* parent = nullptr);

    // The text to read aloud (the button's own label stays "Listen"/"Stop").
    void setScript(const QString& script) { m_script = script; }
    void setLanguage(const QString& language) { m_language = language; } // "nl" or "en"
    bool engineAvailable() const { return m_speech != nullptr; }

private:
    void toggle();

    QTextToSpeech* m_speech = nullptr;
    QString m_script;
    QString m_language = QStringLiteral("nl");
};

} // namespace burgernet
