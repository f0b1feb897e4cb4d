#pragma once

#include "app/dispatch/MessageComposer.h"

#include <QWidget>

class QLabel;
class QTextEdit;

namespace burgernet {

class ListenButton;

// One channel's text as it will go out, with its limits: SMS parts and encoding (characters
// that force UCS-2 highlighted), voice duration, app/social length against their maximum.
class ChannelPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelPreview(const QString& channel, QWidget* parent = nullptr);

    void show(const ChannelText& text);
    QString channel() const { return m_channel; }
    QString limitsText() const;
    QString shownHtml() const;
    bool overLimit() const { return m_overLimit; }

    // Voice only: reads the script aloud (ListenButton); null for the other channels.
    ListenButton* listenButton() const { return m_listen; }

    // The text as HTML with each character that forces UCS-2 marked.
    static QString highlightUcs2(const QString& text);

private:
    QString m_channel;
    QTextEdit* m_text;
    QLabel* m_limits;
    ListenButton* m_listen = nullptr;
    bool m_overLimit = false;
};

} // namespace burgernet
