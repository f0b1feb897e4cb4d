#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

namespace burgernet::test {

// A real peer (Kannel, an SMTP server, an HTTP API) run by a script with Debian's
// /usr/bin/python3 on loopback. The script prints one JSON object per line: first
// {"ready": true, ...} with its address, then one line per event (a message that arrived).
// Closing its stdin stops it.
class PeerProcess
{
public:
    PeerProcess(const QString& script, QStringList arguments = {});
    ~PeerProcess();

    bool started() const { return m_ready.has_value(); }
    QString startError() const { return m_error; }
    const QJsonObject& ready() const { return *m_ready; }
    QString workDir() const { return m_dir.path(); }
    // The next event line, waiting up to timeoutMs.
    std::optional<QJsonObject> next(int timeoutMs = 10000);
    // Stops the peer now (a server that disappears).
    void stop();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_buffer;
    std::optional<QJsonObject> m_ready;
    QString m_error;
};

// tests/support/<name>.
QString supportScript(const QString& name);

} // namespace burgernet::test
