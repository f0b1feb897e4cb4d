#include "tests/support/PeerProcess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

namespace burgernet::test {

QString supportScript(const QString& name)
{
    return QStringLiteral(BURGERNET_SOURCE_DIR "/tests/support/") + name;
}

PeerProcess::PeerProcess(const QString& script, QStringList arguments)
{
    arguments.prepend(m_dir.path());
    arguments.prepend(script);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("/usr/bin/python3"), arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return;
    }
    auto first = next(60000);
    if (first && first->value(QStringLiteral("ready")).toBool())
        m_ready = *first;
    else
        m_error = QStringLiteral("peer did not report ready: ") + QString::fromUtf8(m_buffer);
}

PeerProcess::~PeerProcess()
{
    stop();
}

void PeerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(15000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

std::optional<QJsonObject> PeerProcess::next(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        m_buffer += m_process.readAllStandardOutput();
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline >= 0) {
            const QByteArray line = m_buffer.left(newline);
            m_buffer.remove(0, newline + 1);
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject())
                return doc.object();
            continue;
        }
        if (m_process.state() == QProcess::NotRunning)
            return std::nullopt;
        // QProcess only fills its buffer inside waitFor*() (or an event loop): poll even when
        // no time is left, so that next(0) drains what the peer has written.
        const bool more =
            m_process.waitForReadyRead(int(qMax<qint64>(0, deadline.remainingTime())));
        if (!more && deadline.hasExpired()) {
            m_buffer += m_process.readAllStandardOutput();
            if (!m_buffer.contains('\n'))
                return std::nullopt;
        }
    }
}

} // namespace burgernet::test
