#pragma once

#include "app/dispatch/ChannelCatalog.h"
#include "app/dispatch/MessageComposer.h"

#include <QWidget>

class QLabel;
class QTextEdit;

namespace burgernet {

class ListenButton;

// One channel's text as it will go out, with its limits: SMS parts and encoding (characters
// that force UCS-2 highlighted), voice duration, a broadcast's length against the channel's
// maximum (the same number the composer fits the text to and the sender accepts).
class ChannelPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelPreview(const ChannelInfo& channel, QWidget* parent = nullptr);

    void show(const ChannelText& text);
    const Channel& channel() const { return m_info.channel; }
    QString limitsText() const;
    QString shownHtml() const;
    bool overLimit() const { return m_overLimit; }

    // Voice only: reads the script aloud (ListenButton); null for the other channels.
    ListenButton* listenButton() const { return m_listen; }

    // The text as HTML with each character that forces UCS-2 marked.
    static QString highlightUcs2(const QString& text);

private:
    ChannelInfo m_info;
    QTextEdit* m_text;
    QLabel* m_limits;
    ListenButton* m_listen = nullptr;
    bool m_overLimit = false;
};

} // namespace burgernet
